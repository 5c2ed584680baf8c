import type { AgendaView } from '@live/shared/agenda/types';

/** Whether the main screen shows the corner timer: the host switched it on and a segment is live. */
export const cornerTimerShown = (agenda: AgendaView | null) =>
  !!agenda?.timerOnScreen && agenda.segments.some(s => s.id === agenda.liveSegmentId);
