// The lucky draw's published selection function (docs/DRAW-PROOF.md), in plain JavaScript so the same file
// runs in the browser's verification page and as `node scripts/verify-draw.mjs proof.json`. Web Crypto only.

const encoder = new TextEncoder();
const TWO_64 = 1n << 64n;

const hex = bytes => [...new Uint8Array(bytes)].map(b => b.toString(16).padStart(2, '0')).join('');

export function fromHex(text) {
  if (!/^([0-9a-f]{2})*$/i.test(text)) throw new Error('not hex');
  return new Uint8Array(text.match(/../g)?.map(h => parseInt(h, 16)) ?? []);
}

export const sha256Hex = async bytes => hex(await crypto.subtle.digest('SHA-256', bytes));

/** Sorted by UTF-16 code unit order (like C#'s ordinal), without duplicates. */
export const sortIds = ids => [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

export const listHash = sortedIds => sha256Hex(encoder.encode(sortedIds.join('\n')));

/** HMAC-SHA256 in counter mode, read as unsigned 64-bit big-endian numbers. */
async function randomStream(seed, tierId, round) {
  const key = await crypto.subtle.importKey('raw', seed, { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  let block = new DataView(new ArrayBuffer(0));
  let offset = 0;
  let counter = 0;
  return async function next() {
    if (offset === block.byteLength) {
      block = new DataView(await crypto.subtle.sign('HMAC', key, encoder.encode(`${tierId}\n${round}\n${counter++}`)));
      offset = 0;
    }
    const x = block.getBigUint64(offset, false);
    offset += 8;
    return x;
  };
}

/**
 * A number below n (a BigInt) from the numbers `next` gives (BigInts, possibly async): one at or above
 * 2^64 − (2^64 mod n) is rejected and the next one taken, so no result is favoured; the result is x mod n.
 */
export async function below(next, n) {
  const excess = TWO_64 % n;
  for (;;) {
    const x = await next();
    if (x < TWO_64 - excess) return x % n;
  }
}

/** The winners, in the order they were drawn. */
export async function drawWinners(seed, sortedIds, tierId, round, count) {
  const pool = [...sortedIds];
  const next = await randomStream(seed, tierId, round);
  const take = Math.min(count, pool.length);
  for (let k = 0; k < take; k++) {
    const j = k + Number(await below(next, BigInt(pool.length - k)));
    [pool[k], pool[j]] = [pool[j], pool[k]];
  }
  return pool.slice(0, take);
}

/**
 * Version 3's eligibility check, which needs no seed: no entrant is on the exclude list or among the earlier
 * winners left out, and a redraw's `replaces` is one of those earlier winners. True for proofs before version 3,
 * which carry no eligibility (there is nothing to check).
 */
export function eligibilityRespected(proof) {
  if ((proof.version ?? 1) < 3) return true;
  const e = proof.eligibility;
  if (!e || !Array.isArray(e.exclude) || !Array.isArray(e.earlierWinners)) return false;
  const barred = new Set([...e.exclude, ...e.earlierWinners]);
  return !proof.entrantIds.some(id => barred.has(id)) && (proof.replaces == null || e.earlierWinners.includes(proof.replaces));
}

/**
 * Checks a proof: the seed matches the hash shown before the round, the list matches its hash, and the function
 * gives exactly these winners. From version 2 the list must also arrive sorted without duplicates (one ticket
 * each), and the winners are the function's for the proof's `count`; a version 1 proof (no `version`) has no count,
 * so its winners' number is used. From version 3 the eligibility check must pass too. Returns each check so a page
 * can say which one failed.
 */
export async function verifyProof(proof) {
  const v2 = (proof.version ?? 1) >= 2;
  const countKnown = !v2 || (Number.isInteger(proof.count) && proof.count > 0);
  const eligible = eligibilityRespected(proof);
  if (!proof.seed) return { seedMatches: false, listMatches: false, listCanonical: false, winnersMatch: false, eligibilityRespected: eligible, ok: false, expected: [] };
  const seed = fromHex(proof.seed);
  const ids = sortIds(proof.entrantIds);
  const seedMatches = (await sha256Hex(seed)) === proof.seedHash;
  const listMatches = (await listHash(ids)) === proof.listHash;
  const listCanonical = !v2 || (ids.length === proof.entrantIds.length && ids.every((id, i) => id === proof.entrantIds[i]));
  const expected = countKnown ? await drawWinners(seed, ids, proof.tierId, proof.round, v2 ? proof.count : proof.winners.length) : [];
  const winnersMatch = countKnown && expected.length === proof.winners.length && expected.every((id, i) => id === proof.winners[i]);
  const ok = seedMatches && listMatches && listCanonical && winnersMatch && eligible;
  return { seedMatches, listMatches, listCanonical, winnersMatch, eligibilityRespected: eligible, ok, expected };
}
