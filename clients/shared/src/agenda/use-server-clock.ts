import { useSyncExternalStore } from 'react';
import { offsetOf, type ClockedView } from './timer-display';

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
 * The server's clock now, as this client estimates it from the view it holds (the agenda, the quiz) (offset measured on receipt),
 * refreshed ten times a second so a second boundary is shown within 0.1 s of the server's.
 */
export function useServerNow(view: ClockedView | null): number {
  const clientNow = useSyncExternalStore(subscribe, () => now);
  return view ? clientNow + offsetOf(view) : clientNow;
}
