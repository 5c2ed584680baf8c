import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { below, drawWinners, eligibilityRespected, listHash, sha256Hex, sortIds, verifyProof } from './verify-draw.js';

// The same known answer as tests/Live.Domain.Tests/Draw/LuckyDrawTests.cs: the server and this verifier must agree.
const seed = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
const seedHex = Array.from(seed, b => b.toString(16).padStart(2, '0')).join('');
const ids = sortIds(['a1', 'a2', 'a3', 'a4', 'a5', 'a10', 'd:x']);

describe('the draw verifier', () => {
  it('reproduces the server known answer', async () => {
    expect(ids).toEqual(['a1', 'a10', 'a2', 'a3', 'a4', 'a5', 'd:x']);
    expect(await sha256Hex(seed)).toBe('ae216c2ef5247a3782c135efa279a3e4cdc61094270f5d2be58c6204b7a612c9');
    expect(await listHash(ids)).toBe('83c8a121b1dabb8f3101b75f064ca2c4e03cc7dc4ea51f36f095512461665875');
    expect(await drawWinners(seed, ids, 't1', 1, 3)).toEqual(['a5', 'a3', 'd:x']);
  });

  it('accepts the true proof and says which part of a changed one fails', async () => {
    const proof = {
      round: 1, tierId: 't1', seed: seedHex, entrantIds: ids, winners: ['a5', 'a3', 'd:x'],
      seedHash: 'ae216c2ef5247a3782c135efa279a3e4cdc61094270f5d2be58c6204b7a612c9',
      listHash: '83c8a121b1dabb8f3101b75f064ca2c4e03cc7dc4ea51f36f095512461665875',
    };
    expect((await verifyProof(proof)).ok).toBe(true);
    const swapped = await verifyProof({ ...proof, winners: ['a3', 'a5', 'd:x'] });
    expect([swapped.ok, swapped.winnersMatch, swapped.seedMatches]).toEqual([false, false, true]);
    expect((await verifyProof({ ...proof, entrantIds: ids.slice(1) })).listMatches).toBe(false);
    expect((await verifyProof({ ...proof, seed: null })).ok).toBe(false);
  });
});

// docs/draw-vectors: the full-length vectors of docs/DRAW-PROOF.md, also run by the C# DrawVectorsTests.
const vector = (name: string) => JSON.parse(readFileSync(new URL(`../../../../docs/draw-vectors/${name}`, import.meta.url), 'utf8'));

describe('the documented test vectors', () => {
  it.each(['small.json', 'small-v1.json', 'large.json', 'redraw.json', 'eligibility.json'])('%s verifies', async name => {
    const check = await verifyProof(vector(name));
    expect(check).toMatchObject({ seedMatches: true, listMatches: true, listCanonical: true, winnersMatch: true, eligibilityRespected: true, ok: true });
  });

  it('a version 3 proof with an earlier winner among its entrants fails only the eligibility check', async () => {
    const refused = vector('eligibility-refused.json');
    expect(refused.entrantIds).toContain('a7');
    expect(await verifyProof(refused)).toMatchObject({ seedMatches: true, listMatches: true, winnersMatch: true, eligibilityRespected: false, ok: false });
    const good = vector('eligibility.json');
    expect(eligibilityRespected({ ...good, eligibility: undefined })).toBe(false);
    expect(eligibilityRespected({ ...good, eligibility: { ...good.eligibility, exclude: [good.entrantIds[0]] } })).toBe(false);
    expect(eligibilityRespected({ ...good, replaces: 'a99' })).toBe(false);
  });

  it('a version 2 proof fails without a winner, with a repeated ticket or an unsorted list; version 1 could not tell', async () => {
    const large = vector('large.json');
    expect(large.entrantIds).toHaveLength(1002);
    expect((await verifyProof({ ...large, winners: large.winners.slice(0, -1) })).winnersMatch).toBe(false);
    expect((await verifyProof({ ...large, entrantIds: [...large.entrantIds, 'a1'] })).listCanonical).toBe(false);
    expect((await verifyProof({ ...large, entrantIds: [...large.entrantIds].reverse() })).ok).toBe(false);
    const v1 = vector('small-v1.json');
    expect((await verifyProof({ ...v1, winners: v1.winners.slice(0, -1) })).ok).toBe(true);
  });

  it('below() rejects numbers in the biased tail', async () => {
    for (const c of vector('below.json').cases) {
      const numbers = c.numbers.map((h: string) => BigInt(`0x${h}`));
      let taken = 0;
      const result = await below(() => numbers[taken++], BigInt(c.n));
      expect([result, taken]).toEqual([BigInt(c.result), c.taken]);
    }
  });
});
