import type { PollResults, PollView } from '../realtime/types';

/** One option's ranking results: mean points (rank r of n earns n − r + 1), and how many put it at each rank. */
export interface RankingRow { id: number; text: string; count: number; mean: number | null; distribution: number[] }

/** Options sorted by mean points, best first; ties keep the poll's order, and no answers yet means option order. */
export function rankingRows(poll: PollView, results: PollResults | undefined): RankingRow[] {
  const n = poll.options.length;
  return poll.options
    .map(option => {
      const item = results?.items?.find(it => it.key === String(option.id));
      const distribution = Array.from({ length: n }, (_, r) => item?.distribution?.[r] ?? 0);
      return { id: option.id, text: option.text, count: item?.count ?? 0, mean: item?.value ?? null, distribution };
    })
    .map((row, order) => ({ row, order }))
    .sort((a, b) => (b.row.mean ?? 0) - (a.row.mean ?? 0) || a.order - b.order)
    .map(({ row }) => row);
}
