// Wire types of the discussion tables (docs/API.md "Discussion tables"), mirrored from server/Live.Contracts/GroupsContracts.cs.

export type GroupSource = 'checkedIn' | 'joined';
export type CompanyRule = 'spread' | 'together' | 'ignore';
export type GroupKey = 'company' | 'category';

/** FormGroups' argument. targetSize 4–12; keepApart: sets of member ids; facilitators: member ids, plus everyone of facilitatorCategory. */
export interface FormGroupsRequest {
  source: GroupSource; targetSize: number; companies?: CompanyRule; by?: GroupKey;
  keepApart?: string[][]; facilitators?: string[]; facilitatorCategory?: string | null;
}
/** MoveToTable's argument: table after the last opens a new one. */
export interface MoveToTableRequest { memberId: string; table: number }

/** id: "a12" (a person on the check-in list) or "d:{deviceId}" (a phone that joined only). */
export interface TableMemberView { id: string; name: string; company: string | null; facilitator: boolean }
export interface TableView { number: number; members: TableMemberView[] }
export interface GroupingScoreView { smallestTable: number; largestTable: number; sameCompanyPairs: number; repeatedPairs: number; apartBroken: number }
/** The tables for hosts, moderators and screens. round 0: never formed; active: phones and screens show them; formedAt: Unix ms. */
export interface GroupsView {
  version: number; round: number; active: boolean; targetSize: number; source: GroupSource; formedAt: number | null;
  tables: TableView[]; score: GroupingScoreView | null;
}
/** Someone at a phone's own table (no ids). */
export interface TableMateView { name: string; company: string | null; facilitator: boolean }
/** A phone's table: table null when there are no tables now. */
export interface MyTableView { round: number; table: number | null; mates: TableMateView[] }
