import { useTranslation } from 'react-i18next';
import { formatMean } from '@live/shared/poll-kinds/rating';
import { rankingRows } from '@live/shared/poll-kinds/ranking';
import type { ResultsProps } from '../kind-module';
import './ranking.css';

/** Options sorted by mean points (first place of n earns n, last 1), with the mean and a bar of it out of n. */
export function RankingResults({ poll, results, testIdPrefix }: ResultsProps) {
  const { t } = useTranslation();
  const n = poll.options.length;
  return (
    <>
      <p className="hint">{t('kinds.ranking.pointsHint', { count: n })}</p>
      <ol className="ranking-results">
        {rankingRows(poll, results).map((row, i) => (
          <li key={row.id} data-testid={`${testIdPrefix}-row-${row.id}`} data-place={i + 1}>
            <span className="ranking-place">{i + 1}</span>
            <span className="result-text">{row.text}</span>
            <span className="result-track"><span className="result-fill" style={{ width: `${n ? (100 * (row.mean ?? 0)) / n : 0}%` }} /></span>
            <span className="ranking-mean" data-testid={`${testIdPrefix}-${row.id}`}>{formatMean(row.mean, row.count)}</span>
          </li>
        ))}
      </ol>
    </>
  );
}
