import type { ReactionCount } from '@live/shared/realtime/types';

/**
 * How a burst of reaction taps looks, and a hard cap on what is in the DOM. Pure: randomness and the
 * clock come in as arguments.
 */
export const maxPerBurst = 12;
export const maxScale = 2;
/** Emojis on screen at once, across all bursts; at 10 updates/s the oldest make room for the newest. */
export const maxParticles = 90;
export const particleMs = 2800;

/** 1 tap → 1 emoji at normal size; 100 taps → 12 emojis at about double size. Log-scaled, never more. */
export function burstSize(burst: number): { count: number; scale: number } {
  if (!(burst > 0)) return { count: 0, scale: 1 };
  const count = Math.min(maxPerBurst, Math.max(1, Math.round(1 + 2.4 * Math.log(burst))));
  const scale = Math.min(maxScale, 1 + 0.5 * Math.log10(burst));
  return { count, scale: Math.round(scale * 100) / 100 };
}

export interface Particle {
  id: number; emoji: string; burstId: number; born: number;
  /** Start position across the bottom edge, in % of the width. */
  x: number;
  /** Sideways drift while rising, in % of the width. */
  drift: number;
  delay: number; scale: number;
}

export interface Burst { id: number; emoji: string; taps: number; particles: Particle[] }

/**
 * The particles for one reactions update. When the screen is already full, each burst gets a share of
 * the free room (at least one emoji per bursting reaction), and `addParticles` drops the oldest.
 */
export function planBursts(
  counts: readonly ReactionCount[], active: number, now: number, nextId: number, random: () => number = Math.random,
): Burst[] {
  const wanted = counts.filter(c => c.burst > 0).map(c => ({ c, size: burstSize(c.burst) }));
  const total = wanted.reduce((sum, w) => sum + w.size.count, 0);
  const free = Math.max(0, maxParticles - active);
  const share = total > free ? free / total : 1;
  let id = nextId;
  return wanted.map(({ c, size }, i) => {
    const burstId = id++;
    const count = Math.max(1, Math.floor(size.count * share));
    // Each reaction rises from its own stretch of the bottom edge, so two bursts do not pile up.
    const centre = ((i + 0.5) / wanted.length) * 70 + 15;
    const particles = Array.from({ length: count }, (_, k): Particle => ({
      id: id++, emoji: c.emoji, burstId, born: now,
      x: clamp(centre + (random() - 0.5) * 24, 2, 95),
      drift: Math.round((random() - 0.5) * 16 * 10) / 10,
      delay: Math.round(k * (600 / count) + random() * 120),
      scale: Math.round(size.scale * (0.8 + random() * 0.4) * 100) / 100,
    }));
    return { id: burstId, emoji: c.emoji, taps: c.burst, particles };
  });
}

/** Adds new bursts, drops finished particles and, past the cap, the oldest ones; empty bursts go. */
export function addBursts(bursts: readonly Burst[], fresh: readonly Burst[], now: number, cap = maxParticles): Burst[] {
  const alive = [...bursts, ...fresh]
    .map(b => ({ ...b, particles: b.particles.filter(p => now < p.born + p.delay + particleMs) }));
  let excess = alive.reduce((sum, b) => sum + b.particles.length, 0) - cap;
  const kept: Burst[] = [];
  for (const b of alive) {
    let particles = b.particles;
    if (excess > 0) {
      const drop = Math.min(excess, particles.length);
      particles = particles.slice(drop);
      excess -= drop;
    }
    if (particles.length > 0) kept.push(particles === b.particles ? b : { ...b, particles });
  }
  return kept;
}

const clamp = (v: number, lo: number, hi: number) => Math.round(Math.min(hi, Math.max(lo, v)) * 10) / 10;
