import { describe, expect, it } from 'vitest';
import { emptySnapshot, snapshotReducer } from './reducer';
import type { LiveState, PollResults, SessionView } from './types';

const session = (version: number, pollId: string | null = null): SessionView =>
  ({ code: '123456', title: 'Summit', version, screen: { pollId }, polls: [] });
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
    };
    s = snapshotReducer(s, { type: 'state', state });
    expect(s.session?.screen.pollId).toBe('p1');
    expect(s.results.p1.voters).toBe(2);
    expect(s.presence?.onsite).toBe(3);
  });

  it('keeps the same object when nothing changed, so React skips a render', () => {
    const s = snapshotReducer(emptySnapshot, { type: 'presence', presence: { version: 2, onsite: 1, online: 0 } });
    expect(snapshotReducer(s, { type: 'presence', presence: { version: 2, onsite: 9, online: 9 } })).toBe(s);
  });
});
