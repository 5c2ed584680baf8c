import { describe, expect, it } from 'vitest';
import { emptySnapshot, snapshotReducer } from '@live/shared/realtime/reducer';
import type { LiveState, PollView, SessionView } from '@live/shared/realtime/types';
import { answerOf, ballotsFromState, isBlank, pruneBallots, type Answer } from './ballots';

const poll = (id: string, status: PollView['status']): PollView => ({
  id, kind: 'single', question: id, options: [{ id: 0, text: 'A' }, { id: 1, text: 'B' }],
  maxSelections: 1, allowVoteChange: true, showResultsToAttendees: false, status,
});
const session = (version: number, polls: PollView[]): SessionView =>
  ({ code: '123456', title: 'Summit', version, language: null, screen: { view: 'join', pollId: null }, polls });
const state = (s: SessionView, voters: number, resultsVersion: number): LiveState => ({
  role: 'attendee', session: s, results: [{ pollId: 'p1', version: resultsVersion, status: 'open', counts: [voters, 0], voters }],
  presence: { version: 4, onsite: 2, online: 1 }, myBallots: [{ pollId: 'p1', optionIds: [1] }],
  me: { deviceId: 'd1', nickname: null, mode: 'onsite' },
  qna: { version: 1, settings: { reviewFirst: false, commentsReviewFirst: false, allowAnonymous: true, commentsEnabled: true, commentsPaused: false, showCommentNicknames: true }, questions: [], spotlightId: null, blocklist: null, bans: null },
  comments: { version: 1, pending: [], cleared: 0 }, reactions: { version: 1, counts: [] }, myQuestions: [], myUpvotes: [], checkins: null, myCheckIn: null, draw: null, myPrizes: [],
});

describe('the app state a phone or console keeps', () => {
  it('starts from GetState and then only takes newer pushes (latest wins)', () => {
    let s = snapshotReducer(emptySnapshot, { type: 'state', state: state(session(3, [poll('p1', 'open')]), 2, 5) });
    expect(s.session?.polls.map(p => p.status)).toEqual(['open']);
    expect(s.results.p1.voters).toBe(2);
    expect(s.presence).toMatchObject({ onsite: 2, online: 1 });

    s = snapshotReducer(s, { type: 'push', kind: 'session', value: session(2, []) }); // late, older push
    expect(s.session?.polls).toHaveLength(1);
    s = snapshotReducer(s, { type: 'push', kind: 'results', value: { pollId: 'p1', version: 4, status: 'open', counts: [1, 0], voters: 1 } });
    expect(s.results.p1.voters).toBe(2);
    s = snapshotReducer(s, { type: 'push', kind: 'session', value: session(4, [poll('p1', 'closed')]) });
    expect(s.session?.polls[0].status).toBe('closed');
  });

  it('a GetState after a reconnect replaces older data but never newer', () => {
    let s = snapshotReducer(emptySnapshot, { type: 'push', kind: 'presence', value: { version: 9, onsite: 7, online: 0 } });
    s = snapshotReducer(s, { type: 'state', state: state(session(3, [poll('p1', 'open')]), 6, 8) });
    expect(s.presence?.onsite).toBe(7);
    expect(s.results.p1.voters).toBe(6);
  });

  it('restores the ballots the server holds for this device, whatever the kind', () => {
    expect(ballotsFromState(state(session(1, []), 0, 1))).toEqual({ p1: { optionIds: [1], ranking: [], ratings: [], texts: [] } });
    const all = { ...state(session(1, []), 0, 1), myBallots: [
      { pollId: 'r', optionIds: [], ranking: null, ratings: [4, 5], texts: null },
      { pollId: 'k', optionIds: [], ranking: [2, 0, 1], ratings: null, texts: null },
      { pollId: 'w', optionIds: [], ranking: null, ratings: null, texts: ['创新', 'AI'] },
    ] };
    const ballots = ballotsFromState(all);
    expect(ballots.r.ratings).toEqual([4, 5]);
    expect(ballots.k.ranking).toEqual([2, 0, 1]);
    expect(ballots.w.texts).toEqual(['创新', 'AI']);
  });

  it('knows an answer with nothing in it', () => {
    expect(isBlank(answerOf({ optionIds: [] }))).toBe(true);
    expect(isBlank({ optionIds: [], ranking: [], ratings: [null, null], texts: ['  '] })).toBe(true);
    expect(isBlank({ optionIds: [], ranking: [], ratings: [null, 3], texts: [] })).toBe(false);
  });

  it('forgets a ballot when its poll is reset to draft or hidden from attendees', () => {
    const choice = (...optionIds: number[]): Answer => answerOf({ optionIds });
    const ballots = { p1: choice(1), p2: choice(0) };
    expect(pruneBallots(ballots, session(5, [poll('p1', 'open'), poll('p2', 'closed')]))).toBe(ballots);
    expect(pruneBallots(ballots, session(6, [poll('p2', 'closed')]))).toEqual({ p2: choice(0) });
    expect(pruneBallots(ballots, session(6, [poll('p1', 'draft'), poll('p2', 'open')]))).toEqual({ p2: choice(0) });
    expect(pruneBallots(ballots, null)).toBe(ballots);
  });
});
