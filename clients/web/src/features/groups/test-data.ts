import type { GroupsView, TableMemberView, TableView } from '@live/shared/groups/types';

/** Fixtures for the discussion-table tests. */
export const member = (id: string, over: Partial<TableMemberView> = {}): TableMemberView =>
  ({ id, name: `Name ${id}`, company: null, facilitator: false, ...over });

export const table = (number: number, members: TableMemberView[]): TableView => ({ number, members });

export const groupsView = (over: Partial<GroupsView> = {}): GroupsView => ({
  version: 1, round: 0, active: false, targetSize: 8, source: 'checkedIn', formedAt: null, tables: [], score: null, ...over,
});

/** A formed round: `sizes[i]` people at table i + 1, ids a1, a2… in order; the first at each table facilitates when told. */
export function formedView(sizes: number[], over: Partial<GroupsView> = {}, facilitators = false): GroupsView {
  let next = 1;
  const tables = sizes.map((size, i) => table(i + 1, Array.from({ length: size }, (_, j) =>
    member(`a${next}`, { name: `Name a${next++}`, company: j % 2 ? 'Acme' : null, facilitator: facilitators && j === 0 }))));
  return groupsView({
    version: 2, round: 1, active: true, formedAt: Date.UTC(2025, 4, 20, 6, 5),
    tables, score: { smallestTable: Math.min(...sizes), largestTable: Math.max(...sizes), sameCompanyPairs: 0, repeatedPairs: 0, apartBroken: 0 },
    ...over,
  });
}
