import { describe, expect, it } from 'vitest';
import { checkProof, parseProof } from './check-proof';
import { knownProof } from './test-data';

describe('checkProof', () => {
  it('verifies the documented known answer', async () => {
    const proof = await knownProof();
    expect(proof.seedHash.startsWith('ae216c2e')).toBe(true);
    expect(await checkProof(proof)).toEqual({ seed: true, list: true, winners: true, eligibility: null, ok: true, expected: ['a5', 'a3', 'd:x'] });
  });

  it('says which check fails', async () => {
    const proof = await knownProof();
    expect(await checkProof({ ...proof, winners: ['a3', 'a5', 'd:x'] })).toMatchObject({ seed: true, list: true, winners: false, ok: false });
    expect(await checkProof({ ...proof, entrantIds: [...proof.entrantIds, 'a6'] })).toMatchObject({ list: false, ok: false });
    expect(await checkProof({ ...proof, seedHash: '0'.repeat(64) })).toMatchObject({ seed: false, ok: false });
    expect(await checkProof({ ...proof, seed: 'zz' })).toMatchObject({ ok: false });
  });

  it('checks only the list before the seed is revealed', async () => {
    const proof = { ...(await knownProof()), seed: null };
    expect(await checkProof(proof)).toEqual({ seed: null, list: true, winners: null, eligibility: null, ok: null, expected: [] });
    expect((await checkProof({ ...proof, listHash: 'x' })).ok).toBe(false);
  });
});

describe('parseProof', () => {
  it('reads a proof and refuses anything else', async () => {
    const proof = await knownProof();
    expect(parseProof(JSON.stringify(proof))).toEqual(proof);
    expect(parseProof(JSON.stringify({ ...proof, seed: undefined }))?.seed).toBeNull();
    expect(parseProof('{')).toBeNull();
    expect(parseProof('null')).toBeNull();
    expect(parseProof(JSON.stringify({ ...proof, winners: [1] }))).toBeNull();
    expect(parseProof(JSON.stringify({ ...proof, round: '1' }))).toBeNull();
  });
});
