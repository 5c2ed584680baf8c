import { describe, expect, it } from 'vitest';
import type { PollView, SessionView } from '@live/shared/realtime/types';
import { screenRoute } from './screen-route';

const poll: PollView = {
  id: 'p1', kind: 'single', question: 'Q', options: [], maxSelections: 1, allowVoteChange: true, showResultsToAttendees: false, status: 'open',
};
const session = (screen: SessionView['screen']): SessionView => ({ code: '123456', title: 'T', version: 1, language: null, screen, polls: [poll] });

describe('screenRoute', () => {
  it('follows session.screen.view', () => {
    expect(screenRoute(session({ view: 'join', pollId: null }))).toEqual({ kind: 'join' });
    expect(screenRoute(session({ view: 'poll', pollId: 'p1' }))).toEqual({ kind: 'poll', poll });
    expect(screenRoute(session({ view: 'qna', pollId: null }))).toEqual({ kind: 'qna' });
    expect(screenRoute(session({ view: 'checkin', pollId: null }))).toEqual({ kind: 'checkin' });
    expect(screenRoute(session({ view: 'draw', pollId: null }))).toEqual({ kind: 'draw' });
    expect(screenRoute(session({ view: 'groups', pollId: null }))).toEqual({ kind: 'groups' });
  });

  it('shows the join view when the poll on screen is unknown', () => {
    expect(screenRoute(session({ view: 'poll', pollId: 'nope' }))).toEqual({ kind: 'join' });
  });

  it('still understands a screen without a view (older servers)', () => {
    expect(screenRoute(session({ pollId: 'p1' } as SessionView['screen']))).toEqual({ kind: 'poll', poll });
    expect(screenRoute(session({ pollId: null } as SessionView['screen']))).toEqual({ kind: 'join' });
  });
});
