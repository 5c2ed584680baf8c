import type { AgendaView, SegmentView, TimerPhase, TimerView } from './types';

/** What a timer shows at one moment: its text, its colour, and the whole seconds it is based on. */
export interface TimerDisplay { text: string; phase: TimerPhase; seconds: number; running: boolean }

/** The server's clock minus this client's, measured when a view arrives (`view.now` was the server's clock then). */
export const clockOffset = (serverNow: number, receivedAt: number) => serverNow - receivedAt;

/** Any view stamped with the server's clock when it was sent (the agenda, the quiz). */
export interface ClockedView { now: number }

const offsets = new WeakMap<ClockedView, number>();
/**
 * The offset for one received view, measured the first time it is asked for (the render right after it arrived) and
 * then kept with that view, so every later render uses the same measurement.
 */
export function offsetOf(view: ClockedView, clientNow: () => number = Date.now): number {
  let offset = offsets.get(view);
  if (offset === undefined) {
    offset = clockOffset(view.now, clientNow());
    offsets.set(view, offset);
  }
  return offset;
}

const elapsedMs = (t: TimerView, serverNow: number) =>
  t.elapsedMs + (t.runningSince === null ? 0 : Math.max(0, serverNow - t.runningSince));

/** Whole seconds left, rounded up as the server's SpeakerTimer.RemainingSeconds: 0:01 … 0:00 … −0:15. */
export function remainingSeconds(t: TimerView, serverNow: number): number {
  const ms = (t.durationSeconds + t.adjustSeconds) * 1000 - elapsedMs(t, serverNow);
  return Math.ceil(ms / 1000) || 0; // no −0
}

/** The server's rule: overtime from 0:00 on, red and wrap-up at or below their thresholds. */
export function phaseOf(t: TimerView, serverNow: number): TimerPhase {
  const left = remainingSeconds(t, serverNow);
  if (left <= 0) return 'overtime';
  if (left <= t.redSeconds) return 'red';
  return left <= t.wrapUpSeconds ? 'wrapUp' : 'normal';
}

/** "9:05", "1:02:03", "−0:15" (a real minus sign, readable from the back of the room). */
export function formatSeconds(total: number): string {
  const sign = total < 0 ? '−' : '';
  const s = Math.abs(total);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${sign}${h}:${String(m).padStart(2, '0')}:${ss}` : `${sign}${m}:${ss}`;
}

const timeOfDay = (serverNow: number) =>
  new Date(serverNow).toLocaleTimeString('en-GB', { hour: '2-digit', minute: '2-digit', second: '2-digit', hour12: false });

/** The display of a timer at the server time `serverNow` (client now + offset). */
export function timerDisplay(t: TimerView, serverNow: number): TimerDisplay {
  const left = remainingSeconds(t, serverNow);
  const phase = phaseOf(t, serverNow);
  const running = t.runningSince !== null;
  if (t.mode === 'countUp') {
    const spoken = Math.floor(elapsedMs(t, serverNow) / 1000);
    return { text: formatSeconds(spoken), phase, seconds: spoken, running };
  }
  if (t.mode === 'timeOfDay') return { text: timeOfDay(serverNow), phase, seconds: left, running };
  return { text: formatSeconds(left), phase, seconds: left, running };
}

/** The live segment and the one after it. */
export function liveAndNext(agenda: AgendaView | null): { live: SegmentView | null; next: SegmentView | null } {
  if (!agenda) return { live: null, next: null };
  const at = agenda.segments.findIndex(s => s.id === agenda.liveSegmentId);
  return { live: at >= 0 ? agenda.segments[at] : null, next: agenda.segments[at + 1] ?? null };
}
