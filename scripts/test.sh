#!/usr/bin/env bash
# The whole test suite: unit, sandbox, database, server and browser tests, then every problem folder validated.
set -uo pipefail
cd "$(dirname "$0")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
bash scripts/install-prerequisites.sh

log=$(mktemp)
dotnet test MlJudge.sln -c Release 2>&1 | tee "$log"
tests_status=${PIPESTATUS[0]}

dotnet run -c Release --project src/MlJudge.Cli -- validate problems 2>&1 | tee -a "$log"
validate_status=${PIPESTATUS[0]}

bash scripts/lint-web.sh
lint_status=$?

# One closing line for the whole run: test cases plus validated problem folders.
passed=$(grep -oE 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -oE 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
problems_passed=$(grep -oE '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -1 | awk '{print $1}')
problems_failed=$(grep -oE '^[0-9]+ passed, [0-9]+ failed$' "$log" | tail -1 | awk '{print $3}')
rm -f "$log"
echo "$((passed + ${problems_passed:-0})) passed, $((failed + ${problems_failed:-0})) failed"
[ "$tests_status" -eq 0 ] && [ "$validate_status" -eq 0 ] && [ "$lint_status" -eq 0 ]
