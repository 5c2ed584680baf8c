import type { PollResults, PollView } from '@live/shared/realtime/types';

export interface Bar { id: number; text: string; count: number; percent: number; leader: boolean }

/**
 * One bar per option. Percent is of voters: for single choice that is the share of ballots; for multiple
 * choice it says how many voters picked the option (so bars may add up to more than 100%).
 */
export function toBars(poll: PollView, results: PollResults | undefined): Bar[] {
  const voters = results?.voters ?? 0;
  const counts = poll.options.map(o => results?.counts[o.id] ?? 0);
  const top = Math.max(0, ...counts);
  return poll.options.map((o, i) => ({
    id: o.id,
    text: o.text,
    count: counts[i],
    percent: voters === 0 ? 0 : Math.round((counts[i] / voters) * 100),
    leader: top > 0 && counts[i] === top,
  }));
}
