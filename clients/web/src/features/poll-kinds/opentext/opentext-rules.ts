import type { PollResults, PollView } from '@live/shared/realtime/types';

/** Most characters in one answer (counted like the server: user-perceived characters). */
export const maxAnswerLength = 280;

/** An answer on the wall and how many people gave it. */
export interface AnswerRow { key: string; text: string; count: number }

/** The server's wall, newest first, without any the host hid (a server may still be sending one for a moment). */
export function answerRows(poll: PollView, results: PollResults | undefined): AnswerRow[] {
  const hidden = new Set(poll.hiddenKeys ?? []);
  return (results?.items ?? [])
    .filter(item => !hidden.has(item.key) && item.count > 0)
    .map(item => ({ key: item.key, text: item.text ?? '', count: item.count }));
}
