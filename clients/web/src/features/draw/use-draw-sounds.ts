import { useCallback, useEffect, useRef, useState } from 'react';
import type { RoundState, RoundView } from '@live/shared/realtime/types';
import type { SoundCues } from './sound-cues';

/** How long the big screen rolls the names of a freshly drawn round (the screen's use-drum-roll.ts, rollMs). */
export const screenRollMs = 3000;

/** The cues and their mute switch, as React state so the toggle shows the choice. */
export function useSoundSwitch(cues: SoundCues): { muted: boolean; setMuted(muted: boolean): void } {
  const [muted, setShown] = useState(cues.muted);
  const setMuted = useCallback((next: boolean) => { cues.setMuted(next); setShown(next); if (!next) cues.unlock(); }, [cues]);
  return { muted, setMuted };
}

/**
 * Plays the cues as rounds move on: a round that goes from armed to drawn while the console is open rolls the drums
 * (already rolling when this console's host clicked Draw) for as long as the screen rolls, then the fanfare as the
 * winners land. A round already drawn when the console opened (a reload) plays nothing.
 */
export function useDrawSounds(rounds: RoundView[], cues: SoundCues) {
  const seen = useRef<Map<number, RoundState> | null>(null);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  useEffect(() => {
    const pending = timers.current;
    return () => {
      for (const timer of pending) clearTimeout(timer);
      pending.clear();
      cues.stop();
    };
  }, [cues]);

  useEffect(() => {
    const before = seen.current;
    seen.current = new Map(rounds.map(r => [r.number, r.state]));
    if (before === null) return;
    for (const round of rounds) {
      const was = before.get(round.number);
      const justDrawn = round.state !== 'armed' && (was === 'armed' || (was === undefined && round.state === 'drawn'));
      if (!justDrawn) continue;
      cues.drumRoll();
      const timer = setTimeout(() => { timers.current.delete(timer); cues.fanfare(); }, screenRollMs);
      timers.current.add(timer);
    }
  }, [rounds, cues]);
}
