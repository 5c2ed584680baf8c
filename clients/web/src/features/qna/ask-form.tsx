import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import type { AskRequest, QnaSettings, QuestionView } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import { newOpId } from '@live/shared/realtime/op-id';

export const maxQuestionLength = 300;

export interface AskFormProps {
  settings: QnaSettings;
  ask(request: AskRequest): Promise<QuestionView>;
  onAsked(question: QuestionView): void;
}

/** The phone's question box. One op id per question, reused when the same question is sent again after a failure. */
export function AskForm({ settings, ask, onAsked }: AskFormProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [anonymous, setAnonymous] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const pending = useRef<AskRequest | null>(null);
  const asAnonymous = anonymous && settings.allowAnonymous;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return setError('text_required');
    if (!pending.current || pending.current.text !== trimmed || pending.current.anonymous !== asAnonymous) {
      pending.current = { text: trimmed, anonymous: asAnonymous, opId: newOpId() };
    }
    setSending(true);
    setError(null);
    try {
      onAsked(await ask(pending.current));
      pending.current = null;
      setText('');
    } catch (err) {
      setError(errorCode(err));
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="card stack" onSubmit={submit}>
      <h2 className="section-title">{t('qna.askHeading')}</h2>
      <textarea className="text-box" data-testid="ask-input" rows={3} maxLength={maxQuestionLength} value={text}
        placeholder={t('qna.askPlaceholder')} aria-label={t('qna.askHeading')}
        onChange={e => { setText(e.target.value); setError(null); }} />
      <div className="form-row">
        {settings.allowAnonymous
          ? <label className="check"><input type="checkbox" data-testid="ask-anonymous" checked={anonymous}
              onChange={e => setAnonymous(e.target.checked)} />{t('qna.askAnonymous')}</label>
          : <span />}
        <span className="char-count" data-testid="ask-count">{text.length}/{maxQuestionLength}</span>
      </div>
      {settings.reviewFirst && <p className="muted small">{t('qna.reviewNote')}</p>}
      <button type="submit" className="primary big" data-testid="ask-submit" disabled={sending || !text.trim()}>
        {t(sending ? 'qna.sending' : 'qna.ask')}
      </button>
      <ErrorText code={error} />
    </form>
  );
}
