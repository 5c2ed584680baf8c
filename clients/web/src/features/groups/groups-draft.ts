import type { CompanyRule, FormGroupsRequest, GroupKey, GroupSource, GroupsView } from '@live/shared/groups/types';

/** Someone picked for a keep-apart set: the member id the server seats them by, and the name to show. */
export interface ApartPerson { id: string; name: string }

/** The form's fields as typed: seats stays text while the host edits it. */
export interface GroupsDraft {
  source: GroupSource;
  seats: string;
  companies: CompanyRule;
  by: GroupKey;
  /** A check-in category ("Staff") whose people head the tables, one each; empty for none. */
  facilitatorCategory: string;
  /** Sets of people of whom no two share a table ("the two regional managers"). */
  apart: ApartPerson[][];
}

export const minSeats = 4;
export const maxSeats = 12;
export const defaultSeats = 8;
/** The server's limits (GroupLimits.MaxApartSets, MaxApartSetSize); a set keeps nobody apart until it has 2. */
export const maxApartSets = 50;
export const maxApartSetSize = 20;
export const minApartSetSize = 2;

/** A new form: the last round's source and seats when there is one (the host usually forms again the same way). */
export const draftFrom = (view: GroupsView | null): GroupsDraft => ({
  source: view && view.round > 0 ? view.source : 'checkedIn',
  seats: String(view && view.round > 0 ? view.targetSize : defaultSeats),
  companies: 'spread', by: 'company', facilitatorCategory: '', apart: [],
});

/** How many keep-apart sets still have fewer than 2 people: the form is not sent while there are any. */
export const incompleteSets = (draft: GroupsDraft) => draft.apart.filter(s => s.length < minApartSetSize).length;

/** FormGroups' argument, or the error code the server would answer (seats outside 4–12), checked before calling. */
export function toRequest(draft: GroupsDraft): FormGroupsRequest | { error: string } {
  const seats = Number(draft.seats.trim());
  if (!Number.isInteger(seats) || seats < minSeats || seats > maxSeats) return { error: 'invalid_table_size' };
  const category = draft.facilitatorCategory.trim();
  const keepApart = draft.apart.filter(s => s.length >= minApartSetSize).map(s => s.map(p => p.id));
  return {
    source: draft.source, targetSize: seats, companies: draft.companies, by: draft.by,
    facilitatorCategory: category === '' ? null : category,
    ...(keepApart.length > 0 ? { keepApart } : {}),
  };
}

/** Adds a person to set `index` (once; a full set takes nobody more). */
export function addToSet(sets: ApartPerson[][], index: number, person: ApartPerson): ApartPerson[][] {
  return sets.map((s, i) => (i !== index || s.length >= maxApartSetSize || s.some(p => p.id === person.id) ? s : [...s, person]));
}

export const removeFromSet = (sets: ApartPerson[][], index: number, id: string): ApartPerson[][] =>
  sets.map((s, i) => (i === index ? s.filter(p => p.id !== id) : s));

export const removeSet = (sets: ApartPerson[][], index: number): ApartPerson[][] => sets.filter((_, i) => i !== index);

export const addSet = (sets: ApartPerson[][]): ApartPerson[][] => (sets.length >= maxApartSets ? sets : [...sets, []]);
