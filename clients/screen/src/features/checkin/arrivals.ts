import type { Arrival } from '@live/shared/realtime/types';

/** One name on the wall. `enter` is fixed when the name first appears, so a later snapshot never restarts it. */
export interface WallEntry {
  arrival: Arrival;
  /** null: already there when the wall opened (no animation); otherwise when its fly-in starts, in ms. */
  enter: { delayMs: number } | null;
}

export interface Wall {
  /** Newest first, at most `cap`. */
  entries: WallEntry[];
  /** Every personId in the last `recent` list, shown or not (the server sends more than the wall shows). */
  known: ReadonlySet<string>;
}

/** Gap between names that arrive in the same snapshot, and the most a whole batch is spread over. */
export const staggerMs = 180;
export const maxStaggerMs = 1000;

/**
 * The wall after a new `recent` list (newest first). The first list seen is the baseline: those people
 * were there before the screen opened, so nothing flies in. After that, a personId that was not in the
 * previous list is new and flies in; a batch of new ones flies in oldest first, newest last. Someone who
 * was already known but moves up into view (a check-in above them was undone) just appears. At most `cap`
 * names are kept, so the DOM stays small however many arrive.
 */
export function nextWall(previous: Wall | null, recent: readonly Arrival[], cap: number): Wall {
  const known = new Set<string>();
  const unique = recent.filter(a => !known.has(a.personId) && known.add(a.personId));
  const shown = unique.slice(0, Math.max(0, cap));
  if (previous === null) return { entries: shown.map(arrival => ({ arrival, enter: null })), known };

  const before = new Map(previous.entries.map(e => [e.arrival.personId, e]));
  const isNew = (a: Arrival) => !previous.known.has(a.personId);
  const fresh = shown.filter(isNew).length;
  const step = fresh > 1 ? Math.min(staggerMs, maxStaggerMs / (fresh - 1)) : 0;
  let newer = 0; // new arrivals met so far in this newest-first list
  const entries = shown.map((arrival): WallEntry => {
    if (isNew(arrival)) return { arrival, enter: { delayMs: Math.round((fresh - 1 - newer++) * step) } };
    const old = before.get(arrival.personId);
    if (!old) return { arrival, enter: null };
    // Same entry object when nothing changed; a changed name (masking switched) keeps its entrance.
    return sameArrival(old.arrival, arrival) ? old : { arrival, enter: old.enter };
  });
  return { entries, known };
}

const sameArrival = (a: Arrival, b: Arrival) => a.name === b.name && a.category === b.category && a.at === b.at;

/** Two `recent` lists with the same people, names, categories and times, in the same order. */
export const sameArrivals = (a: readonly Arrival[], b: readonly Arrival[]) =>
  a.length === b.length && a.every((x, i) => x.personId === b[i].personId && sameArrival(x, b[i]));
