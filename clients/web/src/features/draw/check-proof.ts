import { eligibilityRespected, listHash, sortIds, verifyProof, type DrawProof } from '@live/shared/draw/verify-draw.js';

/** Each check: true/false, or null when it cannot run yet (no seed before the reveal). */
export interface ProofChecks {
  seed: boolean | null;
  list: boolean;
  winners: boolean | null;
  /** Version 3 proofs: nobody excluded or already drawn held a ticket; null when the proof carries no rule. */
  eligibility: boolean | null;
  /** null: waiting for the seed (the list check has run). */
  ok: boolean | null;
  /** What the selection function gives, to show next to the published winners when they differ. */
  expected: string[];
}

/**
 * Runs the published checks (clients/shared/src/draw/verify-draw.js) in the browser. Before the reveal only the
 * list can be checked, so the verdict is pending rather than failed.
 */
export async function checkProof(proof: DrawProof): Promise<ProofChecks> {
  const eligibility = (proof.version ?? 1) >= 3 ? eligibilityRespected(proof) : null;
  if (!proof.seed) {
    const list = (await listHash(sortIds(proof.entrantIds))) === proof.listHash;
    return { seed: null, list, winners: null, eligibility, ok: list && eligibility !== false ? null : false, expected: [] };
  }
  try {
    const r = await verifyProof(proof);
    return { seed: r.seedMatches, list: r.listMatches && r.listCanonical, winners: r.winnersMatch, eligibility, ok: r.ok, expected: r.expected };
  } catch {
    return { seed: false, list: false, winners: false, eligibility, ok: false, expected: [] }; // a seed that is not hex
  }
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(x => typeof x === 'string');

/** Reads a pasted or downloaded proof; null when it is not JSON of the proof's shape (docs/DRAW-PROOF.md). */
export function parseProof(text: string): DrawProof | null {
  let value: unknown;
  try { value = JSON.parse(text); } catch { return null; }
  if (!value || typeof value !== 'object') return null;
  const p = value as Record<string, unknown>;
  const ok = Number.isInteger(p.round) && typeof p.tierId === 'string' && typeof p.seedHash === 'string'
    && (p.seed === null || p.seed === undefined || typeof p.seed === 'string') && typeof p.listHash === 'string'
    && isStrings(p.entrantIds) && isStrings(p.winners);
  return ok ? { round: p.round as number, tierId: p.tierId as string, seedHash: p.seedHash as string, seed: (p.seed as string | undefined) ?? null,
    listHash: p.listHash as string, entrantIds: p.entrantIds as string[], winners: p.winners as string[],
    // version 2 fields: dropping them would check a pasted proof by the weaker version 1 rules
    ...(Number.isInteger(p.version) ? { version: p.version as number } : {}),
    ...(Number.isInteger(p.count) ? { count: p.count as number } : {}),
    ...(typeof p.replaces === 'string' || p.replaces === null ? { replaces: p.replaces as string | null } : {}),
    // version 3: kept as pasted, so a rule missing or malformed fails the eligibility check rather than being skipped
    ...(p.eligibility !== undefined ? { eligibility: p.eligibility as DrawProof['eligibility'] } : {}) } : null;
}
