import { describe, expect, expectTypeOf, it } from 'vitest';
import { emptySnapshot, snapshotKinds, snapshotReducer, snapshotStore, snapshotSubscriptions, type KeyedKind } from './reducer';
import type { CheckInView, LiveState, PollResults, SessionView } from './types';

const session = (version: number, pollId: string | null = null): SessionView =>
  ({ code: '123456', title: 'Summit', version, language: null, screen: { view: pollId ? 'poll' : 'join', pollId }, polls: [] });
const results = (version: number, voters: number, pollId = 'p1'): PollResults =>
  ({ pollId, version, status: 'open', counts: [voters, 0], voters });
const fullState = (over: Partial<LiveState> = {}): LiveState => ({
  role: 'screen', session: session(6, null), results: [results(2, 2)],
  presence: { version: 1, onsite: 3, online: 1 }, myBallots: [], me: null,
  qna: { version: 1, settings: { reviewFirst: false, commentsReviewFirst: false, allowAnonymous: true, commentsEnabled: true, commentsPaused: false, showCommentNicknames: true }, questions: [], spotlightId: null, blocklist: null, bans: null },
  comments: { version: 1, pending: [], cleared: 0 }, reactions: { version: 4, counts: [{ emoji: '👍', total: 9, burst: 0 }] },
  myQuestions: [], myUpvotes: [], checkins: null, myCheckIn: null, draw: null, myPrizes: [], ...over,
});

describe('snapshotReducer', () => {
  it('takes a newer snapshot and ignores an older or repeated one', () => {
    let s = snapshotReducer(emptySnapshot, { type: 'push', kind: 'results', value: results(5, 5) });
    s = snapshotReducer(s, { type: 'push', kind: 'results', value: results(3, 3) });
    s = snapshotReducer(s, { type: 'push', kind: 'results', value: results(5, 9) });
    expect(s.results.p1.voters).toBe(5);
    s = snapshotReducer(s, { type: 'push', kind: 'results', value: results(8, 8) });
    expect(s.results.p1.voters).toBe(8);
  });

  it('merges a full state after a reconnect without going backwards', () => {
    let s = snapshotReducer(emptySnapshot, { type: 'push', kind: 'session', value: session(7, 'p1') });
    s = snapshotReducer(s, { type: 'state', state: fullState() });
    expect(s.session?.screen.pollId).toBe('p1');
    expect(s.results.p1.voters).toBe(2);
    expect(s.presence?.onsite).toBe(3);
    expect(s.reactions?.counts[0].total).toBe(9);
    expect(s.qna?.version).toBe(1);
  });

  it('never lets an older reactions or Q&A snapshot replace a newer one', () => {
    let s = snapshotReducer(emptySnapshot, { type: 'push', kind: 'reactions', value: { version: 9, counts: [{ emoji: '👍', total: 90, burst: 3 }] } });
    s = snapshotReducer(s, { type: 'push', kind: 'reactions', value: { version: 8, counts: [{ emoji: '👍', total: 80, burst: 5 }] } });
    expect(s.reactions?.counts[0].total).toBe(90);
  });

  it('takes check-in figures from a full state and never goes back to older ones', () => {
    const view = (version: number, arrived: number) => ({
      version, settings: { allowWalkIns: false, maskNamesOnWall: true, wallDetail: 'company' as const }, invited: 30, arrived, walkIns: 0, byCategory: [], recent: [],
    });
    let s = snapshotReducer(emptySnapshot, { type: 'push', kind: 'checkins', value: view(4, 10) });
    s = snapshotReducer(s, { type: 'push', kind: 'checkins', value: view(2, 3) });
    expect(s.checkins?.arrived).toBe(10);
  });

  it('keeps the same object when nothing changed, so React skips a render', () => {
    const s = snapshotReducer(emptySnapshot, { type: 'push', kind: 'presence', value: { version: 2, onsite: 1, online: 0 } });
    expect(snapshotReducer(s, { type: 'push', kind: 'presence', value: { version: 2, onsite: 9, online: 9 } })).toBe(s);
  });

  it('keeps one slot per key: results of one poll never replace another poll\'s', () => {
    let s = snapshotReducer(emptySnapshot, { type: 'push', kind: 'results', value: results(5, 5, 'p1') });
    s = snapshotReducer(s, { type: 'push', kind: 'results', value: results(1, 1, 'p2') });
    expect(s.results.p1.voters).toBe(5);
    expect(s.results.p2.voters).toBe(1);
  });

  it('merges a full state from a server that leaves a kind out (null or absent)', () => {
    const s = snapshotReducer(emptySnapshot, { type: 'state', state: fullState({ qna: undefined as never, checkins: null }) });
    expect(s.qna).toBeNull();
    expect(s.checkins).toBeNull();
    expect(s.presence?.onsite).toBe(3);
  });

  it('gives components the shape they read: snapshot.session, snapshot.results[pollId] …', () => {
    expectTypeOf(emptySnapshot.session).toEqualTypeOf<SessionView | null>();
    expectTypeOf(emptySnapshot.results).toEqualTypeOf<Record<string, PollResults>>();
    expectTypeOf(emptySnapshot.checkins).toEqualTypeOf<CheckInView | null>();
    expect(emptySnapshot).toEqual({ session: null, results: {}, presence: null, qna: null, commentQueue: null, reactions: null, checkins: null, draw: null, agenda: null, groups: null, quiz: null, survey: null });
  });

  it('has an event subscription for every registered kind', () => {
    expect(snapshotSubscriptions.map(s => [s.kind, s.event])).toEqual(Object.entries(snapshotKinds).map(([kind, k]) => [kind, k.event]));
    expect(snapshotSubscriptions.find(s => s.kind === 'checkins')?.event).toBe('checkIns');
  });
});

describe('a newly registered snapshot kind', () => {
  // A stand-in for a future kind: one entry, nothing else changed, and it is reduced, merged and subscribed like the rest.
  interface Tally { boardId: string; version: number; total: number }
  const tally = (boardId: string, version: number, total: number): Tally => ({ boardId, version, total });
  const tallies: KeyedKind<Tally> = {
    event: 'tally',
    key: t => t.boardId,
    fromState: state => (state as LiveState & { tallies?: Tally[] }).tallies,
  };
  const store = snapshotStore({ ...snapshotKinds, tallies });

  it('starts empty, takes newer pushes per key and ignores older ones', () => {
    expect(store.empty.tallies).toEqual({});
    let s = store.reduce(store.empty, { type: 'push', kind: 'tallies', value: tally('b1', 3, 30) });
    s = store.reduce(s, { type: 'push', kind: 'tallies', value: tally('b1', 2, 20) });
    s = store.reduce(s, { type: 'push', kind: 'tallies', value: tally('b2', 1, 10) });
    expect(s.tallies).toEqual({ b1: tally('b1', 3, 30), b2: tally('b2', 1, 10) });
  });

  it('is merged from a full state with the others, never backwards', () => {
    let s = store.reduce(store.empty, { type: 'push', kind: 'tallies', value: tally('b1', 5, 50) });
    s = store.reduce(s, { type: 'state', state: { ...fullState(), tallies: [tally('b1', 4, 40), tally('b2', 1, 1)] } as LiveState });
    expect(s.tallies.b1.total).toBe(50);
    expect(s.tallies.b2.total).toBe(1);
    expect(s.session?.version).toBe(6);
  });

  it('is subscribed to, and its pushes become its actions', () => {
    const subscription = store.subscriptions.find(x => x.event === 'tally');
    expect(subscription?.kind).toBe('tallies');
    const s = store.reduce(store.empty, subscription!.action(tally('b9', 1, 7)));
    expect(s.tallies.b9.total).toBe(7);
  });
});
