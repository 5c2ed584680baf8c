import { describe, expect, it } from 'vitest';
import type { AgendaView, TimerView } from './types';
import { clockOffset, formatSeconds, liveAndNext, offsetOf, phaseOf, remainingSeconds, timerDisplay } from './timer-display';

const T0 = 1_800_000_000_000;
const timer = (over: Partial<TimerView> = {}): TimerView => ({
  mode: 'countdown', durationSeconds: 600, adjustSeconds: 0, elapsedMs: 0, runningSince: T0, wrapUpSeconds: 300, redSeconds: 60, ...over,
});

describe('timer display', () => {
  it('counts down from the state and rounds up like the server', () => {
    expect(timerDisplay(timer(), T0).text).toBe('10:00');
    expect(timerDisplay(timer(), T0 + 1).text).toBe('10:00');
    expect(timerDisplay(timer(), T0 + 1000).text).toBe('9:59');
    expect(timerDisplay(timer({ runningSince: null, elapsedMs: 90_000 }), T0 + 999_999).text).toBe('8:30'); // paused
  });

  it('shows overtime negative with a real minus sign', () => {
    const t = timer();
    expect(timerDisplay(t, T0 + 600_500)).toMatchObject({ text: '0:00', phase: 'overtime' });
    expect(timerDisplay(t, T0 + 615_000)).toMatchObject({ text: '−0:15', phase: 'overtime', seconds: -15 });
    expect(remainingSeconds(t, T0 + 615_999)).toBe(-15);
  });

  it('uses the thresholds for the phases', () => {
    const t = timer();
    expect(phaseOf(t, T0 + 299_000)).toBe('normal');
    expect(phaseOf(t, T0 + 300_000)).toBe('wrapUp');
    expect(phaseOf(t, T0 + 540_000)).toBe('red');
    expect(phaseOf(t, T0 + 599_500)).toBe('red');
  });

  it('adds the adjustments', () => {
    expect(timerDisplay(timer({ adjustSeconds: 60 }), T0 + 600_000).text).toBe('1:00');
  });

  it('counts up the time spoken and shows the time of day in that mode', () => {
    expect(timerDisplay(timer({ mode: 'countUp' }), T0 + 75_900).text).toBe('1:15');
    expect(timerDisplay(timer({ mode: 'timeOfDay' }), new Date(2027, 0, 1, 9, 5, 7).getTime()).text).toBe('09:05:07');
  });

  it('formats hours', () => expect(formatSeconds(3723)).toBe('1:02:03'));

  it('measures the clock offset once per received view, so a late render does not move the timer', () => {
    const view: AgendaView = { version: 3, now: T0, liveSegmentId: null, timerOnScreen: false, segments: [] };
    expect(clockOffset(T0, T0 - 2500)).toBe(2500);
    expect(offsetOf(view, () => T0 - 2500)).toBe(2500);
    expect(offsetOf(view, () => T0 + 99_999)).toBe(2500);
    // Two screens whose clocks disagree by 7 s show the same second from the same view.
    const a = { ...view }; const b = { ...view };
    const onA = T0 + 3000; const onB = T0 + 3000 + 7000;
    offsetOf(a, () => T0); offsetOf(b, () => T0 + 7000);
    expect(timerDisplay(timer(), onA + offsetOf(a)).text).toBe(timerDisplay(timer(), onB + offsetOf(b)).text);
  });

  it('finds the live segment and the next', () => {
    const seg = (id: string) => ({ id, title: id, speaker: null, plannedStart: null, durationMinutes: 1, notes: null, order: 0, overlaps: false, timer: timer() });
    const agenda: AgendaView = { version: 1, now: T0, liveSegmentId: 's2', timerOnScreen: true, segments: [seg('s1'), seg('s2'), seg('s3')] };
    expect(liveAndNext(agenda)).toMatchObject({ live: { id: 's2' }, next: { id: 's3' } });
    expect(liveAndNext({ ...agenda, liveSegmentId: null }).live).toBeNull();
  });
});
