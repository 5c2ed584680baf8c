import type { CategoryCount, CheckInView } from '@live/shared/realtime/types';

/** The category the server files walk-ins under (docs/API.md, "#### Check-in"). */
export const walkInCategory = 'walk-in';

/**
 * Attendance rate as a whole percent, or null when nobody is invited (there is no rate to show).
 * Rounded, except that it never reads 0% once someone has arrived nor 100% while someone is missing:
 * the wall must not contradict the counts beside it.
 */
export function attendancePercent(arrived: number, invited: number): number | null {
  if (invited <= 0) return null;
  const clamped = Math.min(Math.max(arrived, 0), invited);
  const percent = Math.round((clamped / invited) * 100);
  if (clamped > 0 && percent === 0) return 1;
  if (clamped < invited && percent === 100) return 99;
  return percent;
}

export interface WallTotals {
  /** The big number: invited people who arrived; with nobody invited, everyone who checked in. */
  arrived: number;
  /** null when nobody is invited: then there is no "of N" and no rate. */
  invited: number | null;
  rate: number | null;
  /** Walk-ins shown beside the totals; 0 when they are already the big number (nobody invited). */
  walkIns: number;
}

export function wallTotals(view: CheckInView | null): WallTotals {
  const invited = view?.invited ?? 0;
  const arrived = view?.arrived ?? 0;
  const walkIns = view?.walkIns ?? 0;
  if (invited <= 0) return { arrived: arrived + walkIns, invited: null, rate: null, walkIns: 0 };
  return { arrived, invited, rate: attendancePercent(arrived, invited), walkIns };
}

export type CategoryRow =
  | { kind: 'category'; category: string; invited: number; arrived: number; percent: number | null }
  | { kind: 'more'; categories: number; invited: number; arrived: number; percent: number | null };

/**
 * The categories the wall has room for, in the server's order (first seen in the import, walk-ins last).
 * Empty categories are left out. Past `limit` rows, the largest categories by invited count keep their
 * own row (so the wall stays stable: invited counts do not move during an event), walk-ins keep theirs,
 * and the rest are summed into one "n more" row placed before walk-ins.
 */
export function categoryRows(byCategory: readonly CategoryCount[], limit: number): CategoryRow[] {
  const present = byCategory.filter(c => c.invited > 0 || c.arrived > 0);
  const walkIn = present.find(c => c.category === walkInCategory);
  const listed = present.filter(c => c !== walkIn);
  const row = (c: CategoryCount): CategoryRow => ({ kind: 'category', ...c, percent: barPercent(c.arrived, c.invited) });
  if (present.length <= limit) return [...listed.map(row), ...(walkIn ? [row(walkIn)] : [])];

  const room = Math.max(0, limit - 1 - (walkIn ? 1 : 0));
  const kept = new Set(
    listed.map((c, index) => ({ c, index }))
      .sort((a, b) => b.c.invited - a.c.invited || b.c.arrived - a.c.arrived || a.index - b.index)
      .slice(0, room)
      .map(x => x.c),
  );
  const rest = listed.filter(c => !kept.has(c));
  const invited = sum(rest, c => c.invited);
  const arrived = sum(rest, c => c.arrived);
  return [
    ...listed.filter(c => kept.has(c)).map(row),
    { kind: 'more', categories: rest.length, invited, arrived, percent: barPercent(arrived, invited) },
    ...(walkIn ? [row(walkIn)] : []),
  ];
}

/** Width of a category's bar (arrived ÷ invited, 0–100); null when nobody in it was invited (walk-ins). */
function barPercent(arrived: number, invited: number): number | null {
  return invited > 0 ? Math.min(100, Math.max(0, (arrived / invited) * 100)) : null;
}

const sum = <T>(items: readonly T[], f: (item: T) => number) => items.reduce((n, item) => n + f(item), 0);

/** Characters that take a full em (CJK, kana, Hangul, full-width forms); everything else counts as 0.6 em. */
const wide = /[\u1100-\u115F\u2E80-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1FAFF}\u{20000}-\u{3FFFD}]/u;

/**
 * Font step for a name on the wall by its rough width in em, so a long name shrinks before it clips:
 * a tile holds about 5 em at full size. "张*" and "J*** S***" stay large; "Maximilian A*** v** H***" shrinks.
 */
export function nameLength(name: string): 'short' | 'medium' | 'long' {
  const em = [...name].reduce((n, ch) => n + (wide.test(ch) ? 1 : 0.6), 0);
  return em <= 5.2 ? 'short' : em <= 7 ? 'medium' : 'long';
}
