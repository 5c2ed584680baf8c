import { useTranslation } from 'react-i18next';
import { ratingVariantOf, scalePoints } from '@live/shared/poll-kinds/rating';
import type { BallotProps } from '../kind-module';
import './rating.css';

/** The statements to rate: the poll's options, or the question itself when it has none. */
export const statementsOf = (options: readonly { text: string }[]): (string | null)[] => (options.length ? options.map(o => o.text) : [null]);

/** A rating on a phone: one row per statement, one big tap target per point of the scale. */
export function RatingBallot({ poll, answer, disabled, onChange }: BallotProps) {
  const { t } = useTranslation();
  const variant = ratingVariantOf(poll.variant);
  const points = scalePoints(variant);
  const statements = statementsOf(poll.options);
  const set = (row: number, value: number) =>
    onChange({ ...answer, ratings: statements.map((_, i) => (i === row ? value : answer.ratings[i] ?? null)) });
  return (
    <>
      <p className="muted">{t(`kinds.rating.hint.${variant}`)}</p>
      <div className="rating-rows">
        {statements.map((statement, row) => {
          const value = answer.ratings[row] ?? null;
          const label = statement ?? poll.question;
          return (
            <div key={row} className="rating-row" data-testid={`rating-row-${row}`}>
              {statement !== null && <span className="rating-statement" id={`rate-${poll.id}-${row}`}>{statement}</span>}
              <div role="radiogroup" aria-label={label} className={`rating-scale rating-${variant}`}>
                {points.map(point => {
                  const on = value === point;
                  const lit = variant === 'stars5' && value !== null && point <= value;
                  return (
                    <button key={point} type="button" role="radio" aria-checked={on} disabled={disabled}
                      className={`rating-point${on ? ' selected' : ''}${lit ? ' lit' : ''}`} data-testid={`rate-${row}-${point}`}
                      aria-label={t(`kinds.rating.pointLabel.${variant}`, { count: point })} onClick={() => set(row, point)}>
                      {variant === 'stars5' ? (lit ? '★' : '☆') : point}
                    </button>
                  );
                })}
              </div>
              {variant !== 'stars5' && (
                <div className="rating-ends" aria-hidden="true">
                  <span>{t(`kinds.rating.low.${variant}`)}</span><span>{t(`kinds.rating.high.${variant}`)}</span>
                </div>
              )}
            </div>
          );
        })}
      </div>
    </>
  );
}
