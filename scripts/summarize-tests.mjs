// Sums the results every suite wrote (TRX from dotnet test, JSON from vitest, Playwright, the load-test smoke and the lint) and prints
// one closing line: "N passed, N failed". Exits 1 when anything failed or a suite wrote no results.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.artifacts/test-results';
let passed = 0, failed = 0, skipped = 0;
const seen = [];

const trxDir = join(dir, 'dotnet');
for (const file of existsSync(trxDir) ? readdirSync(trxDir).filter(f => f.endsWith('.trx')) : []) {
  const xml = readFileSync(join(trxDir, file), 'utf8');
  const counters = xml.match(/<Counters\b[^>]*>/)?.[0] ?? '';
  const n = name => Number(counters.match(new RegExp(`\\b${name}="(\\d+)"`))?.[1] ?? 0);
  passed += n('passed'); failed += n('failed') + n('error') + n('timeout') + n('aborted');
  skipped += n('notExecuted');
  seen.push(file);
}
for (const app of ['shared', 'web', 'screen']) {
  const file = join(dir, `vitest-${app}.json`);
  if (!existsSync(file)) { console.log(`missing results: vitest ${app}`); failed++; continue; }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  seen.push(`vitest-${app}`);
}
// The load-test smoke writes its own checks (loadtests/Live.LoadTests/Scenarios/Smoke.cs).
const smoke = join(dir, 'loadtest-smoke.json');
if (existsSync(smoke)) {
  const r = JSON.parse(readFileSync(smoke, 'utf8'));
  passed += r.passed; failed += r.failed;
  seen.push('loadtest-smoke');
} else { console.log('missing results: load-test smoke'); failed++; }
// ESLint over the front ends counts as one check: scripts/test.sh writes { passed, failed } for it.
const lint = join(dir, 'lint.json');
if (existsSync(lint)) {
  const r = JSON.parse(readFileSync(lint, 'utf8'));
  passed += r.passed; failed += r.failed;
  seen.push('lint');
} else { console.log('missing results: lint'); failed++; }
const e2e = join(dir, 'e2e.json');
if (existsSync(e2e)) {
  const s = JSON.parse(readFileSync(e2e, 'utf8')).stats;
  passed += s.expected + s.flaky; failed += s.unexpected; skipped += s.skipped;
  seen.push('e2e');
} else { console.log('missing results: browser e2e'); failed++; }

if (!seen.some(s => s.endsWith('.trx'))) { console.log('missing results: dotnet'); failed++; }
console.log(`suites: ${seen.join(', ')}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
