import { describe, expect, it } from 'vitest';
import type { GroupsView, TableView } from '@live/shared/groups/types';
import { tablesLayout, tablesPage, tablesShown } from './table-pages';

const tables = (sizes: number[]): TableView[] =>
  sizes.map((size, i) => ({ number: i + 1, members: Array.from({ length: size }, (_, j) => ({ id: `a${i}-${j}`, name: `N${j}`, company: null, facilitator: false })) }));
const same = (count: number, size: number) => tables(Array.from({ length: count }, () => size));

describe('the tables on the wall', () => {
  it('gives a few tables wide cards on one row', () => {
    expect(tablesLayout(same(1, 8))).toEqual({ columns: 1, rows: 1, perPage: 1, seats: 8 });
    expect(tablesLayout(same(3, 7))).toEqual({ columns: 3, rows: 1, perPage: 3, seats: 7 });
    expect(tablesLayout(same(4, 8))).toMatchObject({ columns: 4, rows: 1 });
    expect(tablesLayout(same(6, 8))).toMatchObject({ columns: 3, rows: 2, perPage: 6 });
  });

  it('puts 4 × 2 tables of up to 8 on a page, but only one row of bigger tables so names stay large', () => {
    expect(tablesLayout(same(125, 8))).toEqual({ columns: 4, rows: 2, perPage: 8, seats: 8 });
    expect(tablesLayout(tables([8, 8, 8, 8, 8, 9]))).toEqual({ columns: 4, rows: 1, perPage: 4, seats: 9 });
    expect(tablesLayout(same(6, 12))).toMatchObject({ columns: 4, rows: 1, perPage: 4, seats: 12 });
    expect(tablesLayout([])).toMatchObject({ perPage: 1, seats: 1 });
  });

  it('pages 125 tables 8 at a time, wrapping round after the last page', () => {
    const all = same(125, 8);
    const first = tablesPage(all, 8, 0);
    expect([first.page, first.pages, first.items.map(t => t.number)]).toEqual([0, 16, [1, 2, 3, 4, 5, 6, 7, 8]]);
    const last = tablesPage(all, 8, 15);
    expect(last.items.map(t => t.number)).toEqual([121, 122, 123, 124, 125]);
    expect(tablesPage(all, 8, 16).page).toBe(0);
    expect(tablesPage(all, 8, 33)).toMatchObject({ page: 1 });
    expect(tablesPage([], 8, 3)).toEqual({ items: [], page: 0, pages: 1 });
  });

  it('lists only an active round, without tables emptied by moves', () => {
    const view = (active: boolean): GroupsView => ({
      version: 3, round: 1, active, targetSize: 8, source: 'checkedIn', formedAt: 1, score: null, tables: tables([2, 0, 1]),
    });
    expect(tablesShown(view(true)).map(t => t.number)).toEqual([1, 3]);
    expect(tablesShown(view(false))).toEqual([]);
    expect(tablesShown(null)).toEqual([]);
  });
});
