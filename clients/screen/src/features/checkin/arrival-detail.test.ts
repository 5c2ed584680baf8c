import { describe, expect, it } from 'vitest';
import type { Arrival } from '@live/shared/realtime/types';
import { arrivalDetail } from './arrival-detail';

const song = (company: string | null | undefined): Arrival => ({ personId: 'a1', name: '宋*', category: 'VIP', at: '2026-11-22T09:00:00Z', company });

describe('arrivalDetail', () => {
  it('shows the company under "company", else the category', () => {
    expect(arrivalDetail(song('上海汽车'), 'company')).toEqual({ kind: 'company', company: '上海汽车' });
    expect(arrivalDetail(song(null), 'company')).toEqual({ kind: 'category', category: 'VIP' });
    expect(arrivalDetail(song('  '), 'company')).toEqual({ kind: 'category', category: 'VIP' });
  });

  it('shows the category under "category", nothing under "none", whatever the arrival carries', () => {
    expect(arrivalDetail(song('上海汽车'), 'category')).toEqual({ kind: 'category', category: 'VIP' });
    expect(arrivalDetail(song('上海汽车'), 'none')).toBeNull();
  });

  it('shows the category when the server predates the setting', () => {
    expect(arrivalDetail(song(undefined), undefined)).toEqual({ kind: 'category', category: 'VIP' });
  });
});
