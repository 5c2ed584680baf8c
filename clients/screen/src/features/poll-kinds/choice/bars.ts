import type { PollResults, PollView } from '@live/shared/realtime/types';

export interface Bar { id: number; text: string; count: number; percent: number; leader: boolean }

/** Wide (CJK, full-width, emoji) characters are about 1 em wide, the rest about 0.55 em. */
export function textEm(text: string): number {
  let em = 0;
  for (const ch of text) em += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.55;
  return em;
}

/** At the row font, the label column (at most 42% of the row) holds about this many em on one line. */
export const oneLineEm = 13;
/** More rows than this have no room for a second line of label. */
export const maxWrappingRows = 6;

/**
 * Whether the labels may take two lines: up to six options, when one of them is too long for one line. The labels
 * are then set as small as two lines in a row need (choice.css), so every label reads whole or nearly so.
 */
export function labelsWrap(poll: PollView): boolean {
  return poll.options.length <= maxWrappingRows && poll.options.some(o => textEm(o.text) > oneLineEm);
}

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
