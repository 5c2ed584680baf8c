import { vi } from 'vitest';
import type { DrawView, RoundView, TierRequest, TierView } from '@live/shared/realtime/types';
import type { Invoke } from '@live/shared/hooks/use-hub-action';
import { drawView, round as makeRound, winner } from './test-data';

export interface ArmRequestLike { tierId: string; count: number; replaces?: string }

/**
 * A stub of the draw's hub methods, enough for component tests: SaveTier numbers tiers t1, t2…; DrawRound picks
 * a5, a3, a7… in that order; RevealRound reveals seed "0102". `fail` makes a method throw that code.
 */
export function fakeDrawHub(tiers: TierView[] = [], fail: Record<string, string> = {}) {
  let version = 1;
  const state = { tiers: [...tiers], rounds: [] as RoundView[] };
  const picks = ['a5', 'a3', 'a7', 'a9', 'a11'];
  const view = (): DrawView => drawView({ version, tiers: state.tiers, rounds: state.rounds });
  const put = (r: RoundView) => { state.rounds = state.rounds.filter(x => x.number !== r.number).concat(r); version++; return r; };
  const find = (n: number) => state.rounds.find(r => r.number === n)!;
  const invoke = vi.fn(async (method: string, arg: unknown): Promise<unknown> => {
    if (fail[method]) throw new Error(`HubException: ${fail[method]}`);
    switch (method) {
      case 'SaveTier': {
        const req = arg as TierRequest;
        const saved: TierView = { ...req, id: req.id ?? `t${state.tiers.length + 1}`, won: 0, open: req.count };
        state.tiers = state.tiers.filter(t => t.id !== saved.id).concat(saved);
        version++;
        return view();
      }
      case 'ArmRound': {
        const req = arg as ArmRequestLike;
        return put(makeRound(state.rounds.length + 1, { tierId: req.tierId, count: req.count, replaces: req.replaces ?? null }));
      }
      case 'DrawRound': {
        const r = find(arg as number);
        const used = state.rounds.flatMap(x => x.winners.map(w => w.entrantId));
        const winners = picks.filter(p => !used.includes(p)).slice(0, r.count).map(id => winner(id, r.number, { tierId: r.tierId }));
        return put({ ...r, state: 'drawn', entrants: 10, listHash: 'f'.repeat(64), winners });
      }
      case 'RevealRound': return put({ ...find(arg as number), state: 'revealed', seed: '0102' });
      case 'MarkAbsent': {
        const { round, entrantId } = arg as { round: number; entrantId: string };
        const r = find(round);
        return put({ ...r, winners: r.winners.map(w => (w.entrantId === entrantId ? { ...w, absent: true } : w)) });
      }
      case 'SetDrawSettings': version++; return { ...view(), settings: arg };
      default: throw new Error(`HubException: bad_request`);
    }
  });
  return { invoke: invoke as unknown as Invoke & typeof invoke, view };
}
