import { describe, expect, it } from 'vitest';
import { draftFrom, toRequest } from './groups-draft';
import { groupsView } from './test-data';

describe('the tables form', () => {
  it('starts at 8 seats from the checked-in guests, or as the last round was formed', () => {
    expect(draftFrom(null)).toEqual({ source: 'checkedIn', seats: '8', companies: 'spread', by: 'company', facilitatorCategory: '' });
    expect(draftFrom(groupsView({ round: 2, source: 'joined', targetSize: 6 }))).toMatchObject({ source: 'joined', seats: '6' });
  });

  it('sends seats as a number and no facilitator category when none is chosen', () => {
    expect(toRequest({ source: 'joined', seats: ' 6 ', companies: 'together', by: 'category', facilitatorCategory: ' ' }))
      .toEqual({ source: 'joined', targetSize: 6, companies: 'together', by: 'category', facilitatorCategory: null });
    expect(toRequest({ ...draftFrom(null), facilitatorCategory: 'Staff' })).toMatchObject({ facilitatorCategory: 'Staff' });
  });

  it('refuses seats outside 4–12 before calling, with the code the server would answer', () => {
    for (const seats of ['3', '13', '7.5', '', 'eight']) expect(toRequest({ ...draftFrom(null), seats })).toEqual({ error: 'invalid_table_size' });
    expect(toRequest({ ...draftFrom(null), seats: '4' })).toMatchObject({ targetSize: 4 });
    expect(toRequest({ ...draftFrom(null), seats: '12' })).toMatchObject({ targetSize: 12 });
  });
});
