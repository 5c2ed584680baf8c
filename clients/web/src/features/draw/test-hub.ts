import { fakeInvoke } from '@live/shared/realtime/fake-hub';
import type { HubMethod } from '@live/shared/realtime/hub-methods';
import type { DrawView, RoundView, TierView } from '@live/shared/realtime/types';
import { drawView, round as makeRound, winner } from './test-data';

/**
 * A stub of the draw's hub methods, enough for component tests: SaveTier numbers tiers t1, t2…; DrawRound picks
 * a5, a3, a7… in that order; RevealRound reveals seed "0102". `fail` makes a method throw that code; any other method answers undefined.
 */
export function fakeDrawHub(tiers: TierView[] = [], fail: Partial<Record<HubMethod, string>> = {}) {
  let version = 1;
  const state = { tiers: [...tiers], rounds: [] as RoundView[] };
  const picks = ['a5', 'a3', 'a7', 'a9', 'a11'];
  const view = (): DrawView => drawView({ version, tiers: state.tiers, rounds: state.rounds });
  const put = (r: RoundView) => { state.rounds = state.rounds.filter(x => x.number !== r.number).concat(r); version++; return r; };
  const find = (n: number) => state.rounds.find(r => r.number === n)!;
  const invoke = fakeInvoke({
    SaveTier: req => {
      const saved: TierView = { ...req, id: req.id ?? `t${state.tiers.length + 1}`, won: 0, open: req.count };
      state.tiers = state.tiers.filter(t => t.id !== saved.id).concat(saved);
      version++;
      return view();
    },
    ArmRound: req => put(makeRound(state.rounds.length + 1, { tierId: req.tierId, count: req.count, replaces: req.replaces ?? null })),
    DrawRound: n => {
      const r = find(n);
      const used = state.rounds.flatMap(x => x.winners.map(w => w.entrantId));
      const winners = picks.filter(p => !used.includes(p)).slice(0, r.count).map(id => winner(id, r.number, { tierId: r.tierId }));
      return put({ ...r, state: 'drawn', entrants: 10, listHash: 'f'.repeat(64), winners });
    },
    RevealRound: n => put({ ...find(n), state: 'revealed', seed: '0102' }),
    MarkAbsent: ({ round, entrantId }) => {
      const r = find(round);
      return put({ ...r, winners: r.winners.map(w => (w.entrantId === entrantId ? { ...w, absent: true } : w)) });
    },
    SetDrawSettings: settings => { version++; return { ...view(), settings }; },
  }, fail);
  return { invoke, view };
}
