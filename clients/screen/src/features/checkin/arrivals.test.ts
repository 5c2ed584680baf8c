import { describe, expect, it } from 'vitest';
import type { Arrival } from '@live/shared/realtime/types';
import { maxStaggerMs, nextWall, sameArrivals, staggerMs, type Wall } from './arrivals';

const a = (id: number, name = `P${id}`): Arrival => ({ personId: `a${id}`, name, category: 'guest', at: `2026-11-22T09:${String(id).padStart(2, '0')}:00Z` });
/** Newest first, as the server sends `recent`. */
const recent = (...ids: number[]) => ids.map(id => a(id));
const ids = (wall: Wall) => wall.entries.map(e => e.arrival.personId);
const delays = (wall: Wall) => wall.entries.map(e => e.enter?.delayMs ?? null);

describe('nextWall', () => {
  it('shows what was there when the wall opened without flying anything in', () => {
    const wall = nextWall(null, recent(3, 2, 1), 21);
    expect(ids(wall)).toEqual(['a3', 'a2', 'a1']);
    expect(delays(wall)).toEqual([null, null, null]);
  });

  it('flies in only the people it had not seen, by personId', () => {
    const first = nextWall(null, recent(2, 1), 21);
    const second = nextWall(first, recent(3, 2, 1), 21);
    expect(delays(second)).toEqual([0, null, null]);
    expect(second.entries[1]).toBe(first.entries[0]); // unchanged entries are kept as they are
  });

  it('flies a batch in oldest first, newest last', () => {
    const wall = nextWall(nextWall(null, recent(1), 21), recent(4, 3, 2, 1), 21);
    expect(delays(wall)).toEqual([2 * staggerMs, staggerMs, 0, null]);
  });

  it('spreads a big batch over a bounded time', () => {
    const many = Array.from({ length: 30 }, (_, i) => 30 - i);
    const wall = nextWall(nextWall(null, [], 21), recent(...many), 21);
    expect(wall.entries).toHaveLength(21);
    const ds = delays(wall) as number[];
    expect(Math.max(...ds)).toBeLessThanOrEqual(maxStaggerMs);
    expect(ds).toEqual([...ds].sort((x, y) => y - x)); // the newest (first) comes last
  });

  it('keeps an entrance once given, so a later snapshot does not restart it', () => {
    const w1 = nextWall(null, recent(1), 21);
    const w2 = nextWall(w1, recent(3, 2, 1), 21);
    const w3 = nextWall(w2, recent(4, 3, 2, 1), 21);
    expect(delays(w3)).toEqual([0, staggerMs, 0, null]);
    expect(w3.entries[1]).toBe(w2.entries[0]);
  });

  it('keeps at most cap names', () => {
    expect(nextWall(null, recent(...Array.from({ length: 30 }, (_, i) => 30 - i)), 21).entries).toHaveLength(21);
  });

  it('does not fly in someone known but hidden who moves up into view', () => {
    // The server sends 30; the wall shows 3. An undo removes a3, so a0 moves up into view: not a new arrival.
    const w1 = nextWall(null, recent(4, 3, 2, 1, 0), 3);
    const w2 = nextWall(w1, recent(4, 2, 1, 0), 3);
    expect(ids(w2)).toEqual(['a4', 'a2', 'a1']);
    expect(delays(w2)).toEqual([null, null, null]);
  });

  it('flies in again someone whose check-in was undone and who checked in again', () => {
    const w1 = nextWall(null, recent(2, 1), 21);
    const w2 = nextWall(w1, recent(1), 21);
    const w3 = nextWall(w2, [{ ...a(2), at: '2026-11-22T10:00:00Z' }, a(1)], 21);
    expect(delays(w3)).toEqual([0, null]);
  });

  it('takes a changed name (masking switched on) but keeps the entrance', () => {
    const w1 = nextWall(nextWall(null, [], 21), [a(1, '张三丰')], 21);
    const w2 = nextWall(w1, [a(1, '张**')], 21);
    expect(w2.entries[0].arrival.name).toBe('张**');
    expect(w2.entries[0].enter).toBe(w1.entries[0].enter);
  });

  it('shows a person once even if a list repeats them', () => {
    expect(ids(nextWall(null, [a(1), a(1), a(2)], 21))).toEqual(['a1', 'a2']);
  });
});

describe('sameArrivals', () => {
  it('compares people, names and order, not identity', () => {
    expect(sameArrivals(recent(2, 1), recent(2, 1))).toBe(true);
    expect(sameArrivals(recent(2, 1), recent(1, 2))).toBe(false);
    expect(sameArrivals([a(1, '张三')], [a(1, '张*')])).toBe(false);
    expect(sameArrivals(recent(1), recent(1, 0))).toBe(false);
  });
});
