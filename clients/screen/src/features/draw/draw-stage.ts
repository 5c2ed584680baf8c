import type { DrawView, RoundView, TierView } from '@live/shared/realtime/types';

/** The round the screen shows: the newest one. */
export function currentRound(draw: DrawView | null): { round: RoundView; tier: TierView | undefined } | null {
  if (!draw || draw.rounds.length === 0) return null;
  const round = draw.rounds.reduce((a, b) => (b.number > a.number ? b : a));
  return { round, tier: draw.tiers.find(t => t.id === round.tierId) };
}

/** Most names one page of the wall shows; a bigger batch turns pages (10 rows of 10 stay readable at 720p). */
export const pageSize = 100;

/** How big each winner's name may be: a few winners fill the wall, a page of up to 100 shares it in rows of 10. */
export function winnerGrid(count: number): { size: 'hero' | 'large' | 'medium' | 'dense'; columns: number; rows: number } {
  const shown = Math.min(count, pageSize);
  const grid = (size: 'hero' | 'large' | 'medium' | 'dense', columns: number) => ({ size, columns, rows: Math.max(1, Math.ceil(shown / columns)) });
  if (count <= 3) return grid('hero', Math.max(1, count));
  if (count <= 12) return grid('large', 4);
  if (count <= 40) return grid('medium', 8);
  return grid('dense', 10);
}

/** The winners on page `page` (0-based) of a batch, and how many pages there are. */
export function winnerPage<T>(winners: T[], page: number): { items: T[]; pages: number; page: number } {
  const pages = Math.max(1, Math.ceil(winners.length / pageSize));
  const current = ((page % pages) + pages) % pages;
  return { items: winners.slice(current * pageSize, (current + 1) * pageSize), pages, page: current };
}

/** "ae216c2e…" → "ae21 6c2e …" so a hash can be read aloud and compared by eye. */
export const groupHex = (hex: string) => hex.match(/.{1,8}/g)?.join(' ') ?? hex;

/** Faces for the drum roll: the names drawn before (already public) or masked placeholders, never this round's winners. */
export function rollFaces(draw: DrawView, round: RoundView, count = 24): string[] {
  const earlier = draw.rounds.filter(r => r.number !== round.number).flatMap(r => r.winners.map(w => w.name));
  const pool = earlier.length >= 6 ? earlier : ['张*', '王**', '李*', '陈**', '刘*', '杨**', '黄*', '赵**', '周*', 'J*** S****'];
  return Array.from({ length: count }, (_, i) => pool[i % pool.length]);
}
