#!/usr/bin/env bash
# Runs every test of Live: .NET (domain, grains, server + real SignalR/SQLite/Redis, a 3-node cluster behind nginx), the load-test smoke,
# ESLint, vitest (both front ends) and the browser end-to-end tests in Debian's Chromium. Installs what it needs. Ends with "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
results=.artifacts/test-results
rm -rf "$results" && mkdir -p "$results"
status=0
step() { echo; echo "== $*"; }

step "system packages"
bash scripts/ensure-system-packages.sh || status=1

step "npm ci"
npm ci --no-audit --no-fund || status=1

step "front-end builds (type-check + vite)"
npm run build || status=1

step "lint (ESLint over the front ends' sources; counted as one check in the summary)"
if npm run lint; then lint_failed=0; else lint_failed=1; status=1; fi
echo "{\"passed\": $((1 - lint_failed)), \"failed\": $lint_failed}" > "$results/lint.json"

step ".NET build"
dotnet build Live.sln -c Release -nologo -v quiet || status=1

step ".NET tests"
dotnet test Live.sln -c Release --no-build -nologo \
  --logger "trx" --results-directory "$results/dotnet" || status=1

step "load-test smoke (correctness only: 0 lost, 0 duplicated, exact tallies and reaction totals)"
dotnet loadtests/Live.LoadTests/bin/Release/net10.0/Live.LoadTests.dll smoke --checks "$results/loadtest-smoke.json" || status=1

step "vitest"
for app in shared web screen; do
  (cd "clients/$app" && npx vitest run --reporter=default --reporter=json --outputFile="../../$results/vitest-$app.json") || status=1
done

step "browser end-to-end (Chromium)"
(cd tests/e2e && npx playwright test) || status=1

step "summary"
node scripts/summarize-tests.mjs "$results" || status=1
exit $status
