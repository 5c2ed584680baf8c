import type { TableView } from '@live/shared/groups/types';

/** A name test for the console's "find a person" box: any part of the name, any case; null when the box is empty. */
export function nameMatcher(query: string): ((name: string) => boolean) | null {
  const q = query.trim().toLocaleLowerCase();
  return q ? name => name.toLocaleLowerCase().includes(q) : null;
}

/** The tables to list: all of them, or those where someone's name matches. */
export const tablesMatching = (tables: TableView[], match: ((name: string) => boolean) | null) =>
  match ? tables.filter(t => t.members.some(m => match(m.name))) : tables;
