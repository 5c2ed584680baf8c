import { useTranslation } from 'react-i18next';
import { useHideToggle } from '../common/use-hide-toggle';
import type { ResultsProps } from '../kind-module';
import { answerRows } from './opentext-rules';

/** The answers, newest first. On the console each can be taken off the wall; the hidden ones are counted with a way back. */
export function OpentextResults({ poll, results, testIdPrefix, onSetHidden }: ResultsProps) {
  const { t } = useTranslation();
  const { busy, toggle } = useHideToggle(onSetHidden);
  const rows = answerRows(poll, results);
  const hidden = poll.hiddenKeys ?? [];
  return (
    <>
      {rows.length === 0
        ? <p className="muted" data-testid={`${testIdPrefix}-none`}>{t('kinds.text.noAnswers')}</p>
        : (
          <ol className="text-results">
            {rows.map(row => (
              <li key={row.key} data-testid={`${testIdPrefix}-answer-${row.key}`}>
                <span className="text-result">{row.text}</span>
                <span className="word-count" data-testid={`${testIdPrefix}-${row.key}`}>{row.count}</span>
                {onSetHidden && (
                  <button type="button" className="ghost" disabled={busy === row.key} data-testid={`hide-answer-${row.key}`}
                    onClick={() => toggle(row.key, true)}>{t('kinds.text.hide')}</button>
                )}
              </li>
            ))}
          </ol>
        )}
      {onSetHidden && hidden.length > 0 && (
        <p className="word-hidden" data-testid="hidden-answers">
          <span>{t('kinds.text.hidden', { count: hidden.length })}</span>
          <button type="button" className="ghost" disabled={busy !== null} data-testid="show-last-answer"
            onClick={() => toggle(hidden[hidden.length - 1], false)}>{t('kinds.text.showLast')}</button>
        </p>
      )}
    </>
  );
}
