import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { errorCode } from '@live/shared/i18n/error-code';
import type { RosterEntry } from '@live/shared/realtime/types';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import { createDebouncer, createLatest } from './debounce';

export const searchDelayMs = 150;
/** Arrivals from phones change the rows on show; they are fetched again at most this often. */
export const refreshDelayMs = 1000;
export const searchLimit = 20;

/**
 * Search-as-you-type over the roster: SearchRoster after typing pauses for 150 ms, newest answer wins, and the
 * rows are fetched again (throttled) when `version` (the check-in snapshot's) moves, so self check-ins show up.
 * `total` is the number of all matches, so a list cut at `searchLimit` can say so.
 */
export function useRosterSearch(invoke: Invoke, query: string, version: number | undefined) {
  const [rows, setRows] = useState<RosterEntry[] | null>(null);
  /** How many people matched in all; more than rows.length when the server cut the list at the limit. */
  const [total, setTotal] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const latest = useRef(createLatest());
  const current = useRef(query.trim());

  const fetchRows = useCallback(async (q: string) => {
    const ticket = latest.current.next();
    try {
      const found = await invoke('SearchRoster', { query: q, limit: searchLimit });
      if (latest.current.isLatest(ticket)) { setRows(found.people); setTotal(found.total); setError(null); }
    } catch (e) {
      if (latest.current.isLatest(ticket)) setError(errorCode(e));
    }
  }, [invoke]);

  // eslint-disable-next-line react-hooks/refs -- the debouncer only keeps fetchRows; it calls it from its timer, not in render
  const search = useMemo(() => createDebouncer(searchDelayMs, fetchRows), [fetchRows]);
  useEffect(() => {
    current.current = query.trim();
    search.call(current.current);
  }, [query, search]);
  useEffect(() => () => search.cancel(), [search]);

  const refresh = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const seen = useRef(version);
  useEffect(() => {
    if (version === undefined || seen.current === undefined || version === seen.current) { seen.current = version; return; }
    seen.current = version;
    if (refresh.current) return; // one refresh already waiting: it will see this change too
    refresh.current = setTimeout(() => {
      refresh.current = undefined;
      if (!search.pending) void fetchRows(current.current);
    }, refreshDelayMs);
  }, [version, fetchRows, search]);
  useEffect(() => () => clearTimeout(refresh.current), []);

  /** Shows the entry StaffCheckIn or UndoCheckIn returned in place of the row it came from. */
  const replace = useCallback((entry: RosterEntry) =>
    setRows(list => list?.map(row => (row.id === entry.id ? entry : row)) ?? list), []);
  return { rows, total, error, replace };
}
