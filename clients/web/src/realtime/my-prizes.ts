import type { LiveState, PrizeView } from '@live/shared/realtime/types';

/** This device's prizes as the server holds them (GetState().myPrizes), so a reload keeps the "you won" card. */
export const myPrizesFromState = (state: Pick<LiveState, 'myPrizes'>): PrizeView[] => [...(state.myPrizes ?? [])];

/**
 * Adds a prize from a myPrize event. The event and a GetState after a reconnect can both carry it, so the same
 * round of the same tier is kept once. Returns the same array when nothing changed.
 */
export function addPrize(list: PrizeView[], prize: PrizeView): PrizeView[] {
  return list.some(p => p.tierId === prize.tierId && p.round === prize.round) ? list : [...list, prize];
}
