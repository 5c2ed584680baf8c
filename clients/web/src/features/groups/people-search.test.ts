import { describe, expect, it } from 'vitest';
import type { RosterEntry } from '@live/shared/realtime/types';
import { candidatesFor } from './people-search';
import { formedView, member, table } from './test-data';

const entry = (id: string, name: string, arrived = true): RosterEntry => ({
  id, name, phone: null, company: 'Acme', category: 'guest', seat: null, arrivedAt: arrived ? '2025-05-20T06:00:00Z' : null, channel: null, deviceId: null,
});

describe('the keep-apart people search', () => {
  it('finds nobody for an empty box', () => {
    expect(candidatesFor('  ', [entry('a1', 'Li Lei')], formedView([2]).tables, new Set())).toEqual([]);
  });

  it('lists the check-in list first, then phones seated at the tables by name, each once, and not those already in the set', () => {
    const tables = [table(1, [member('a1', { name: 'Li Lei' }), member('d:abc', { name: 'Lily' }), member('a2', { name: 'Wang' })])];
    const found = candidatesFor('li', [entry('a1', 'Li Lei'), entry('a9', 'Lin Tao', false)], tables, new Set(['a9']));
    expect(found).toEqual([
      { id: 'a1', name: 'Li Lei', company: 'Acme', arrived: true },
      { id: 'd:abc', name: 'Lily', company: null, arrived: null },
    ]);
    expect(candidatesFor('lin', [entry('a9', 'Lin Tao', false)], [], new Set())[0].arrived).toBe(false);
  });

  it('offers at most the limit', () => {
    expect(candidatesFor('name', null, formedView([8, 8]).tables, new Set(), 5)).toHaveLength(5);
  });
});
