import { useEffect, useMemo, useState } from 'react';
import type { TableView } from '@live/shared/groups/types';
import { errorCode } from '@live/shared/i18n/error-code';
import type { Invoke } from '@live/shared/realtime/hub-methods';
import type { RosterEntry } from '@live/shared/realtime/types';
import { createDebouncer, createLatest } from '../checkin/debounce';
import { searchDelayMs } from '../checkin/use-roster-search';
import { nameMatcher } from './table-search';

/** Someone the keep-apart picker offers. arrived: checked in or not (null: a phone seated at the tables, not on the list). */
export interface PersonCandidate { id: string; name: string; company: string | null; arrived: boolean | null }

export const candidateLimit = 8;

/**
 * Whom a query finds: the check-in list's matches (SearchRoster: name, company, seat, phone), then the people seated
 * at the current tables whose name matches, which is how a phone that joined without checking in ("d:…") is found.
 * Each person once, those already in the set left out.
 */
export function candidatesFor(query: string, roster: RosterEntry[] | null, tables: TableView[], exclude: ReadonlySet<string>,
  limit = candidateLimit): PersonCandidate[] {
  const match = nameMatcher(query);
  if (!match) return [];
  const found = new Map<string, PersonCandidate>();
  for (const r of roster ?? []) found.set(r.id, { id: r.id, name: r.name, company: r.company, arrived: r.arrivedAt !== null });
  for (const t of tables) for (const m of t.members) {
    if (!found.has(m.id) && match(m.name)) found.set(m.id, { id: m.id, name: m.name, company: m.company, arrived: null });
  }
  return [...found.values()].filter(c => !exclude.has(c.id)).slice(0, limit);
}

/** SearchRoster as the host types (150 ms quiet, newest answer wins); nothing is asked for an empty box. */
export function usePeopleSearch(invoke: Invoke, query: string) {
  const [rows, setRows] = useState<RosterEntry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const search = useMemo(() => {
    const latest = createLatest();
    const debounced = createDebouncer(searchDelayMs, (q: string) => {
      const ticket = latest.next();
      invoke('SearchRoster', { query: q, limit: candidateLimit }).then(
        found => { if (latest.isLatest(ticket)) { setRows(found?.people ?? []); setError(null); } },
        e => { if (latest.isLatest(ticket)) setError(errorCode(e)); });
    });
    // Cancelling also outdates an answer still on its way: it is for a query no longer in the box.
    return { call: debounced.call, cancel: () => { debounced.cancel(); latest.next(); } };
  }, [invoke]);

  useEffect(() => {
    const q = query.trim();
    if (q) search.call(q);
    else search.cancel();
  }, [query, search]);
  useEffect(() => () => search.cancel(), [search]);
  // An emptied box shows nothing, whatever the last answer was.
  return query.trim() ? { rows, error } : { rows: null, error: null };
}
