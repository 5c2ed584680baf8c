import { useSyncExternalStore } from 'react';
import type { AgendaView } from './types';
import { offsetOf } from './timer-display';

// One ticker for the whole page: every timer on it changes its second in the same frame.
const listeners = new Set<() => void>();
let now = Date.now();
let ticker: ReturnType<typeof setInterval> | null = null;

function subscribe(listener: () => void) {
  listeners.add(listener);
  ticker ??= setInterval(() => {
    now = Date.now();
    listeners.forEach(l => l());
  }, 100);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0 && ticker) {
      clearInterval(ticker);
      ticker = null;
    }
  };
}

/**
 * The server's clock now, as this client estimates it from the agenda view it holds (offset measured on receipt),
 * refreshed ten times a second so a second boundary is shown within 0.1 s of the server's.
 */
export function useServerNow(agenda: AgendaView | null): number {
  const clientNow = useSyncExternalStore(subscribe, () => now);
  return agenda ? clientNow + offsetOf(agenda) : clientNow;
}
