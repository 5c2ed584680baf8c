import { useTranslation } from 'react-i18next';
import { formatMean, formatScore, npsGroup, npsSplit, ratingRows, ratingVariantOf, scalePoints } from '@live/shared/poll-kinds/rating';
import type { ResultsProps } from '../kind-module';
import './rating.css';

/** Per statement: the mean (for NPS the score, large), how many answered, and a bar per point of the scale. */
export function RatingResults({ poll, results, testIdPrefix }: ResultsProps) {
  const { t } = useTranslation();
  const variant = ratingVariantOf(poll.variant);
  const points = scalePoints(variant);
  return (
    <div className="rating-results">
      {ratingRows(poll, results).map(row => {
        const top = Math.max(1, ...row.distribution);
        const split = npsSplit(row.distribution);
        return (
          <section key={row.key} className="rating-item" data-testid={`${testIdPrefix}-${row.key}`}>
            <div className="rating-head">
              {row.label !== null && <span className="rating-label">{row.label}</span>}
              <span><span className="rating-mean" data-testid={`${testIdPrefix}-mean-${row.key}`}>{formatMean(row.mean, row.count)}</span>
                <span className="rating-of"> / {points[points.length - 1]}</span></span>
              <span className="rating-count">{t('kinds.respondents', { count: row.count })}</span>
            </div>
            {variant === 'nps' && (
              <p className="nps-line">
                <span>{t('kinds.rating.nps')} <strong className="nps-score" data-testid={`${testIdPrefix}-nps-${row.key}`}>{formatScore(row.count ? row.score ?? split.score : null)}</strong></span>
                <span className="nps-split">{t('kinds.rating.split', split)}</span>
              </p>
            )}
            <div className="histogram" role="list">
              {points.map((point, k) => (
                <div key={point} role="listitem" className={`histogram-col${variant === 'nps' ? ` ${npsGroup(point)}` : ''}`}
                  aria-label={t(`kinds.rating.pointLabel.${variant}`, { count: point }) + `: ${row.distribution[k]}`}>
                  <span className="histogram-count" data-testid={`${testIdPrefix}-${row.key}-point-${point}`}>{row.distribution[k]}</span>
                  <span className="histogram-track"><span className="histogram-fill" style={{ height: `${(100 * row.distribution[k]) / top}%` }} /></span>
                  <span className="histogram-point">{variant === 'stars5' ? `${point}★` : point}</span>
                </div>
              ))}
            </div>
          </section>
        );
      })}
    </div>
  );
}
