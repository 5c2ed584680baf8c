import type { PollView, SessionView } from '@live/shared/realtime/types';

/** What the big screen shows right now. */
export type ScreenRoute = { kind: 'join' } | { kind: 'poll'; poll: PollView } | { kind: 'qna' } | { kind: 'checkin' } | { kind: 'draw' } | { kind: 'groups' };

/**
 * Reads `session.screen`. A poll view whose poll is gone falls back to the join view; a server that
 * predates `view` (only `{ pollId }`) still works: a poll id means results, none means join.
 */
export function screenRoute(session: SessionView): ScreenRoute {
  const view = session.screen.view ?? (session.screen.pollId ? 'poll' : 'join');
  if (view === 'qna') return { kind: 'qna' };
  if (view === 'checkin') return { kind: 'checkin' };
  if (view === 'draw') return { kind: 'draw' };
  if (view === 'groups') return { kind: 'groups' };
  if (view === 'poll') {
    const poll = session.polls.find(p => p.id === session.screen.pollId);
    if (poll) return { kind: 'poll', poll };
  }
  return { kind: 'join' };
}
