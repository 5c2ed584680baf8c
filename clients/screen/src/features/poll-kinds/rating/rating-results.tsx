import { useTranslation } from 'react-i18next';
import { formatMean, formatScore, npsGroup, npsSplit, ratingRows, ratingVariantOf, scalePoints, type RatingRow } from '@live/shared/poll-kinds/rating';
import type { RatingVariant } from '@live/shared/realtime/types';
import type { ScreenResultsProps } from '../kind-module';
import './rating.css';

/**
 * Rating on the big screen. One rating (no statements): the mean (for NPS the score) very large beside the
 * distribution. Several statements: one line each with its distribution and its figure.
 */
export function RatingResults({ poll, results }: ScreenResultsProps) {
  const variant = ratingVariantOf(poll.variant);
  const rows = ratingRows(poll, results);
  if (rows.length === 1) {
    return (
      <div className="rating-solo" data-variant={variant}>
        <Figure row={rows[0]} variant={variant} solo />
        <Histogram row={rows[0]} variant={variant} counts />
      </div>
    );
  }
  return (
    <div className="rating-board" data-rows={rows.length} data-variant={variant}>
      {rows.map(row => (
        <div key={row.key} className="rating-line" data-testid={`screen-rating-${row.key}`}>
          <span className="rating-label">{row.label}</span>
          <Histogram row={row} variant={variant} counts={rows.length <= 4} />
          <Figure row={row} variant={variant} />
        </div>
      ))}
    </div>
  );
}

function Figure({ row, variant, solo = false }: { row: RatingRow; variant: RatingVariant; solo?: boolean }) {
  const { t } = useTranslation();
  const points = scalePoints(variant);
  const mean = formatMean(row.mean, row.count);
  if (variant === 'nps') {
    const split = npsSplit(row.distribution);
    const score = row.count ? row.score ?? split.score : null;
    return (
      <div className={solo ? 'rating-figure solo' : 'rating-figure'}>
        <span className="figure-label">{t('kinds.rating.nps')}</span>
        <span className={`nps-score${score === null ? '' : score >= 0 ? ' positive' : ' negative'}`} data-testid={`screen-nps-${row.key}`}>{formatScore(score)}</span>
        {solo && (
          <span className="nps-split">
            <span className="promoter">{t('kinds.rating.promoters', { value: split.promoters })}</span>
            <span className="passive">{t('kinds.rating.passives', { value: split.passives })}</span>
            <span className="detractor">{t('kinds.rating.detractors', { value: split.detractors })}</span>
          </span>
        )}
        <span className="figure-sub">{t('kinds.rating.mean', { value: mean })}{solo && ` · ${t('kinds.respondents', { count: row.count })}`}</span>
      </div>
    );
  }
  return (
    <div className={solo ? 'rating-figure solo' : 'rating-figure'}>
      <span className="mean-line"><span className="mean-big" data-testid={`screen-mean-${row.key}`}>{mean}</span><span className="mean-of">/{points[points.length - 1]}</span></span>
      {variant === 'stars5' && <Stars mean={row.count ? row.mean ?? 0 : 0} />}
      {solo && <span className="figure-sub">{t('kinds.respondents', { count: row.count })}</span>}
    </div>
  );
}

/** Five stars filled up to the mean (4.3 fills four and a third). */
function Stars({ mean }: { mean: number }) {
  return (
    <span className="stars" aria-hidden="true">
      <span className="stars-back">★★★★★</span>
      <span className="stars-front" style={{ width: `${(100 * Math.max(0, Math.min(5, mean))) / 5}%` }}>★★★★★</span>
    </span>
  );
}

function Histogram({ row, variant, counts }: { row: RatingRow; variant: RatingVariant; counts: boolean }) {
  const points = scalePoints(variant);
  const top = Math.max(1, ...row.distribution);
  return (
    <div className="histogram" data-points={points.length}>
      {points.map((point, k) => (
        <div key={point} className={`histogram-col ${variant === 'nps' ? npsGroup(point) : variant}`}>
          {counts && <span className="histogram-count" data-testid={`screen-rating-${row.key}-point-${point}`}>{row.distribution[k]}</span>}
          <span className="histogram-track"><span className="histogram-fill" style={{ transform: `scaleY(${row.distribution[k] / top})` }} /></span>
          <span className="histogram-point">{variant === 'stars5' ? `${point}★` : point}</span>
        </div>
      ))}
    </div>
  );
}
