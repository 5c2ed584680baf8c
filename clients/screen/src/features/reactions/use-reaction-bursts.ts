import { useEffect, useRef, useState } from 'react';
import type { ReactionsView } from '@live/shared/realtime/types';
import { addBursts, planBursts, type Burst } from './bursts';

const tickMs = 250;

/**
 * Turns each new reactions snapshot into floating bursts. The first snapshot seen (GetState after a
 * connect) only sets the baseline: its `burst` may be old news.
 */
export function useReactionBursts(reactions: ReactionsView | null): Burst[] {
  const [bursts, setBursts] = useState<Burst[]>([]);
  const lastVersion = useRef<number | null>(null);
  const nextId = useRef(1);
  const active = useRef(0);
  useEffect(() => { active.current = bursts.reduce((n, b) => n + b.particles.length, 0); }); // before the next one reads it

  useEffect(() => {
    if (!reactions) return;
    const first = lastVersion.current === null;
    if (!first && reactions.version <= lastVersion.current!) return;
    lastVersion.current = reactions.version;
    if (first) return;
    const now = Date.now();
    const fresh = planBursts(reactions.counts, active.current, now, nextId.current);
    if (fresh.length === 0) return;
    nextId.current += fresh.reduce((n, b) => n + b.particles.length + 1, 0);
    setBursts(current => addBursts(current, fresh, now));
  }, [reactions]);

  const busy = bursts.length > 0;
  useEffect(() => {
    if (!busy) return;
    const timer = setInterval(() => setBursts(current => {
      const next = addBursts(current, [], Date.now());
      return next.length === current.length && next.every((b, i) => b === current[i]) ? current : next;
    }), tickMs);
    return () => clearInterval(timer);
  }, [busy]);

  return bursts;
}
