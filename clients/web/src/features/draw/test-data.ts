import { fromHex, listHash, sha256Hex, sortIds, type DrawProof } from '@live/shared/draw/verify-draw.js';
import type { DrawView, RoundView, TierView, WinnerView } from '@live/shared/realtime/types';

/** Fixtures for the draw tests. */
export const tier = (id: string, over: Partial<TierView> = {}): TierView => ({
  id, name: `Tier ${id}`, count: 3, order: 1, image: null, won: 0, open: 3,
  eligibility: { source: 'checkedIn', pollId: null, categories: [], include: [], exclude: [], tables: [] }, ...over,
});

export const winner = (entrantId: string, round = 1, over: Partial<WinnerView> = {}): WinnerView => ({
  entrantId, name: `Name ${entrantId}`, tierId: 't1', round, absent: false, ...over,
});

export const round = (number: number, over: Partial<RoundView> = {}): RoundView => ({
  number, tierId: 't1', count: 3, seedHash: 'ae216c2e' + '0'.repeat(48) + 'b7a612c9', seed: null, listHash: null,
  entrants: 0, winners: [], replaces: null, state: 'armed', roll: [], ...over,
});

export const drawView = (over: Partial<DrawView> = {}): DrawView => ({
  version: 1, settings: { allowRepeatWins: false, maskNames: true }, tiers: [tier('t1')], rounds: [], ...over,
});

/** The known answer of docs/DRAW-PROOF.md: seed 01…20, seven ids, tier t1, round 1 → a5, a3, d:x. */
export async function knownProof(): Promise<DrawProof> {
  const seed = Array.from({ length: 32 }, (_, i) => (i + 1).toString(16).padStart(2, '0')).join('');
  const entrantIds = sortIds(['a1', 'a2', 'a3', 'a4', 'a5', 'a10', 'd:x']);
  return { round: 1, tierId: 't1', seedHash: await sha256Hex(fromHex(seed) as Uint8Array<ArrayBuffer>), seed, listHash: await listHash(entrantIds), entrantIds, winners: ['a5', 'a3', 'd:x'] };
}

