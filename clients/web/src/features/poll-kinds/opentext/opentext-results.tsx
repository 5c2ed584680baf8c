import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useHideToggle } from '../common/use-hide-toggle';
import type { ResultsProps } from '../kind-module';
import { answerRows, type AnswerRow } from './opentext-rules';

/**
 * The answers in the server's order (newest, or most upvoted when the poll takes upvotes), an answer several people gave
 * once with their number, as on the screen. On the console each can be
 * featured on the big screen or taken off the wall, and the hidden ones are counted with a way back; on a phone each
 * has an upvote toggle while the poll takes upvotes. The featured answer is marked everywhere.
 */
export function OpentextResults({ poll, results, testIdPrefix, onSetHidden, onFeature, upvotes }: ResultsProps) {
  const { t } = useTranslation();
  const { busy, toggle } = useHideToggle(onSetHidden);
  const [featuring, setFeaturing] = useState(false);
  const rows = answerRows(poll, results);
  const hidden = poll.hiddenKeys ?? [];
  const feature = (key: string | null) => {
    if (!onFeature) return;
    setFeaturing(true);
    void onFeature(key).finally(() => setFeaturing(false));
  };

  const upvoteCell = (row: AnswerRow) => {
    if (row.upvotes === null) return null;
    const label = t('kinds.text.upvotes', { count: row.upvotes });
    if (!upvotes) {
      return <span className="answer-upvotes" data-testid={`${testIdPrefix}-upvotes-${row.key}`} title={label} aria-label={label}>▲ {row.upvotes}</span>;
    }
    const mine = upvotes.mine.has(row.key);
    return (
      <button type="button" className={`upvote answer-upvote${mine ? ' selected' : ''}`} data-testid={`upvote-answer-${row.key}`}
        aria-pressed={mine} aria-label={t(mine ? 'kinds.text.upvoteUndo' : 'kinds.text.upvote', { count: row.upvotes })}
        disabled={upvotes.busy.has(row.key)} onClick={() => upvotes.toggle(row.key, !mine)}>
        <span aria-hidden="true">▲</span><strong data-testid={`${testIdPrefix}-upvotes-${row.key}`}>{row.upvotes}</strong>
      </button>
    );
  };

  return (
    <>
      {rows.length === 0
        ? <p className="muted" data-testid={`${testIdPrefix}-none`}>{t('kinds.text.noAnswers')}</p>
        : (
          <ol className="text-results">
            {rows.map(row => (
              <li key={row.key} className={row.featured ? 'featured' : undefined} data-featured={row.featured}
                data-testid={`${testIdPrefix}-answer-${row.key}`}>
                <span className="text-result">
                  {row.featured && <span className="badge badge-featured" data-testid={`${testIdPrefix}-featured`}>{t('kinds.text.featured')}</span>}
                  {row.text}
                </span>
                {row.count > 1 && (
                  <span className="word-count" data-testid={`${testIdPrefix}-${row.key}`} title={t('kinds.text.givenBy', { count: row.count })}>×{row.count}</span>
                )}
                {upvoteCell(row)}
                {(onFeature || onSetHidden) && (
                  <span className="text-actions">
                    {onFeature && (
                      <button type="button" className={row.featured ? 'feature-toggle primary' : 'feature-toggle'} disabled={featuring} aria-pressed={row.featured}
                        data-testid={`feature-answer-${row.key}`} onClick={() => feature(row.featured ? null : row.key)}>
                        {t(row.featured ? 'kinds.text.unfeature' : 'kinds.text.feature')}
                      </button>
                    )}
                    {onSetHidden && (
                      <button type="button" className="ghost" disabled={busy === row.key} data-testid={`hide-answer-${row.key}`}
                        onClick={() => toggle(row.key, true)}>{t('kinds.text.hide')}</button>
                    )}
                  </span>
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
