import { describe, expect, it } from 'vitest';
import { nameMatcher, tablesMatching } from './table-search';
import { formedView } from './test-data';

describe("finding a person's table", () => {
  it('matches any part of a name in any case, and lists every table for an empty box', () => {
    const { tables } = formedView([2, 2, 2]);
    expect(nameMatcher('  ')).toBeNull();
    expect(tablesMatching(tables, null)).toBe(tables);
    expect(tablesMatching(tables, nameMatcher('NAME A5')).map(t => t.number)).toEqual([3]);
    expect(tablesMatching(tables, nameMatcher('a')).map(t => t.number)).toEqual([1, 2, 3]);
    expect(nameMatcher('伟')!('张伟')).toBe(true);
  });
});
