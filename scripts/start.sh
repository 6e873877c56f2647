#!/usr/bin/env bash
# Sets Sieve up on a fresh machine and runs it on http://localhost:3000: Node 22, dependencies, the
# production build, then the server (embedded database, in-process cache and queue, local engine).
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
source scripts/node22.sh
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run -s build
exec npm start
