import type { DrawView, RoundView, TierView } from '@live/shared/realtime/types';

/** The round the screen shows: the newest one. */
export function currentRound(draw: DrawView | null): { round: RoundView; tier: TierView | undefined } | null {
  if (!draw || draw.rounds.length === 0) return null;
  const round = draw.rounds.reduce((a, b) => (b.number > a.number ? b : a));
  return { round, tier: draw.tiers.find(t => t.id === round.tierId) };
}

/** How big each winner's name may be: a few winners fill the wall, hundreds share it in a dense grid. */
export function winnerGrid(count: number): { size: 'hero' | 'large' | 'medium' | 'dense'; columns: number } {
  if (count <= 3) return { size: 'hero', columns: Math.max(1, count) };
  if (count <= 12) return { size: 'large', columns: 4 };
  if (count <= 40) return { size: 'medium', columns: 8 };
  return { size: 'dense', columns: Math.min(16, Math.ceil(Math.sqrt(count * 2.2))) };
}

/** "ae216c2e…" → "ae21 6c2e …" so a hash can be read aloud and compared by eye. */
export const groupHex = (hex: string) => hex.match(/.{1,8}/g)?.join(' ') ?? hex;

/** Faces for the drum roll: the names drawn before (already public) or masked placeholders, never this round's winners. */
export function rollFaces(draw: DrawView, round: RoundView, count = 24): string[] {
  const earlier = draw.rounds.filter(r => r.number !== round.number).flatMap(r => r.winners.map(w => w.name));
  const pool = earlier.length >= 6 ? earlier : ['张*', '王**', '李*', '陈**', '刘*', '杨**', '黄*', '赵**', '周*', 'J*** S****'];
  return Array.from({ length: count }, (_, i) => pool[i % pool.length]);
}
