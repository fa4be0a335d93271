#!/usr/bin/env bash
# ESLint over the UI sources (flat config in src/MlJudge.Web/eslint.config.js). Kept out of `dotnet build`,
# which stays fast; scripts/test.sh (CI) runs it. Assumes node_modules from the build's `npm ci`.
set -euo pipefail
cd "$(dirname "$0")/../src/MlJudge.Web"
[ -d node_modules ] || npm ci --no-audit --no-fund
npm run --silent lint
