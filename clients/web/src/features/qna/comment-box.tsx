import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { errorCode } from '@live/shared/i18n/error-code';
import type { CommentRequest, CommentView, QnaSettings } from '@live/shared/realtime/types';
import { ErrorText } from '../../components/error-text';
import { newOpId } from '@live/shared/realtime/op-id';

export const maxCommentLength = 60;

export interface CommentBoxProps {
  settings: QnaSettings;
  send(request: CommentRequest): Promise<CommentView>;
}

/** The 弹幕 input; gone while the host has comments switched off. */
export function CommentBox({ settings, send }: CommentBoxProps) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<CommentView['state'] | null>(null);
  const pending = useRef<CommentRequest | null>(null);
  if (!settings.commentsEnabled) return null;
  const note = sent === 'shown' ? t('qna.commentShown') : sent === 'pending' ? t('qna.commentHeld') : settings.commentsPaused ? t('qna.commentsPaused') : '';

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const trimmed = text.trim();
    if (!trimmed) return setError('text_required');
    if (pending.current?.text !== trimmed) pending.current = { text: trimmed, opId: newOpId() };
    setSending(true);
    setError(null);
    setSent(null);
    try {
      const comment = await send(pending.current);
      pending.current = null;
      setText('');
      setSent(comment.state);
    } catch (err) {
      setError(errorCode(err));
    } finally {
      setSending(false);
    }
  };

  return (
    <form className="card stack" onSubmit={submit}>
      <div className="section-head">
        <h2 className="section-title">{t('qna.commentHeading')}</h2>
        <span className="char-count">{text.length}/{maxCommentLength}</span>
      </div>
      <div className="inline-form">
        <input className="text-input" data-testid="comment-input" maxLength={maxCommentLength} value={text}
          placeholder={t('qna.commentPlaceholder')} aria-label={t('qna.commentHeading')}
          onChange={e => { setText(e.target.value); setError(null); setSent(null); }} />
        <button type="submit" className="primary" data-testid="comment-submit" disabled={sending || !text.trim()}>{t('qna.commentSend')}</button>
      </div>
      <p className="muted small" data-testid="comment-sent" aria-live="polite" hidden={!note}>{note}</p>
      <ErrorText code={error} />
    </form>
  );
}
