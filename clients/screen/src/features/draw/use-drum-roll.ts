import { useEffect, useRef, useState } from 'react';
import type { RoundView } from '@live/shared/realtime/types';
import { prefersReducedMotion } from './reduced-motion';

export const rollMs = 3000;

/**
 * True while a freshly drawn round's names roll. A round is rolled once per page: a round that was already drawn
 * or revealed when the screen opened (a reload) shows its winners at once.
 */
export function useDrumRoll(round: RoundView | null): boolean {
  const seen = useRef<Map<number, RoundView['state']> | null>(null);
  const [rolling, setRolling] = useState<number | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  useEffect(() => {
    if (!round) return;
    const firstLook = seen.current === null;
    seen.current ??= new Map();
    const before = seen.current.get(round.number);
    seen.current.set(round.number, round.state);
    const justDrawn = round.state !== 'armed' && (before === 'armed' || (before === undefined && !firstLook && round.state === 'drawn'));
    if (!justDrawn || prefersReducedMotion()) return;
    // Not cleared when the round moves on (a quick reveal): the roll still ends on time.
    clearTimeout(timer.current);
    setRolling(round.number);
    timer.current = setTimeout(() => setRolling(null), rollMs);
  }, [round?.number, round?.state]); // eslint-disable-line react-hooks/exhaustive-deps

  return round !== null && rolling === round.number;
}
