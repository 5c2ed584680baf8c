import type { CompanyRule, FormGroupsRequest, GroupKey, GroupSource, GroupsView } from '@live/shared/groups/types';

/** The form's fields as typed: seats stays text while the host edits it. */
export interface GroupsDraft {
  source: GroupSource;
  seats: string;
  companies: CompanyRule;
  by: GroupKey;
  /** A check-in category ("Staff") whose people head the tables, one each; empty for none. */
  facilitatorCategory: string;
}

export const minSeats = 4;
export const maxSeats = 12;
export const defaultSeats = 8;

/** A new form: the last round's source and seats when there is one (the host usually forms again the same way). */
export const draftFrom = (view: GroupsView | null): GroupsDraft => ({
  source: view && view.round > 0 ? view.source : 'checkedIn',
  seats: String(view && view.round > 0 ? view.targetSize : defaultSeats),
  companies: 'spread', by: 'company', facilitatorCategory: '',
});

/** FormGroups' argument, or the error code the server would answer (seats outside 4–12), checked before calling. */
export function toRequest(draft: GroupsDraft): FormGroupsRequest | { error: string } {
  const seats = Number(draft.seats.trim());
  if (!Number.isInteger(seats) || seats < minSeats || seats > maxSeats) return { error: 'invalid_table_size' };
  const category = draft.facilitatorCategory.trim();
  return {
    source: draft.source, targetSize: seats, companies: draft.companies, by: draft.by,
    facilitatorCategory: category === '' ? null : category,
  };
}
