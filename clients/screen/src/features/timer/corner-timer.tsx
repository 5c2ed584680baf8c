import type { AgendaView } from '@live/shared/agenda/types';
import { liveAndNext } from '@live/shared/agenda/timer-display';
import { BigTimer } from './big-timer';
import { cornerTimerShown } from './corner-timer-shown';

/** The live segment's timer in a corner of the main screen, while the host has it switched on. */
export function CornerTimer({ agenda }: { agenda: AgendaView | null }) {
  const { live } = liveAndNext(agenda);
  if (!agenda || !live || !cornerTimerShown(agenda)) return null;
  return <div className="corner-timer"><BigTimer agenda={agenda} segment={live} size="corner" /></div>;
}
