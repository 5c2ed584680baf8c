import type { LiveState, SessionView } from '@live/shared/realtime/types';

/** pollId → option ids of this device's durable ballot. */
export type Ballots = Record<string, number[]>;

/** The device's ballots as the server holds them (GetState().myBallots): replaces whatever we guessed. */
export const ballotsFromState = (state: Pick<LiveState, 'myBallots'>): Ballots =>
  Object.fromEntries(state.myBallots.map(b => [b.pollId, b.optionIds]));

/**
 * A reset poll goes back to draft and its ballots are gone on the server. Attendees never see drafts, so a
 * poll that disappears from (or is a draft in) the session lost our ballot too: forget it, or the phone would
 * claim "received" when the poll reopens. Returns the same object when nothing changed.
 */
export function pruneBallots(ballots: Ballots, session: SessionView | null): Ballots {
  if (!session) return ballots;
  const live = new Set(session.polls.filter(p => p.status !== 'draft').map(p => p.id));
  const stale = Object.keys(ballots).filter(id => !live.has(id));
  if (stale.length === 0) return ballots;
  const next = { ...ballots };
  for (const id of stale) delete next[id];
  return next;
}
