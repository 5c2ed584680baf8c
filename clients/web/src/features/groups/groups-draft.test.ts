import { describe, expect, it } from 'vitest';
import { addSet, addToSet, draftFrom, incompleteSets, maxApartSets, maxApartSetSize, removeFromSet, removeSet, toRequest } from './groups-draft';
import { groupsView } from './test-data';

describe('the tables form', () => {
  it('starts at 8 seats from the checked-in guests, or as the last round was formed', () => {
    expect(draftFrom(null)).toEqual({ source: 'checkedIn', seats: '8', companies: 'spread', by: 'company', facilitatorCategory: '', apart: [] });
    expect(draftFrom(groupsView({ round: 2, source: 'joined', targetSize: 6 }))).toMatchObject({ source: 'joined', seats: '6' });
  });

  it('sends seats as a number and no facilitator category when none is chosen', () => {
    expect(toRequest({ source: 'joined', seats: ' 6 ', companies: 'together', by: 'category', facilitatorCategory: ' ', apart: [] }))
      .toEqual({ source: 'joined', targetSize: 6, companies: 'together', by: 'category', facilitatorCategory: null });
    expect(toRequest({ ...draftFrom(null), facilitatorCategory: 'Staff' })).toMatchObject({ facilitatorCategory: 'Staff' });
  });

  it('refuses seats outside 4–12 before calling, with the code the server would answer', () => {
    for (const seats of ['3', '13', '7.5', '', 'eight']) expect(toRequest({ ...draftFrom(null), seats })).toEqual({ error: 'invalid_table_size' });
    expect(toRequest({ ...draftFrom(null), seats: '4' })).toMatchObject({ targetSize: 4 });
    expect(toRequest({ ...draftFrom(null), seats: '12' })).toMatchObject({ targetSize: 12 });
  });

  it('sends keep-apart sets as lists of member ids, only those of 2 or more', () => {
    const apart = [[{ id: 'a1', name: 'Li' }, { id: 'd:x', name: 'Wang' }], [{ id: 'a3', name: 'Zhao' }]];
    expect(toRequest({ ...draftFrom(null), apart })).toMatchObject({ keepApart: [['a1', 'd:x']] });
    expect(incompleteSets({ ...draftFrom(null), apart })).toBe(1);
    expect(toRequest(draftFrom(null))).not.toHaveProperty('keepApart');
  });

  it('adds a person to a set once, removes people and sets, and keeps to the server limits', () => {
    const li = { id: 'a1', name: 'Li' };
    let sets = addSet(addSet([]));
    sets = addToSet(addToSet(sets, 1, li), 1, li);
    expect(sets).toEqual([[], [li]]);
    expect(removeFromSet(sets, 1, 'a1')).toEqual([[], []]);
    expect(removeSet(sets, 0)).toEqual([[li]]);
    const full = [Array.from({ length: maxApartSetSize }, (_, i) => ({ id: `a${i}`, name: `P${i}` }))];
    expect(addToSet(full, 0, { id: 'z', name: 'Z' })[0]).toHaveLength(maxApartSetSize);
    const many = Array.from({ length: maxApartSets }, () => []);
    expect(addSet(many)).toHaveLength(maxApartSets);
  });
});
