import { describe, expect, it } from 'vitest';
import type { CategoryCount, CheckInView } from '@live/shared/realtime/types';
import { knownCategory } from './category-label';
import { attendancePercent, categoryRows, nameLength, wallTotals } from './figures';

const view = (over: Partial<CheckInView>): CheckInView => ({
  version: 1, settings: { allowWalkIns: false, maskNamesOnWall: true, wallDetail: 'company' }, invited: 0, arrived: 0, walkIns: 0, byCategory: [], recent: [], ...over,
});
const cat = (category: string, invited: number, arrived: number): CategoryCount => ({ category, invited, arrived });

describe('attendancePercent', () => {
  it('is arrived ÷ invited as a whole percent', () => {
    expect(attendancePercent(43, 100)).toBe(43);
    expect(attendancePercent(1, 3)).toBe(33);
    expect(attendancePercent(2, 3)).toBe(67);
    expect(attendancePercent(0, 40)).toBe(0);
    expect(attendancePercent(40, 40)).toBe(100);
  });

  it('has no rate when nobody is invited', () => {
    expect(attendancePercent(0, 0)).toBeNull();
    expect(attendancePercent(5, 0)).toBeNull();
  });

  it('never says 0% once someone came, nor 100% while someone is missing', () => {
    expect(attendancePercent(1, 300)).toBe(1);
    expect(attendancePercent(999, 1000)).toBe(99);
    expect(attendancePercent(1994, 2000)).toBe(99);
  });

  it('keeps to 0–100 whatever it is given', () => {
    expect(attendancePercent(12, 10)).toBe(100);
    expect(attendancePercent(-1, 10)).toBe(0);
  });
});

describe('wallTotals', () => {
  it('shows arrived of invited, the rate, and walk-ins beside them', () => {
    expect(wallTotals(view({ invited: 40, arrived: 15, walkIns: 3 }))).toEqual({ arrived: 15, invited: 40, rate: 38, walkIns: 3 });
  });

  it('with nobody invited counts everyone who checked in, with no rate', () => {
    expect(wallTotals(view({ invited: 0, arrived: 0, walkIns: 7 }))).toEqual({ arrived: 7, invited: null, rate: null, walkIns: 0 });
  });

  it('is all zero before the first snapshot', () => {
    expect(wallTotals(null)).toEqual({ arrived: 0, invited: null, rate: null, walkIns: 0 });
  });
});

describe('categoryRows', () => {
  it('keeps the server order (import order, walk-ins last) with a bar per invited category', () => {
    const rows = categoryRows([cat('VIP', 10, 5), cat('dealer', 20, 1), cat('walk-in', 0, 3)], 12);
    expect(rows).toEqual([
      { kind: 'category', category: 'VIP', invited: 10, arrived: 5, percent: 50 },
      { kind: 'category', category: 'dealer', invited: 20, arrived: 1, percent: 5 },
      { kind: 'category', category: 'walk-in', invited: 0, arrived: 3, percent: null },
    ]);
  });

  it('leaves out empty categories', () => {
    expect(categoryRows([cat('media', 0, 0), cat('staff', 4, 0)], 12).map(r => r.kind === 'category' && r.category)).toEqual(['staff']);
  });

  it('past the limit keeps the largest in their order, sums the rest before walk-ins', () => {
    const many = Array.from({ length: 14 }, (_, i) => cat(`c${i}`, i === 3 ? 1 : 10 + i, 1));
    const rows = categoryRows([...many, cat('walk-in', 0, 2)], 6);
    expect(rows).toHaveLength(6);
    // Four own rows: the four largest (c10–c13), in the server's order; then "more"; then walk-ins.
    expect(rows.slice(0, 4).map(r => r.kind === 'category' && r.category)).toEqual(['c10', 'c11', 'c12', 'c13']);
    expect(rows[4]).toMatchObject({ kind: 'more', categories: 10, arrived: 10 });
    expect(rows[4].invited).toBe(many.slice(0, 10).reduce((n, c) => n + c.invited, 0));
    expect(rows[5]).toMatchObject({ kind: 'category', category: 'walk-in', arrived: 2 });
  });

  it('breaks ties by the import order, so the wall does not shuffle', () => {
    const rows = categoryRows(Array.from({ length: 8 }, (_, i) => cat(`c${i}`, 5, 0)), 4);
    expect(rows.map(r => (r.kind === 'category' ? r.category : `+${r.categories}`))).toEqual(['c0', 'c1', 'c2', '+5']);
  });
});

describe('knownCategory', () => {
  it('knows only the labels Live itself assigns', () => {
    expect(knownCategory('walk-in')).toBe('walkIn');
    expect(knownCategory('guest')).toBe('guest');
  });

  it('leaves the host\'s labels as typed, in any language', () => {
    expect(knownCategory('VIP')).toBeNull();
    expect(knownCategory('dealers')).toBeNull();
    expect(knownCategory('经销商')).toBeNull();
    expect(knownCategory('Platinum partner')).toBeNull();
    expect(knownCategory('toString')).toBeNull();
    expect(knownCategory('constructor')).toBeNull();
  });
});

describe('nameLength', () => {
  it('steps by width: a Chinese character is wider than a Latin letter', () => {
    expect(nameLength('张*')).toBe('short');
    expect(nameLength('L* W**')).toBe('short');
    expect(nameLength('J*** S***')).toBe('medium');
    expect(nameLength('欧阳娜娜')).toBe('short');
    expect(nameLength('爱新觉罗·溥仪')).toBe('medium');
    expect(nameLength('Anna-Katharina S****')).toBe('long');
    expect(nameLength('爱新觉罗·溥仪先生您好')).toBe('long');
  });
});
