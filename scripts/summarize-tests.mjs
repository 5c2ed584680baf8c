// Sums the results every suite wrote (TRX from dotnet test, JSON from vitest, Playwright, the load-test smoke and the lint) and prints
// one closing line: "N passed, N failed". Exits 1 when anything failed or a suite wrote no results.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.artifacts/test-results';
let passed = 0, failed = 0, skipped = 0;
const seen = [];
// Names of what failed, printed just above the closing line: CI keeps only the tail of a log.
const failures = [];
const firstLine = text => (text ?? '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&').trim().split('\n')[0].slice(0, 300);

const trxDir = join(dir, 'dotnet');
for (const file of existsSync(trxDir) ? readdirSync(trxDir).filter(f => f.endsWith('.trx')) : []) {
  const xml = readFileSync(join(trxDir, file), 'utf8');
  const counters = xml.match(/<Counters\b[^>]*>/)?.[0] ?? '';
  const n = name => Number(counters.match(new RegExp(`\\b${name}="(\\d+)"`))?.[1] ?? 0);
  passed += n('passed'); failed += n('failed') + n('error') + n('timeout') + n('aborted');
  skipped += n('notExecuted');
  for (const m of xml.matchAll(/<UnitTestResult\b[^>]*\btestName="([^"]*)"[^>]*\boutcome="(?:Failed|Error|Timeout|Aborted)"[^>]*>([\s\S]*?)<\/UnitTestResult>/g)) {
    // The frames that say where: the first in Live's own code and the innermost (CI keeps only the tail of a log,
    // and a bare NullReferenceException says nothing without them).
    const frames = (m[2].match(/<StackTrace>([\s\S]*?)<\/StackTrace>/)?.[1] ?? '').split('\n').map(l => l.trim()).filter(l => l.startsWith('at '));
    const where = [...new Set([frames[0], frames.find(l => / Live\./.test(l))].filter(Boolean))].map(l => l.slice(0, 240)).join(' | ');
    failures.push(`dotnet: ${firstLine(m[1])}: ${firstLine(m[2].match(/<Message>([\s\S]*?)<\/Message>/)?.[1])}${where ? ` [${where}]` : ''}`);
  }
  seen.push(file);
}
for (const app of ['shared', 'web', 'screen']) {
  const file = join(dir, `vitest-${app}.json`);
  if (!existsSync(file)) { console.log(`missing results: vitest ${app}`); failed++; continue; }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests; failed += r.numFailedTests; skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  for (const f of r.testResults ?? []) for (const t of f.assertionResults ?? []) {
    if (t.status === 'failed') failures.push(`vitest ${app}: ${t.fullName}: ${firstLine(t.failureMessages?.[0])}`);
  }
  seen.push(`vitest-${app}`);
}
// The load-test smoke writes its own checks (loadtests/Live.LoadTests/Scenarios/Smoke.cs).
const smoke = join(dir, 'loadtest-smoke.json');
if (existsSync(smoke)) {
  const r = JSON.parse(readFileSync(smoke, 'utf8'));
  passed += r.passed; failed += r.failed;
  for (const c of r.checks ?? []) if (!c.passed) failures.push(`load-test smoke: ${c.name}: ${c.detail}`);
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
  const report = JSON.parse(readFileSync(e2e, 'utf8'));
  const s = report.stats;
  const walk = suite => {
    for (const spec of suite.specs ?? []) if (!spec.ok) {
      const error = spec.tests?.flatMap(t => t.results ?? []).find(r => r.error)?.error?.message;
      failures.push(`e2e: ${spec.file}: ${spec.title}: ${firstLine(error?.replace(/\u001b\[[0-9;]*m/g, ''))}`);
    }
    for (const child of suite.suites ?? []) walk(child);
  };
  for (const suite of report.suites ?? []) walk(suite);
  passed += s.expected + s.flaky; failed += s.unexpected; skipped += s.skipped;
  seen.push('e2e');
} else { console.log('missing results: browser e2e'); failed++; }

if (!seen.some(s => s.endsWith('.trx'))) { console.log('missing results: dotnet'); failed++; }
for (const f of failures.slice(0, 30)) console.log(`FAILED ${f}`);
if (failures.length > 30) console.log(`... and ${failures.length - 30} more`);
console.log(`suites: ${seen.join(', ')}`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
