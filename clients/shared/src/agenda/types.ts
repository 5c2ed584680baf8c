// Wire types of the run of show (docs/API.md "Agenda and speaker timer"), mirrored from server/Live.Contracts/AgendaContracts.cs.

export type TimerMode = 'countdown' | 'countUp' | 'timeOfDay';
export type TimerPhase = 'normal' | 'wrapUp' | 'red' | 'overtime';

/**
 * A timer's state, never a ticking value. Running: elapsed = elapsedMs + (serverNow − runningSince);
 * remaining = (durationSeconds + adjustSeconds) × 1000 − elapsed. Times are server Unix milliseconds.
 */
export interface TimerView {
  mode: TimerMode; durationSeconds: number; adjustSeconds: number; elapsedMs: number; runningSince: number | null;
  wrapUpSeconds: number; redSeconds: number;
}
export interface SegmentView {
  id: string; title: string; speaker: string | null; plannedStart: string | null; durationMinutes: number;
  notes: string | null; order: number; overlaps: boolean; timer: TimerView;
}
/** `now`: the server's clock when the view was made; a client measures its offset from it on receipt. */
export interface AgendaView { version: number; now: number; liveSegmentId: string | null; timerOnScreen: boolean; segments: SegmentView[] }

/** SaveSegment's argument: id null adds a segment at the end. plannedStart "HH:mm" or null. */
export interface SegmentRequest {
  id: string | null; title: string; speaker: string | null; plannedStart: string | null; durationMinutes: number; notes: string | null;
}
/** AdjustTimer's argument: seconds to add (negative: take away); a resend with the same opId counts once. */
export interface TimerAdjustRequest { segmentId: string; seconds: number; opId: string }
export interface TimerSettingsRequest { segmentId: string; mode: TimerMode; wrapUpSeconds: number; redSeconds: number }
