import type { DrawView, RoundState, RoundView, TierView } from '@live/shared/realtime/types';

const rank: Record<RoundState, number> = { armed: 0, drawn: 1, revealed: 2 };
const progress = (round: RoundView) => rank[round.state] * 100_000 + round.winners.filter(w => w.absent).length;

/**
 * A round only moves forward (armed → drawn → revealed, winners only ever marked absent), so of two copies the
 * one further along is the newer. Lets a call's answer show at once without waiting for the next pushed snapshot,
 * and an older push never undoes it.
 */
export function newerRound(a: RoundView | undefined, b: RoundView): RoundView {
  return !a || progress(b) >= progress(a) ? b : a;
}

/** The snapshot's rounds with the answers this console got since, by round number. */
export function mergeRounds(pushed: RoundView[], answered: Record<number, RoundView>): RoundView[] {
  const byNumber = new Map<number, RoundView>();
  for (const round of pushed) byNumber.set(round.number, round);
  for (const round of Object.values(answered)) byNumber.set(round.number, newerRound(byNumber.get(round.number), round));
  return [...byNumber.values()].sort((a, b) => a.number - b.number);
}

/** The newer of two whole draw views, by version. */
export const newerDraw = (a: DrawView | null, b: DrawView | null): DrawView | null =>
  !a ? b : !b ? a : b.version > a.version ? b : a;

/** Tiers in the host's order (then by id, so equal orders stay put). */
export const sortTiers = (tiers: TierView[]): TierView[] =>
  [...tiers].sort((a, b) => a.order - b.order || a.id.localeCompare(b.id, 'en', { numeric: true }));

/** The round of this tier that is armed and waiting to be drawn, if any (ArmRound would return it again). */
export const waitingRound = (rounds: RoundView[], tierId: string) =>
  rounds.find(r => r.tierId === tierId && r.state === 'armed');

/** "ae216c2e…b7a612c9": enough of a hash to compare aloud with the big screen. */
export const shortHash = (hash: string, keep = 8) => (hash.length <= keep * 2 + 1 ? hash : `${hash.slice(0, keep)}…${hash.slice(-keep)}`);

/**
 * The batch size to send: what the host typed, or the places still open. Returns null when it is not a whole
 * number from 1 to the open places (the server would say tier_full or invalid_tier).
 */
export function batchSize(typed: string, open: number): number | null {
  const text = typed.trim();
  const n = text === '' ? open : /^\d+$/.test(text) ? Number(text) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= open ? n : null;
}
