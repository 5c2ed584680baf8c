import { useTranslation } from 'react-i18next';
import { formatMean } from '@live/shared/poll-kinds/rating';
import { rankingRows } from '@live/shared/poll-kinds/ranking';
import type { ScreenResultsProps } from '../kind-module';
import { useFlip } from './use-flip';
import './ranking.css';

/** Ranking on the big screen: options by mean points, best first; a row that overtakes another glides past it. */
export function RankingResults({ poll, results }: ScreenResultsProps) {
  const { t } = useTranslation();
  const n = poll.options.length;
  const rows = rankingRows(poll, results);
  const list = useFlip<HTMLOListElement>(rows.map(r => r.id).join(','));
  const answered = rows.some(r => r.count > 0);
  return (
    <div className="ranking-view">
      <ol className="ranking-rows" ref={list} data-rows={rows.length}>
        {rows.map((row, i) => (
          <li key={row.id} data-key={row.id} className={answered && i === 0 ? 'ranking-row first' : 'ranking-row'} data-testid={`screen-rank-${row.id}`} data-place={i + 1}>
            <span className="ranking-place">{i + 1}</span>
            <span className="ranking-text">{row.text}</span>
            <span className="ranking-track"><span className="ranking-fill" style={{ transform: `scaleX(${n ? (row.mean ?? 0) / n : 0})` }} /></span>
            <span className="ranking-mean" data-testid={`screen-mean-${row.id}`}>{formatMean(row.mean, row.count)}</span>
          </li>
        ))}
      </ol>
      <p className="ranking-hint">{t('kinds.ranking.pointsHint', { count: n })}</p>
    </div>
  );
}
