import type { PollResults, PollView } from '@live/shared/realtime/types';

/** Most characters in one answer (counted like the server: user-perceived characters). */
export const maxAnswerLength = 280;

/** An answer on the wall, how many people gave it and, while the poll takes upvotes, its upvotes (else null). */
export interface AnswerRow { key: string; text: string; count: number; upvotes: number | null; featured: boolean }

/** The server's wall in its order, without any the host hid (a server may still be sending one for a moment). */
export function answerRows(poll: PollView, results: PollResults | undefined): AnswerRow[] {
  const hidden = new Set(poll.hiddenKeys ?? []);
  return (results?.items ?? [])
    .filter(item => !hidden.has(item.key) && item.count > 0)
    .map(item => ({
      key: item.key, text: item.text ?? '', count: item.count,
      upvotes: poll.allowUpvotes ? item.upvotes ?? 0 : null,
      featured: item.key === poll.featuredKey,
    }));
}
