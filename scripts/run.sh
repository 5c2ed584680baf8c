#!/usr/bin/env bash
# Builds and runs Live on its embedded default: one process, grain state in data/live.db, no other server.
# Usage: bash scripts/run.sh            (listens on http://0.0.0.0:5080; open http://localhost:5080)
#        LIVE_URLS=http://127.0.0.1:6000 bash scripts/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
npm ci --no-audit --no-fund
npm run build
dotnet build server/Live.Server -c Release
urls="${LIVE_URLS:-http://0.0.0.0:5080}"
echo "Live is starting on $urls — open the console at http://localhost:${urls##*:}/"
# dotnet run starts in the project folder, so name the data folder explicitly: ./data of the repo.
exec dotnet run --project server/Live.Server -c Release --no-build -- --urls "$urls" --Live:DataDirectory="${LIVE_DATA:-$PWD/data}" "$@"
