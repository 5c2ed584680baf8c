import { useState } from 'react';
import type { Arrival } from '@live/shared/realtime/types';
import { nextWall, sameArrivals, type Wall, type WallEntry } from './arrivals';

/**
 * The names on the wall for the latest `recent` list. The wall is derived while rendering (React's
 * "state from the previous render" pattern) so a new name and its entrance show in the same frame;
 * `null` (no check-in snapshot yet) sets no baseline, so the first real list does not fly in.
 * Lists are compared by content, so a caller that rebuilds an equal list on every render costs nothing.
 */
export function useArrivalWall(recent: readonly Arrival[] | null, cap: number): WallEntry[] {
  const [wall, setWall] = useState<Wall | null>(() => (recent ? nextWall(null, recent, cap) : null));
  const [source, setSource] = useState(recent);
  let current = wall;
  if (recent !== source && !(recent && source && sameArrivals(recent, source))) {
    current = recent ? nextWall(wall, recent, cap) : wall;
    setSource(recent);
    setWall(current);
  }
  return current?.entries ?? [];
}
