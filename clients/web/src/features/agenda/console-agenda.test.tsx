import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import '../../i18n';
import i18n from '../../i18n';
import { fakeInvoke } from '@live/shared/realtime/fake-hub';
import type { AgendaView, SegmentRequest, SegmentView, TimerAdjustRequest } from '@live/shared/agenda/types';
import { ConsoleAgenda } from './console-agenda';

afterEach(cleanup);

const segment = (id: string, over: Partial<SegmentView> = {}): SegmentView => ({
  id, title: `Segment ${id}`, speaker: null, plannedStart: null, durationMinutes: 10, notes: null, order: 0, overlaps: false,
  timer: { mode: 'countdown', durationSeconds: 600, adjustSeconds: 0, elapsedMs: 0, runningSince: null, wrapUpSeconds: 300, redSeconds: 60 },
  ...over,
});
const agenda = (over: Partial<AgendaView> = {}): AgendaView =>
  ({ version: 1, now: Date.now(), liveSegmentId: null, timerOnScreen: false, segments: [], ...over });

/** A hub that keeps an agenda as the server would, enough for the tab: SaveSegment numbers s1, s2…, GoLive and StartTimer. */
function agendaHub(start: AgendaView = agenda()) {
  let view = start;
  const bump = (next: Partial<AgendaView>) => (view = { ...view, ...next, version: view.version + 1, now: Date.now() });
  return fakeInvoke({
    GetAccessLinks: () => ({ consoleUrl: '/console/482913#key=h', moderatorUrl: '/console/482913#key=m', screenUrl: '/screen/482913#key=s1', joinUrl: 'http://x/j/482913' }),
    SaveSegment: (r: SegmentRequest) => bump({ segments: [...view.segments, segment(`s${view.segments.length + 1}`, { title: r.title, speaker: r.speaker, durationMinutes: r.durationMinutes })] }),
    GoLive: id => bump({ liveSegmentId: id }),
    AdjustTimer: (r: TimerAdjustRequest) => bump({ segments: view.segments.map(s => s.id === r.segmentId ? { ...s, timer: { ...s.timer, adjustSeconds: s.timer.adjustSeconds + r.seconds } } : s) }),
    StartTimer: id => bump({ segments: view.segments.map(s => s.id === id ? { ...s, timer: { ...s.timer, runningSince: view.now - 615_000 } } : s) }),
  }, {});
}

describe('ConsoleAgenda', () => {
  it('adds a segment from the form and shows the answer at once', async () => {
    const invoke = agendaHub();
    render(<ConsoleAgenda agenda={agenda()} invoke={invoke} />);
    fireEvent.change(screen.getByTestId('segment-title'), { target: { value: '开场致辞' } });
    fireEvent.change(screen.getByTestId('segment-speaker'), { target: { value: '王总' } });
    fireEvent.change(screen.getByTestId('segment-duration'), { target: { value: '15' } });
    fireEvent.click(screen.getByTestId('segment-save'));
    const row = await screen.findByTestId('agenda-row');
    expect(invoke).toHaveBeenCalledWith('SaveSegment', { id: null, title: '开场致辞', speaker: '王总', plannedStart: null, durationMinutes: 15, notes: null });
    expect(row.textContent).toContain('开场致辞');
    expect(row.textContent).toContain('王总 · 15 min');
    await waitFor(() => expect(screen.getByTestId('speaker-link').getAttribute('href')).toBe('/screen/482913/speaker#key=s1'));
  });

  it('goes live, starts the timer and shows overtime from the timer state', async () => {
    const invoke = agendaHub(agenda({ segments: [segment('s1'), segment('s2', { overlaps: true })] }));
    render(<ConsoleAgenda agenda={agenda({ segments: [segment('s1'), segment('s2', { overlaps: true })] })} invoke={invoke} />);
    expect(screen.queryByTestId('timer-panel')).toBeNull();
    expect(screen.getAllByTestId('overlap')).toHaveLength(1);
    fireEvent.click(within(screen.getAllByTestId('agenda-row')[0]).getByTestId('go-live'));
    await screen.findByTestId('timer-panel');
    expect(screen.getByTestId('console-timer').textContent).toBe('10:00');
    fireEvent.click(screen.getByTestId('timer-start'));
    await waitFor(() => expect(screen.getByTestId('console-timer').textContent).toBe('−0:15'));
    expect(screen.getByTestId('console-timer').dataset.phase).toBe('overtime');
    expect(invoke).toHaveBeenCalledWith('StartTimer', 's1');
    expect(screen.getByTestId('timer-pause')).toBeTruthy();
  });

  it('sends each ±1 minute press with its own op id, so a resend counts once and two presses count twice', async () => {
    const start = agenda({ liveSegmentId: 's1', segments: [segment('s1')] });
    const invoke = agendaHub(start);
    render(<ConsoleAgenda agenda={start} invoke={invoke} />);
    fireEvent.click(screen.getByTestId('timer-plus'));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('AdjustTimer', expect.objectContaining({ segmentId: 's1', seconds: 60 })));
    fireEvent.click(screen.getByTestId('timer-minus'));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('AdjustTimer', expect.objectContaining({ segmentId: 's1', seconds: -60 })));
    const opIds = invoke.mock.calls.filter(c => c[0] === 'AdjustTimer').map(c => (c[1] as TimerAdjustRequest).opId);
    expect(opIds).toHaveLength(2);
    expect(opIds[0]).toMatch(/^[\w-]{8,64}$/);
    expect(opIds[0]).not.toBe(opIds[1]);
  });

  it('shows a refusal as its translated code', async () => {
    const invoke = fakeInvoke({}, { SaveSegment: 'segment_title_required' });
    render(<ConsoleAgenda agenda={agenda()} invoke={invoke} />);
    fireEvent.click(screen.getByTestId('segment-save'));
    expect((await screen.findByTestId('error')).dataset.code).toBe('segment_title_required');
    expect(screen.getByTestId('error').textContent).toBe(i18n.t('errors.segment_title_required'));
    expect(screen.getByTestId('error').textContent).toBe('Please enter a title for the segment.');
  });

  it('turns the corner timer on the big screen on, busy until the server answers, and keeps the answer', async () => {
    let answer!: (view: AgendaView) => void;
    const invoke = fakeInvoke({ GetAccessLinks: () => new Promise(() => {}), ShowTimerOnScreen: () => new Promise<AgendaView>(resolve => { answer = resolve; }) }, {});
    render(<ConsoleAgenda agenda={agenda()} invoke={invoke} />);
    const toggle = screen.getByTestId('timer-on-screen') as HTMLInputElement;
    fireEvent.click(toggle);
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('ShowTimerOnScreen', true));
    expect([toggle.checked, toggle.disabled, toggle.getAttribute('aria-busy')]).toEqual([true, true, 'true']);
    await act(async () => answer(agenda({ version: 2, timerOnScreen: true })));
    expect([toggle.checked, toggle.disabled]).toEqual([true, false]); // the push (still version 1) has not come yet
  });
});
