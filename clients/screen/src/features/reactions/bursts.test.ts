import { describe, expect, it } from 'vitest';
import { addBursts, burstSize, maxParticles, maxPerBurst, maxScale, particleMs, planBursts } from './bursts';

const fixed = () => 0.5;
const count = (bursts: { particles: unknown[] }[]) => bursts.reduce((n, b) => n + b.particles.length, 0);

describe('burstSize', () => {
  it('shows one emoji for one tap and about a dozen bigger ones for a hundred', () => {
    expect(burstSize(1)).toEqual({ count: 1, scale: 1 });
    expect(burstSize(100).count).toBe(12);
    expect(burstSize(100).scale).toBeGreaterThan(1.8);
    expect(burstSize(0).count).toBe(0);
  });

  it('grows monotonically and stays capped', () => {
    let previous = burstSize(1);
    for (let taps = 2; taps <= 100_000; taps = Math.ceil(taps * 1.3)) {
      const size = burstSize(taps);
      expect(size.count).toBeGreaterThanOrEqual(previous.count);
      expect(size.scale).toBeGreaterThanOrEqual(previous.scale);
      expect(size.count).toBeLessThanOrEqual(maxPerBurst);
      expect(size.scale).toBeLessThanOrEqual(maxScale);
      previous = size;
    }
    expect(burstSize(1_000_000)).toEqual({ count: maxPerBurst, scale: maxScale });
  });
});

describe('planBursts and addBursts', () => {
  it('plans one burst per reaction that was tapped', () => {
    const bursts = planBursts([{ emoji: '👍', total: 10, burst: 10 }, { emoji: '❤️', total: 3, burst: 0 }], 0, 0, 1, fixed);
    expect(bursts.map(b => b.emoji)).toEqual(['👍']);
    expect(bursts[0].particles).toHaveLength(burstSize(10).count);
  });

  it('never keeps more than the cap in the DOM at 10 big updates a second', () => {
    let bursts: ReturnType<typeof planBursts> = [];
    let id = 1;
    const counts = ['👍', '❤️', '🎉', '👏', '😂', '🔥', '😮', '💯'].map(emoji => ({ emoji, total: 0, burst: 5000 }));
    for (let t = 0; t < 10_000; t += 100) {
      const fresh = planBursts(counts, count(bursts), t, id, Math.random);
      id += 100;
      bursts = addBursts(bursts, fresh, t);
      expect(count(bursts)).toBeLessThanOrEqual(maxParticles);
    }
    // The newest update is always visible.
    expect(bursts.at(-1)!.particles.length).toBeGreaterThan(0);
  });

  it('drops particles once they finished rising', () => {
    const bursts = addBursts([], planBursts([{ emoji: '👍', total: 1, burst: 1 }], 0, 0, 1, fixed), 0);
    expect(count(bursts)).toBe(1);
    expect(addBursts(bursts, [], particleMs + 1000)).toEqual([]);
  });
});
