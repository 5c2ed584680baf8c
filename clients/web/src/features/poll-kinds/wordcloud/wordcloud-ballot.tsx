import { useTranslation } from 'react-i18next';
import { maxEntryLength } from '@live/shared/poll-kinds/wordcloud';
import { textLength } from '../common/option-rules';
import type { BallotProps } from '../kind-module';
import './wordcloud.css';

/** Word cloud on a phone: up to maxSelections short entries, each with a character counter. */
export function WordcloudBallot({ poll, answer, disabled, onChange, onRefuse }: BallotProps) {
  const { t } = useTranslation();
  const slots = Math.max(1, poll.maxSelections);
  const entries = Array.from({ length: slots }, (_, i) => answer.texts[i] ?? '');
  const set = (i: number, text: string) => {
    const texts = entries.map((e, j) => (j === i ? text : e));
    onChange({ ...answer, texts });
    if (textLength(text) > maxEntryLength) onRefuse('entry_too_long'); // said at once, not only when sending
  };
  return (
    <>
      <p className="muted">{t('kinds.wordcloud.hint', { count: slots })}</p>
      <div className="word-entries">
        {entries.map((entry, i) => {
          const length = textLength(entry);
          return (
            <label key={i} className="word-entry">
              <input className="text-input" data-testid={`word-entry-${i}`} value={entry} disabled={disabled} enterKeyHint={i === slots - 1 ? 'done' : 'next'}
                aria-label={t('kinds.wordcloud.entryLabel', { n: i + 1 })} placeholder={t('kinds.wordcloud.entryLabel', { n: i + 1 })}
                aria-invalid={length > maxEntryLength} onChange={e => set(i, e.target.value)} />
              <span className={length > maxEntryLength ? 'char-count over' : 'char-count'} data-testid={`word-count-${i}`}>{length}/{maxEntryLength}</span>
            </label>
          );
        })}
      </div>
    </>
  );
}
