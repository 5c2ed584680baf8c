import { useTranslation } from 'react-i18next';
import { textLength } from '../common/option-rules';
import type { BallotProps } from '../kind-module';
import { maxAnswerLength } from './opentext-rules';
import './opentext.css';

/** Open text on a phone: one answer, with a counter that says at once when it is too long. */
export function OpentextBallot({ answer, disabled, onChange, onRefuse }: BallotProps) {
  const { t } = useTranslation();
  const text = answer.texts[0] ?? '';
  const length = textLength(text);
  return (
    <>
      <p className="muted">{t('kinds.text.hint', { max: maxAnswerLength })}</p>
      <label className="text-answer">
        <textarea className="text-input" data-testid="text-answer" value={text} disabled={disabled} rows={4}
          aria-label={t('kinds.text.answerLabel')} placeholder={t('kinds.text.answerLabel')} aria-invalid={length > maxAnswerLength}
          onChange={e => {
            onChange({ ...answer, texts: [e.target.value] });
            if (textLength(e.target.value) > maxAnswerLength) onRefuse('entry_too_long');
          }} />
        <span className={length > maxAnswerLength ? 'char-count over' : 'char-count'} data-testid="text-count">{length}/{maxAnswerLength}</span>
      </label>
    </>
  );
}
