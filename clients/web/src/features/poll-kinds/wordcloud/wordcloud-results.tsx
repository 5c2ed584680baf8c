import { useTranslation } from 'react-i18next';
import { wordRows } from '@live/shared/poll-kinds/wordcloud';
import { useHideToggle } from '../common/use-hide-toggle';
import type { ResultsProps } from '../kind-module';
import './wordcloud.css';

const shown = 30;

/**
 * The top words with how many attendees gave each. On the console (onSetHidden given) each can be taken off the screen
 * and the phones, and the hidden ones are listed with a way back.
 */
export function WordcloudResults({ poll, results, testIdPrefix, onSetHidden }: ResultsProps) {
  const { t } = useTranslation();
  const { busy, toggle } = useHideToggle(onSetHidden);
  const words = wordRows(poll, results).slice(0, shown);
  const hidden = poll.hiddenKeys ?? [];
  return (
    <>
      {words.length === 0
        ? <p className="muted" data-testid={`${testIdPrefix}-none`}>{t('kinds.wordcloud.noWords')}</p>
        : (
          <ol className="word-results">
            {words.map(word => (
              <li key={word.key} data-testid={`${testIdPrefix}-word-${word.key}`}>
                <span className="word-text">{word.text}</span>
                <span className="word-count" data-testid={`${testIdPrefix}-${word.key}`}>{word.count}</span>
                {onSetHidden && (
                  <button type="button" className="ghost" disabled={busy === word.key} data-testid={`hide-word-${word.key}`}
                    aria-label={t('kinds.wordcloud.hideLabel', { text: word.text })} title={t('kinds.wordcloud.hideLabel', { text: word.text })}
                    onClick={() => toggle(word.key, true)}>{t('kinds.wordcloud.hide')}</button>
                )}
              </li>
            ))}
          </ol>
        )}
      {onSetHidden && hidden.length > 0 && (
        <p className="word-hidden" data-testid="hidden-words">
          <span>{t('kinds.wordcloud.hidden')}</span>
          {hidden.map(key => (
            <span key={key} className="chip">{key}
              <button type="button" className="ghost" disabled={busy === key} data-testid={`show-word-${key}`}
                aria-label={t('kinds.wordcloud.showLabel', { text: key })} onClick={() => toggle(key, false)}>{t('kinds.wordcloud.show')}</button>
            </span>
          ))}
        </p>
      )}
    </>
  );
}
