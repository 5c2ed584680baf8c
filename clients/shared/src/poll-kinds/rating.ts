import type { PollResults, PollView, RatingVariant } from '../realtime/types';

/** The rating scales the server accepts (PollDraft.variant), the default first. */
export const ratingVariants: readonly RatingVariant[] = ['stars5', 'scale10', 'nps'];

export const isRatingVariant = (value: unknown): value is RatingVariant => ratingVariants.includes(value as RatingVariant);

/** A poll's scale; a missing or unknown variant reads as the server's default, five stars. */
export const ratingVariantOf = (value: string | null | undefined): RatingVariant => (isRatingVariant(value) ? value : 'stars5');

/** The points of a scale, lowest first: ResultItem.distribution[k] counts the k-th of them. */
export function scalePoints(variant: RatingVariant): number[] {
  const [low, high] = variant === 'nps' ? [0, 10] : variant === 'scale10' ? [1, 10] : [1, 5];
  return Array.from({ length: high - low + 1 }, (_, i) => low + i);
}

export type NpsGroup = 'detractor' | 'passive' | 'promoter';

/** Net Promoter Score groups: 0–6 detractors, 7–8 passives, 9–10 promoters. */
export const npsGroup = (point: number): NpsGroup => (point >= 9 ? 'promoter' : point >= 7 ? 'passive' : 'detractor');

/** Whole-number shares of an NPS distribution (11 entries for 0..10); the score is promoters − detractors. */
export function npsSplit(distribution: readonly number[]): { promoters: number; passives: number; detractors: number; score: number } {
  const total = distribution.reduce((a, b) => a + b, 0);
  const share = (group: NpsGroup) =>
    total === 0 ? 0 : (100 * distribution.reduce((sum, n, point) => sum + (npsGroup(point) === group ? n : 0), 0)) / total;
  const promoters = share('promoter');
  const detractors = share('detractor');
  return {
    promoters: Math.round(promoters), passives: Math.round(share('passive')), detractors: Math.round(detractors),
    score: Math.round(promoters - detractors),
  };
}

/** A mean to show: one decimal, or a dash before anyone answered. */
export const formatMean = (value: number | null | undefined, count: number) =>
  value === null || value === undefined || count === 0 ? '—' : value.toFixed(1);

/** An NPS score with its sign, as it is usually written: +32, 0, −15. */
export const formatScore = (score: number | null | undefined) =>
  score === null || score === undefined ? '—' : score > 0 ? `+${score}` : score < 0 ? `−${Math.abs(score)}` : '0';

/** One statement's results, ready to draw; label null means the poll has no statements (an overall rating). */
export interface RatingRow { key: string; label: string | null; count: number; mean: number | null; score: number | null; distribution: number[] }

/**
 * One row per statement in statement order (one when there are none), zeros before the first rating: the server
 * sends items only once someone answered, and a server without items is read the same way.
 */
export function ratingRows(poll: PollView, results: PollResults | undefined): RatingRow[] {
  const points = scalePoints(ratingVariantOf(poll.variant)).length;
  const labels: (string | null)[] = poll.options.length ? poll.options.map(o => o.text) : [null];
  return labels.map((label, i) => {
    const item = results?.items?.find(it => it.key === String(i));
    const distribution = Array.from({ length: points }, (_, k) => item?.distribution?.[k] ?? 0);
    return { key: String(i), label, count: item?.count ?? 0, mean: item?.value ?? null, score: item?.score ?? null, distribution };
  });
}
