import { afterEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import '../../i18n';
import type { SessionView } from '@live/shared/realtime/types';
import { ConsoleTabs } from './console-tabs';
import { quizView } from '../quiz/test-data';

afterEach(cleanup);
const session = (screenView: SessionView['screen']): SessionView => ({
  code: '482913', title: 'Summit', version: 1, language: null, screen: screenView,
  polls: [{ id: 'p1', kind: 'single', question: 'Which product?', options: [], maxSelections: 1, allowVoteChange: true, showResultsToAttendees: false, status: 'open' }],
});

describe('ConsoleTabs', () => {
  it('switches tabs and puts Q&A on the big screen', () => {
    const onTab = vi.fn();
    const invoke = vi.fn().mockResolvedValue({});
    render(<ConsoleTabs tab="polls" onTab={onTab} session={session({ view: 'join', pollId: null })} waiting={3} invoke={invoke} />);
    expect(screen.getByTestId('qna-waiting').textContent).toBe('3');
    expect(screen.getByTestId('screen-now').textContent).toBe('On screen: join code');
    fireEvent.click(screen.getByTestId('console-qna-tab'));
    expect(onTab).toHaveBeenCalledWith('qna');
    fireEvent.click(screen.getByTestId('show-qna-on-screen'));
    expect(invoke).toHaveBeenCalledWith('SetScreen', { view: 'qna' });
  });

  it('says the quiz is on screen while it runs, whatever view was picked, with nothing to take off until the podium', () => {
    const invoke = vi.fn().mockResolvedValue({});
    const at = session({ view: 'qna', pollId: null });
    const { rerender } = render(<ConsoleTabs tab="quiz" onTab={vi.fn()} session={at} quiz={quizView({ phase: 'lobby' })} waiting={0} invoke={invoke} />);
    expect(screen.getByTestId('screen-now').textContent).toBe('On screen: Q&A');
    rerender(<ConsoleTabs tab="quiz" onTab={vi.fn()} session={at} quiz={quizView({ phase: 'question' })} waiting={0} invoke={invoke} />);
    expect(screen.getByTestId('screen-now').textContent).toBe('On screen: the quiz');
    expect(screen.getByTestId('screen-now').getAttribute('data-view')).toBe('quiz');
    expect(screen.queryByTestId('take-off-screen')).toBeNull();
    rerender(<ConsoleTabs tab="quiz" onTab={vi.fn()} session={at} quiz={quizView({ phase: 'finished' })} waiting={0} invoke={invoke} />);
    expect(screen.getByTestId('screen-now').textContent).toBe('On screen: the quiz'); // the podium
    fireEvent.click(screen.getByTestId('take-off-screen'));
    expect(invoke).toHaveBeenCalledWith('SetScreen', { view: 'join' });
  });

  it('says which poll or Q&A is on screen and offers to take Q&A off', () => {
    const invoke = vi.fn().mockResolvedValue({});
    const { rerender } = render(<ConsoleTabs tab="qna" onTab={vi.fn()} session={session({ view: 'poll', pollId: 'p1' })} waiting={0} invoke={invoke} />);
    expect(screen.getByTestId('screen-now').textContent).toBe('On screen: Which product?');
    expect(screen.queryByTestId('qna-waiting')).toBeNull();
    rerender(<ConsoleTabs tab="qna" onTab={vi.fn()} session={session({ view: 'qna', pollId: null })} waiting={0} invoke={invoke} />);
    expect(screen.getByTestId('screen-now').textContent).toBe('On screen: Q&A');
    expect(screen.queryByTestId('show-qna-on-screen')).toBeNull();
    fireEvent.click(screen.getByTestId('take-off-screen'));
    expect(invoke).toHaveBeenCalledWith('SetScreen', { view: 'join' });
  });

  it('on the check-in tab, puts the check-in wall on screen and names it', () => {
    const invoke = vi.fn().mockResolvedValue({});
    const onTab = vi.fn();
    const { rerender } = render(<ConsoleTabs tab="polls" onTab={onTab} session={session({ view: 'qna', pollId: null })} waiting={0} invoke={invoke} />);
    fireEvent.click(screen.getByTestId('console-checkin-tab'));
    expect(onTab).toHaveBeenCalledWith('checkin');
    rerender(<ConsoleTabs tab="checkin" onTab={onTab} session={session({ view: 'qna', pollId: null })} waiting={0} invoke={invoke} />);
    expect(screen.getByTestId('console-checkin-tab').getAttribute('aria-selected')).toBe('true');
    expect(screen.queryByTestId('show-qna-on-screen')).toBeNull();
    expect(screen.getByTestId('show-checkin-on-screen').textContent).toBe('Show check-in wall on screen');
    fireEvent.click(screen.getByTestId('show-checkin-on-screen'));
    expect(invoke).toHaveBeenCalledWith('SetScreen', { view: 'checkin' });
    rerender(<ConsoleTabs tab="checkin" onTab={onTab} session={session({ view: 'checkin', pollId: null })} waiting={0} invoke={invoke} />);
    expect(screen.getByTestId('screen-now').textContent).toBe('On screen: check-in wall');
    fireEvent.click(screen.getByTestId('take-off-screen'));
    expect(invoke).toHaveBeenLastCalledWith('SetScreen', { view: 'join' });
  });

  it('on the draw tab, puts the draw on screen and names it', () => {
    const invoke = vi.fn().mockResolvedValue({});
    const onTab = vi.fn();
    const { rerender } = render(<ConsoleTabs tab="polls" onTab={onTab} session={session({ view: 'join', pollId: null })} waiting={0} invoke={invoke} />);
    fireEvent.click(screen.getByTestId('console-draw-tab'));
    expect(onTab).toHaveBeenCalledWith('draw');
    rerender(<ConsoleTabs tab="draw" onTab={onTab} session={session({ view: 'join', pollId: null })} waiting={0} invoke={invoke} />);
    expect(screen.getByTestId('show-draw-on-screen').textContent).toBe('Show the draw on screen');
    fireEvent.click(screen.getByTestId('show-draw-on-screen'));
    expect(invoke).toHaveBeenCalledWith('SetScreen', { view: 'draw' });
    rerender(<ConsoleTabs tab="draw" onTab={onTab} session={session({ view: 'draw', pollId: null })} waiting={0} invoke={invoke} />);
    expect(screen.getByTestId('screen-now').textContent).toBe('On screen: lucky draw');
    fireEvent.click(screen.getByTestId('take-off-screen'));
    expect(invoke).toHaveBeenLastCalledWith('SetScreen', { view: 'join' });
  });

  it('on the tables tab, puts the table list on screen and names it', () => {
    const invoke = vi.fn().mockResolvedValue({});
    const onTab = vi.fn();
    const { rerender } = render(<ConsoleTabs tab="draw" onTab={onTab} session={session({ view: 'join', pollId: null })} waiting={0} invoke={invoke} />);
    fireEvent.click(screen.getByTestId('console-groups-tab'));
    expect(onTab).toHaveBeenCalledWith('groups');
    expect(screen.getByTestId('console-groups-tab').textContent).toBe('Tables');
    rerender(<ConsoleTabs tab="groups" onTab={onTab} session={session({ view: 'join', pollId: null })} waiting={0} invoke={invoke} />);
    expect(screen.getByTestId('show-groups-on-screen').textContent).toBe('Show tables on screen');
    fireEvent.click(screen.getByTestId('show-groups-on-screen'));
    expect(invoke).toHaveBeenCalledWith('SetScreen', { view: 'groups' });
    rerender(<ConsoleTabs tab="groups" onTab={onTab} session={session({ view: 'groups', pollId: null })} waiting={0} invoke={invoke} />);
    expect(screen.getByTestId('screen-now').textContent).toBe('On screen: discussion tables');
    expect(screen.queryByTestId('show-groups-on-screen')).toBeNull();
    fireEvent.click(screen.getByTestId('take-off-screen'));
    expect(invoke).toHaveBeenLastCalledWith('SetScreen', { view: 'join' });
  });

  it('says what is on screen and offers "Take off screen" on every tab, back to the join screen', () => {
    const invoke = vi.fn().mockResolvedValue({});
    const tabs = ['polls', 'qna', 'checkin', 'draw', 'groups', 'quiz', 'agenda', 'links'] as const;
    for (const tab of tabs) {
      for (const view of ['poll', 'qna', 'checkin', 'draw', 'groups'] as const) {
        cleanup();
        render(<ConsoleTabs tab={tab} onTab={vi.fn()} session={session({ view, pollId: view === 'poll' ? 'p1' : null })} waiting={0} invoke={invoke} />);
        expect(screen.getAllByTestId('screen-now')).toHaveLength(1);
        fireEvent.click(screen.getByTestId('take-off-screen'));
        expect(invoke).toHaveBeenLastCalledWith('SetScreen', { view: 'join' });
      }
    }
    expect(invoke).toHaveBeenCalledTimes(tabs.length * 5);
    cleanup();
    render(<ConsoleTabs tab="agenda" onTab={vi.fn()} session={session({ view: 'join', pollId: null })} waiting={0} invoke={invoke} />);
    expect(screen.getByTestId('screen-now').textContent).toBe('On screen: join code');
    expect(screen.queryByTestId('take-off-screen')).toBeNull(); // the join screen is where "take off" goes
  });

  it('shows a moderator what is on screen without letting them change it', () => {
    render(<ConsoleTabs tab="qna" onTab={vi.fn()} tabs={['qna', 'checkin']} canSetScreen={false} session={session({ view: 'draw', pollId: null })} waiting={0} invoke={vi.fn()} />);
    expect(screen.getByTestId('screen-now').textContent).toBe('On screen: lucky draw');
    expect(screen.queryByTestId('take-off-screen')).toBeNull();
    expect(screen.queryByTestId('show-qna-on-screen')).toBeNull();
  });
});
