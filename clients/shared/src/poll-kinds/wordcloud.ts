import type { PollResults, PollView } from '../realtime/types';

/** A word as the results show it: how many attendees gave it. */
export interface WordRow { key: string; text: string; count: number }

/** The server's top words, by count, without any the host hid (a server may still be sending them for a moment). */
export function wordRows(poll: PollView, results: PollResults | undefined): WordRow[] {
  const hidden = new Set(poll.hiddenKeys ?? []);
  return (results?.items ?? [])
    .filter(item => !hidden.has(item.key) && item.count > 0)
    .map(item => ({ key: item.key, text: item.text ?? item.key, count: item.count }))
    .sort((a, b) => b.count - a.count);
}

/** Most characters in one word-cloud entry (after trimming, counted as code points like the server). */
export const maxEntryLength = 40;
