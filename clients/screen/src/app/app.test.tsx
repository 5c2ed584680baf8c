import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import '../i18n';
import { emptySnapshot, type Snapshot } from '@live/shared/realtime/reducer';
import type { AgendaView, TimerView } from '@live/shared/agenda/types';
import type { CheckInView, QnaView, SessionView } from '@live/shared/realtime/types';
import type { QuizView } from '@live/shared/quiz/types';
import { appendComments, emptyFeed } from '../realtime/comment-feed';
import type { LiveView } from '../realtime/use-live';
import { revealMs } from './corner-tools';

// The app reads everything through useLive; here it is a plain value, so no socket is opened.
let live: LiveView;
vi.mock('../realtime/use-live', () => ({ useLive: () => live }));
vi.mock('./use-session-info', () => ({ useSessionInfo: () => ({ code: '482913', title: 'T', joinUrl: 'http://x/j/482913' }) }));
const { App } = await import('./app');

const session = (screen: SessionView['screen']): SessionView => ({
  code: '482913', title: '年会', version: 1, language: null, screen,
  polls: [{ id: 'p1', kind: 'single', question: 'Best product?', options: [{ id: 0, text: 'A' }, { id: 1, text: 'B' }], maxSelections: 1, allowVoteChange: true, showResultsToAttendees: false, status: 'open' }],
});
const qna: QnaView = {
  version: 1, spotlightId: null, blocklist: null, bans: null,
  settings: { reviewFirst: false, commentsReviewFirst: false, allowAnonymous: true, commentsEnabled: true, commentsPaused: false, showCommentNicknames: true },
  questions: [{ id: 'q1', text: 'Why?', originalText: null, author: 'Lin', anonymous: false, channel: 'onsite', state: 'live', starred: false, votes: 2, createdAt: '', updatedAt: '', flagged: false, deviceId: null }],
};
const checkins: CheckInView = {
  version: 1, settings: { allowWalkIns: false, maskNamesOnWall: true, wallDetail: 'company' }, invited: 2, arrived: 1, walkIns: 0,
  byCategory: [{ category: 'VIP', invited: 2, arrived: 1 }], recent: [{ personId: 'a1', name: '林*', category: 'VIP', at: '' }],
};
const comments = appendComments(emptyFeed, [{ id: 'c1', text: 'hi', author: null, channel: 'onsite', at: '', state: 'shown', flagged: false, deviceId: null }]);
/** Renders the app, then delivers one comment batch, as the hub would after the screen is up. */
const show = (snapshot: Partial<Snapshot>, status: LiveView['status'] = 'live') => {
  live = { status, refused: false, ended: null, comments: emptyFeed, snapshot: { ...emptySnapshot, qna, ...snapshot } };
  const view = render(<App />);
  live = { ...live, comments };
  view.rerender(<App />);
  return view;
};

beforeEach(() => window.history.replaceState(null, '', '/screen/482913#key=k'));
afterEach(cleanup);

describe('App', () => {
  it('shows the view the host picked, with 弹幕 over each', () => {
    show({ session: session({ view: 'join', pollId: null }) });
    expect(screen.getByTestId('screen-join-code')).toBeTruthy();
    expect(screen.getByTestId('comment-c1')).toBeTruthy();
    cleanup();
    show({ session: session({ view: 'poll', pollId: 'p1' }) });
    expect(screen.getByTestId('screen-question').textContent).toBe('Best product?');
    expect(screen.getByTestId('comment-layer')).toBeTruthy();
    cleanup();
    show({ session: session({ view: 'qna', pollId: null }) });
    expect(screen.getByTestId('qna-view')).toBeTruthy();
    expect(screen.getByTestId('top-question-q1')).toBeTruthy();
    expect(screen.getByTestId('comment-layer')).toBeTruthy();
    cleanup();
    show({ session: session({ view: 'checkin', pollId: null }), checkins });
    expect(screen.getByTestId('checkin-wall')).toBeTruthy();
    expect(screen.getByTestId('wall-arrived').textContent).toBe('1');
    expect(screen.getByTestId('wall-arrival-a1').textContent).toContain('林*');
    expect(screen.getByTestId('comment-c1')).toBeTruthy();
  });

  it('shows an empty check-in wall until the first check-in snapshot', () => {
    show({ session: session({ view: 'checkin', pollId: null }) });
    expect(screen.getByTestId('checkin-wall')).toBeTruthy();
    expect(screen.getByTestId('wall-empty')).toBeTruthy();
    expect(screen.getByTestId('comment-layer')).toBeTruthy();
  });

  it('shows no connection pill while live, and the pill while reconnecting or offline', () => {
    show({ session: session({ view: 'join', pollId: null }) });
    expect(screen.queryByTestId('connection-status')).toBeNull();
    cleanup();
    show({ session: session({ view: 'poll', pollId: 'p1' }) }, 'reconnecting');
    expect(screen.getByTestId('connection-status').dataset.status).toBe('reconnecting');
    cleanup();
    show({ session: session({ view: 'join', pollId: null }) }, 'offline');
    expect(screen.getByTestId('connection-status').dataset.status).toBe('offline');
  });

  it('keeps the language switch out of sight until the corner is hovered or focused, or L is pressed', () => {
    vi.useFakeTimers();
    try {
      show({ session: session({ view: 'poll', pollId: 'p1' }) });
      const corner = screen.getByTestId('corner-tools');
      const button = screen.getByTestId('lang-switch');
      expect(button.tabIndex).toBe(0); // Tab reaches it at any time; CSS shows it while focused
      expect(corner.classList.contains('revealed')).toBe(false);
      fireEvent.keyDown(window, { key: 'l' });
      expect(corner.classList.contains('revealed')).toBe(true);
      expect(document.activeElement).toBe(button);
      act(() => { vi.advanceTimersByTime(revealMs); });
      expect(corner.classList.contains('revealed')).toBe(false);
      fireEvent.keyDown(window, { key: 'L' });
      expect(corner.classList.contains('revealed')).toBe(true);
      fireEvent.keyDown(window, { key: 'Escape' });
      expect(corner.classList.contains('revealed')).toBe(false);
      expect(document.activeElement).not.toBe(button);
      fireEvent.keyDown(window, { key: 'l', ctrlKey: true });
      expect(corner.classList.contains('revealed')).toBe(false);
    } finally {
      vi.useRealTimers();
    }
  });

  it('moves the view below the 弹幕 band while 弹幕 are on, with 2 lanes over a poll or the tables or under the corner timer and 3 elsewhere', () => {
    const { container } = show({ session: session({ view: 'poll', pollId: 'p1' }) });
    const root = container.querySelector('.screen')!;
    expect(root.classList.contains('with-comments')).toBe(true);
    expect(root.getAttribute('data-comment-lanes')).toBe('2');
    expect(screen.getByTestId('comment-layer').dataset.lanes).toBe('2');
    cleanup();
    const view = show({ session: session({ view: 'join', pollId: null }) });
    expect(view.container.querySelector('.screen')!.getAttribute('data-comment-lanes')).toBe('3');
    cleanup();
    const tables = show({ session: session({ view: 'groups', pollId: null }) });
    expect(tables.container.querySelector('.screen')!.getAttribute('data-comment-lanes')).toBe('2');
    expect(screen.getByTestId('groups-wall')).toBeTruthy();
    cleanup();
    const timer: TimerView = { mode: 'countdown', durationSeconds: 600, adjustSeconds: 0, elapsedMs: 0, runningSince: null, wrapUpSeconds: 120, redSeconds: 30 };
    const agenda: AgendaView = { version: 1, now: 0, liveSegmentId: 's1', timerOnScreen: true, segments: [
      { id: 's1', title: 'Keynote', speaker: null, plannedStart: null, durationMinutes: 10, notes: null, order: 0, overlaps: false, timer },
    ] };
    const timed = show({ session: session({ view: 'join', pollId: null }), agenda });
    expect(timed.container.querySelector('.screen')!.className).toBe('screen with-corner-timer with-comments');
    expect(timed.container.querySelector('.screen')!.getAttribute('data-comment-lanes')).toBe('2'); // under the timer's band
    cleanup();
    const off = show({ session: session({ view: 'poll', pollId: 'p1' }), qna: { ...qna, settings: { ...qna.settings, commentsEnabled: false } } });
    expect(off.container.querySelector('.screen')!.classList.contains('with-comments')).toBe(false);
    expect(screen.queryByTestId('comment-layer')).toBeNull();
  });

  it('waits for the session before showing anything else', () => {
    show({ session: null });
    expect(screen.getByRole('alert').textContent).toContain('Waiting');
    expect(screen.queryByTestId('comment-layer')).toBeNull();
  });

  it.each([
    [{ ended: 'revoked' as const }, 'revoked', 'This link has been replaced. Ask the host for the new link.'],
    [{ refused: true }, 'revoked', 'This link has been replaced. Ask the host for the new link.'],
    [{ ended: 'deleted' as const }, 'deleted', 'This session has been deleted.'],
  ])('when the link ends (%o) it shows the %s message instead of the session', async (over, reason, text) => {
    live = { status: 'offline', refused: false, ended: null, comments: emptyFeed, snapshot: { ...emptySnapshot, qna, session: session({ view: 'join', pollId: null }) }, ...over };
    render(<App />);
    await waitFor(() => expect(screen.getByTestId('screen-message').dataset.reason).toBe(reason));
    expect(screen.getByTestId('screen-message').textContent).toContain(text);
    expect(screen.queryByTestId('screen-join-code')).toBeNull();
    expect(screen.queryByTestId('comment-layer')).toBeNull();
  });

  it('tells a mistyped screen key from a replaced link, from what the hub answers for that key', async () => {
    const fetcher = vi.spyOn(globalThis, 'fetch').mockImplementation(async (url, init) => {
      const auth = new Headers(init?.headers).get('Authorization');
      return String(url).includes('/negotiate') && auth === 'Bearer k'
        ? new Response(JSON.stringify({ code: 'unauthorized' }), { status: 401, headers: { 'Content-Type': 'application/problem+json' } })
        : new Response('{}', { status: 200 });
    });
    live = { status: 'offline', refused: true, ended: null, comments: emptyFeed, snapshot: { ...emptySnapshot, qna, session: null } };
    render(<App />);
    await waitFor(() => expect(screen.getByTestId('screen-message').dataset.reason).toBe('invalid'));
    expect(screen.getByTestId('screen-message').textContent).toContain("This link's key is not valid");
    fetcher.mockRestore();
  });

  it('speaks the session language on a browser set to another, unless the screen was switched by hand', async () => {
    const { default: i18n } = await import('../i18n');
    const { setLanguage } = await import('@live/shared/i18n/setup');
    const zh = i18n.getFixedT('zh-CN'), en = i18n.getFixedT('en');
    localStorage.clear();
    await i18n.changeLanguage('en'); // the projector PC's browser is English
    const view = show({ session: { ...session({ view: 'join', pollId: null }), language: 'zh-CN' } });
    await waitFor(() => expect(view.container.textContent).toContain(zh('join.scan')));
    expect(view.container.textContent).not.toContain(en('join.scan'));

    // The host switches the session to English: the screen follows live.
    live = { ...live, snapshot: { ...live.snapshot, session: { ...session({ view: 'join', pollId: null }), language: 'en' } } };
    view.rerender(<App />);
    await waitFor(() => expect(view.container.textContent).toContain(en('join.scan')));

    // Switched by hand on this screen: the session's language no longer moves it.
    setLanguage('zh-CN');
    live = { ...live, snapshot: { ...live.snapshot, session: { ...session({ view: 'join', pollId: null }), version: 3, language: 'en' } } };
    view.rerender(<App />);
    await waitFor(() => expect(view.container.textContent).toContain(zh('join.scan')));
    localStorage.clear();
  });

  it('gives the wall to a running quiz over the host\'s view, and back when the podium is taken off by a screen change', () => {
    const quiz = (phase: QuizView['phase']): QuizView => ({
      version: 2, now: Date.now(), phase, questionCount: 1,
      settings: { streakBonus: true, wrongPenalty: 0, readSeconds: 0, leaderboard: 'betweenQuestions', teams: 'none' },
      current: { id: 'q1', number: 1, kind: 'single', text: 'Quiz time?', options: ['Yes', 'No'], timeLimitSeconds: 20, points: 1000,
        shownAt: Date.now(), answersAt: Date.now(), deadline: Date.now() + 20_000, correct: [], accepted: [], distribution: null },
      answered: 0, players: 0, leaders: [], teams: [], questions: [],
    });
    const view = show({ session: session({ view: 'qna', pollId: null }), quiz: { ...quiz('lobby'), current: null } });
    expect(screen.queryByTestId('quiz-question')).toBeNull(); // the lobby leaves the screen alone
    live = { ...live, snapshot: { ...live.snapshot, quiz: quiz('question') } };
    view.rerender(<App />);
    expect(screen.getByTestId('quiz-text').textContent).toBe('Quiz time?');
    live = { ...live, snapshot: { ...live.snapshot, quiz: quiz('finished') } };
    view.rerender(<App />);
    expect(screen.getByTestId('quiz-podium')).toBeTruthy();
    live = { ...live, snapshot: { ...live.snapshot, session: session({ view: 'join', pollId: null }) } };
    view.rerender(<App />);
    expect(screen.queryByTestId('quiz-podium')).toBeNull();
    expect(screen.getByTestId('screen-join-code')).toBeTruthy();
  });
});
