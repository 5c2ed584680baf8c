import { describe, expect, it } from 'vitest';
import { formatMean, formatScore, npsSplit, ratingVariantOf, scalePoints } from './rating';

describe('rating scales', () => {
  it('has the points of each variant, lowest first', () => {
    expect(scalePoints('stars5')).toEqual([1, 2, 3, 4, 5]);
    expect(scalePoints('scale10')).toHaveLength(10);
    expect(scalePoints('nps')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('reads a missing or unknown variant as five stars', () => {
    expect(ratingVariantOf(null)).toBe('stars5');
    expect(ratingVariantOf('nps')).toBe('nps');
    expect(ratingVariantOf('stars7')).toBe('stars5');
  });

  it('splits an NPS distribution into promoters, passives and detractors', () => {
    // 0..10: two detractors (3, 6), one passive (8), three promoters (9, 10, 10)
    const split = npsSplit([0, 0, 0, 1, 0, 0, 1, 0, 1, 1, 2]);
    expect(split).toEqual({ promoters: 50, passives: 17, detractors: 33, score: 17 });
    expect(npsSplit(new Array(11).fill(0)).score).toBe(0);
  });

  it('formats means and scores', () => {
    expect(formatMean(4.25, 3)).toBe('4.3');
    expect(formatMean(null, 0)).toBe('—');
    expect(formatScore(32)).toBe('+32');
    expect(formatScore(-15)).toBe('−15');
    expect(formatScore(0)).toBe('0');
  });
});
