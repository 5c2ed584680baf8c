import type { GroupsView, TableView } from '@live/shared/groups/types';

/** How the wall lays the tables out: columns × rows of tables per page, and the most names a table has. */
export interface TablesLayout { columns: number; rows: number; perPage: number; seats: number }

/** Tables side by side on one page (at 1920 wide, a column is about 440 px: room for a name at 3–5 % of the height). */
export const maxColumns = 4;
/**
 * Two rows of tables only while a table has at most 8 names: 12 names under a heading in half the height would be
 * about 2 % of the screen's height, too small from the back of a hall, so bigger tables get one row and more pages.
 */
export const maxSeatsForTwoRows = 8;
/** How long each page stays up before the next. */
export const pageMs = 8000;

/** The tables the wall lists: those of a round on phones now, without the ones emptied by moves. */
export const tablesShown = (groups: GroupsView | null): TableView[] =>
  groups?.active ? groups.tables.filter(t => t.members.length > 0) : [];

/** The grid for `tables`: few tables get wide cards on one row, many get full pages of 4 × 2 (or 4 × 1 for big tables). */
export function tablesLayout(tables: TableView[]): TablesLayout {
  const seats = Math.max(1, ...tables.map(t => t.members.length));
  const maxRows = seats > maxSeatsForTwoRows ? 1 : 2;
  const count = Math.max(1, tables.length);
  let columns = maxColumns;
  let rows = maxRows;
  if (count <= maxColumns) { columns = count; rows = 1; }
  else if (maxRows === 2 && count <= 6) { columns = 3; rows = 2; }
  return { columns, rows, perPage: columns * rows, seats };
}

/** The tables on page `page` (0-based, any integer: it wraps), and how many pages there are. */
export function tablesPage<T>(tables: T[], perPage: number, page: number): { items: T[]; page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(tables.length / perPage));
  const current = ((page % pages) + pages) % pages;
  return { items: tables.slice(current * perPage, (current + 1) * perPage), page: current, pages };
}
