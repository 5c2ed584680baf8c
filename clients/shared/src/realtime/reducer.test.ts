import { describe, expect, it } from 'vitest';
import { emptySnapshot, snapshotReducer } from './reducer';
import type { LiveState, PollResults, SessionView } from './types';

const session = (version: number, pollId: string | null = null): SessionView =>
  ({ code: '123456', title: 'Summit', version, screen: { view: pollId ? 'poll' : 'join', pollId }, polls: [] });
const results = (version: number, voters: number): PollResults =>
  ({ pollId: 'p1', version, status: 'open', counts: [voters, 0], voters });

describe('snapshotReducer', () => {
  it('takes a newer snapshot and ignores an older or repeated one', () => {
    let s = snapshotReducer(emptySnapshot, { type: 'results', results: results(5, 5) });
    s = snapshotReducer(s, { type: 'results', results: results(3, 3) });
    s = snapshotReducer(s, { type: 'results', results: results(5, 9) });
    expect(s.results.p1.voters).toBe(5);
    s = snapshotReducer(s, { type: 'results', results: results(8, 8) });
    expect(s.results.p1.voters).toBe(8);
  });

  it('merges a full state after a reconnect without going backwards', () => {
    let s = snapshotReducer(emptySnapshot, { type: 'session', session: session(7, 'p1') });
    const state: LiveState = {
      role: 'screen', session: session(6, null), results: [results(2, 2)],
      presence: { version: 1, onsite: 3, online: 1 }, myBallots: [], me: null,
      qna: { version: 1, settings: { reviewFirst: false, allowAnonymous: true, commentsEnabled: true, commentsPaused: false, showCommentNicknames: true }, questions: [], spotlightId: null, blocklist: null, bans: null },
      comments: { version: 1, pending: [], cleared: 0 }, reactions: { version: 4, counts: [{ emoji: '👍', total: 9, burst: 0 }] },
      myQuestions: [], myUpvotes: [], checkins: null, myCheckIn: null, draw: null, myPrizes: [],
    };
    s = snapshotReducer(s, { type: 'state', state });
    expect(s.session?.screen.pollId).toBe('p1');
    expect(s.results.p1.voters).toBe(2);
    expect(s.presence?.onsite).toBe(3);
    expect(s.reactions?.counts[0].total).toBe(9);
    expect(s.qna?.version).toBe(1);
  });

  it('never lets an older reactions or Q&A snapshot replace a newer one', () => {
    let s = snapshotReducer(emptySnapshot, { type: 'reactions', reactions: { version: 9, counts: [{ emoji: '👍', total: 90, burst: 3 }] } });
    s = snapshotReducer(s, { type: 'reactions', reactions: { version: 8, counts: [{ emoji: '👍', total: 80, burst: 5 }] } });
    expect(s.reactions?.counts[0].total).toBe(90);
  });

  it('takes check-in figures from a full state and never goes back to older ones', () => {
    const view = (version: number, arrived: number) => ({
      version, settings: { allowWalkIns: false, maskNamesOnWall: true }, invited: 30, arrived, walkIns: 0, byCategory: [], recent: [],
    });
    let s = snapshotReducer(emptySnapshot, { type: 'checkins', checkins: view(4, 10) });
    s = snapshotReducer(s, { type: 'checkins', checkins: view(2, 3) });
    expect(s.checkins?.arrived).toBe(10);
  });

  it('keeps the same object when nothing changed, so React skips a render', () => {
    const s = snapshotReducer(emptySnapshot, { type: 'presence', presence: { version: 2, onsite: 1, online: 0 } });
    expect(snapshotReducer(s, { type: 'presence', presence: { version: 2, onsite: 9, online: 9 } })).toBe(s);
  });
});
