#!/usr/bin/env node
// Checks a lucky-draw proof exported by Live: node scripts/verify-draw.mjs proof.json
// Exit 0 when the seed matches its published hash and reproduces the list hash and the winners exactly.
import { readFileSync } from 'node:fs';
import { verifyProof } from '../clients/shared/src/draw/verify-draw.js';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/verify-draw.mjs proof.json');
  process.exit(2);
}
const proof = JSON.parse(readFileSync(file, 'utf8'));
const check = await verifyProof(proof);
console.log(`seed matches its hash:  ${check.seedMatches ? 'yes' : 'NO'}`);
console.log(`entrant list matches:   ${check.listMatches ? 'yes' : 'NO'}`);
if ((proof.version ?? 1) >= 2) console.log(`list sorted, no repeats: ${check.listCanonical ? 'yes' : 'NO'}`);
else console.log('proof version 1:        no count in the proof; checked for the winners it lists');
console.log(`winners reproduced:     ${check.winnersMatch ? 'yes' : 'NO'}  (${check.expected.join(', ')})`);
if ((proof.version ?? 1) >= 3) console.log(`nobody barred entered:  ${check.eligibilityRespected ? 'yes' : 'NO'}  (source ${proof.eligibility?.source}, ${proof.eligibility?.earlierWinners?.length ?? 0} earlier winners left out)`);
console.log(check.ok ? 'VERIFIED' : 'NOT VERIFIED');
process.exit(check.ok ? 0 : 1);
