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

/** "ae216c2e9f…" → ["ae216c2e", "9f…"]: groups of eight, so a hash can be read aloud and compared by eye. */
export const hexGroups = (hex: string) => hex.match(/.{1,8}/g) ?? [];

/** The groups joined by spaces. */
export const groupHex = (hex: string) => hexGroups(hex).join(' ') || hex;

/**
 * Faces for the drum roll: the names the server picked for this round (its eligible entrants who did not win, masked
 * like the winners), repeated to fill a few rows. Nobody else: no earlier winners, no placeholders.
 */
export function rollFaces(round: RoundView, count = 24): string[] {
  const pool = round.roll ?? [];
  if (pool.length === 0) return [];
  return Array.from({ length: Math.min(count, Math.max(pool.length, 12)) }, (_, i) => pool[i % pool.length]);
}

/**
 * How the winners land: a round of one winner (一等奖, or a redraw of one place) gets the full-screen reveal, every
 * other round the grid (up to three as hero cards).
 */
export const stageLayout = (round: RoundView): 'reveal' | 'grid' =>
  round.count === 1 && round.winners.length === 1 ? 'reveal' : 'grid';

/**
 * A name's width in ems, roughly: a CJK or full-width character is one em, anything else about 0.62. The reveal
 * sizes the name so the widest fits the screen's width and a short one is as big as the height allows.
 */
export function nameEms(name: string): number {
  let ems = 0;
  for (const ch of name) ems += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]|[\u{20000}-\u{3fffd}]/u.test(ch) ? 1 : 0.62;
  return Math.max(1, ems);
}
