import type { Ballot, LiveState, SessionView, VoteAck } from '@live/shared/realtime/types';

/**
 * An answer to any kind of poll, as the phone holds it: each kind reads and fills its own field (choice optionIds,
 * ranking the option ids best first, rating one value per statement, wordcloud the entries). A rating not given yet
 * is null while the attendee is still choosing; what the server holds never has one.
 */
export interface Answer { optionIds: number[]; ranking: number[]; ratings: (number | null)[]; texts: string[] }

export const emptyAnswer: Answer = { optionIds: [], ranking: [], ratings: [], texts: [] };

/** A stored ballot or a vote's acknowledgement as an answer (the fields of other kinds are null on the wire). */
export const answerOf = (b: Pick<Ballot, 'optionIds'> & Partial<Pick<VoteAck, 'ranking' | 'ratings' | 'texts'>>): Answer => ({
  optionIds: b.optionIds ?? [], ranking: b.ranking ?? [], ratings: b.ratings ?? [], texts: b.texts ?? [],
});

/** Nothing picked, ranked, rated or typed yet. */
export const isBlank = (a: Answer) =>
  a.optionIds.length === 0 && a.ranking.length === 0 && a.ratings.every(r => r === null) && a.texts.every(t => t.trim() === '');

/** pollId → this device's durable answer. */
export type Ballots = Record<string, Answer>;

/** The device's ballots as the server holds them (GetState().myBallots): replaces whatever we guessed. */
export const ballotsFromState = (state: Pick<LiveState, 'myBallots'>): Ballots =>
  Object.fromEntries(state.myBallots.map(b => [b.pollId, answerOf(b)]));

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
