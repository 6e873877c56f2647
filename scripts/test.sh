#!/usr/bin/env bash
# The whole test suite: lint (layering, dead exports, folder cycles), unit, integration (real PostgreSQL + Redis), then the deployment topology and
# end-to-end in Chromium, both against the production build.
set -euo pipefail
cd "$(dirname "$0")/.."
export NEXT_TELEMETRY_DISABLED=1
source scripts/node22.sh
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run -s db:generate >/dev/null
npm run -s lint
npx vitest run
npm run -s build
# nginx + 2 web instances (the build just made) + 2 workers, with processes killed mid-run.
npm run -s test:topology
npx playwright test
