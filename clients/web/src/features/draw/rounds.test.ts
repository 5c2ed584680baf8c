import { describe, expect, it } from 'vitest';
import { batchSize, mergeRounds, newerDraw, newerRound, shortHash, sortTiers, waitingRound } from './rounds';
import { drawView, round, tier, winner } from './test-data';

describe('rounds', () => {
  it('keeps the copy of a round that is further along', () => {
    const armed = round(1);
    const drawn = round(1, { state: 'drawn', winners: [winner('a1')] });
    const absent = round(1, { state: 'drawn', winners: [winner('a1', 1, { absent: true })] });
    expect(newerRound(armed, drawn)).toBe(drawn);
    expect(newerRound(drawn, armed)).toBe(drawn);
    expect(newerRound(drawn, absent)).toBe(absent);
    expect(newerRound(absent, drawn)).toBe(absent);
    expect(newerRound(undefined, armed)).toBe(armed);
  });

  it('merges call answers into the pushed rounds, in round order', () => {
    const pushed = [round(1, { state: 'drawn' }), round(2)];
    const merged = mergeRounds(pushed, { 2: round(2, { state: 'drawn' }), 3: round(3), 1: round(1) });
    expect(merged.map(r => [r.number, r.state])).toEqual([[1, 'drawn'], [2, 'drawn'], [3, 'armed']]);
  });

  it('picks the newer draw view', () => {
    const a = drawView({ version: 3 });
    const b = drawView({ version: 4 });
    expect(newerDraw(a, b)).toBe(b);
    expect(newerDraw(b, a)).toBe(b);
    expect(newerDraw(null, a)).toBe(a);
    expect(newerDraw(a, null)).toBe(a);
  });

  it('sorts tiers by the host order', () => {
    expect(sortTiers([tier('t10', { order: 1 }), tier('t2', { order: 6 }), tier('t3', { order: 1 })]).map(t => t.id)).toEqual(['t3', 't10', 't2']);
  });

  it('finds the round waiting to be drawn', () => {
    const rounds = [round(1, { state: 'drawn' }), round(2, { tierId: 't2' }), round(3)];
    expect(waitingRound(rounds, 't1')?.number).toBe(3);
    expect(waitingRound(rounds, 't9')).toBeUndefined();
  });

  it('shortens a hash', () => {
    expect(shortHash('ae216c2e' + 'f'.repeat(48) + 'b7a612c9')).toBe('ae216c2e…b7a612c9');
    expect(shortHash('abc')).toBe('abc');
  });

  it('takes the open places as the batch size unless the host typed one', () => {
    expect(batchSize('', 450)).toBe(450);
    expect(batchSize(' 20 ', 450)).toBe(20);
    expect(batchSize('451', 450)).toBeNull();
    expect(batchSize('0', 450)).toBeNull();
    expect(batchSize('1.5', 450)).toBeNull();
    expect(batchSize('', 0)).toBeNull();
  });
});
