#!/usr/bin/env bash
# Runs every check of the project: type check, format and lint, unit tests, a production build,
# the browser tests and a smoke run of the benchmark. Every step runs even after a failure, and
# the last line counts the results as "N passed, N failed, N skipped": each unit or browser test
# counts once, and so do the type check, the lint step, the build and the benchmark smoke run.
# Tests skip only when the raw source data is absent.
set -u
cd "$(dirname "$0")/.."

results="$(mktemp -d)"
passed=0
failed=0

count_step() {
  if [ "$1" -eq 0 ]; then passed=$((passed + 1)); else failed=$((failed + 1)); echo "FAILED: $2"; fi
}

echo "== type check (svelte-check)"
npm run --silent check
count_step $? "type check"

echo "== format and lint (prettier, eslint)"
npm run --silent lint
count_step $? "format and lint"

echo "== unit tests (vitest)"
npx vitest run --reporter=default --reporter=json --outputFile.json="$results/vitest.json"
unit_status=$?

echo "== production build"
npm run --silent build
build_status=$?
count_step $build_status "production build"

echo "== browser tests (playwright)"
e2e_status=1
if [ $build_status -ne 0 ]; then
  echo "Skipping the browser tests because the build failed."
elif bash scripts/ensure-chromium.sh; then
  PLAYWRIGHT_JSON_OUTPUT_NAME="$results/playwright.json" \
    npx playwright test --reporter=list,json
  e2e_status=$?
else
  echo "FAILED: no Chromium for the browser tests (see the message above)."
fi

echo "== benchmark smoke run (npm run bench -- --smoke)"
if [ $e2e_status -eq 0 ] || [ -f "$results/playwright.json" ]; then
  # The benchmark's servers sit ten ports above the browser tests' server.
  npx tsc -p scripts/bench/tsconfig.json &&
    BENCH_PORT="${BENCH_PORT:-$((${PW_PORT:-4173} + 10))}" npm run --silent bench -- --smoke
  count_step $? "benchmark smoke run"
else
  echo "Skipping the benchmark smoke run because the browser tests could not run."
  count_step 1 "benchmark smoke run"
fi

# Add the runners' own counts from their JSON reports.
read -r unit_passed unit_failed unit_skipped e2e_passed e2e_failed e2e_skipped < <(node -e '
  const fs = require("fs");
  const read = (file) => { try { return JSON.parse(fs.readFileSync(file, "utf8")); } catch { return null; } };
  const unit = read(process.argv[1]);
  const e2e = read(process.argv[2]);
  const unitPassed = unit ? unit.numPassedTests : 0;
  const unitFailed = unit ? unit.numFailedTests : 0;
  const unitSkipped = unit ? unit.numPendingTests + unit.numTodoTests : 0;
  const e2ePassed = e2e ? e2e.stats.expected + e2e.stats.flaky : 0;
  const e2eFailed = e2e ? e2e.stats.unexpected : 0;
  const e2eSkipped = e2e ? e2e.stats.skipped : 0;
  console.log(unitPassed, unitFailed, unitSkipped, e2ePassed, e2eFailed, e2eSkipped);
' "$results/vitest.json" "$results/playwright.json")

# A runner that crashed before writing its report still counts as one failure.
if [ $unit_status -ne 0 ] && [ "$unit_failed" -eq 0 ]; then unit_failed=1; fi
if [ $e2e_status -ne 0 ] && [ "$e2e_failed" -eq 0 ]; then e2e_failed=1; fi

passed=$((passed + unit_passed + e2e_passed))
failed=$((failed + unit_failed + e2e_failed))
skipped=$((unit_skipped + e2e_skipped))
rm -rf "$results"

echo "$passed passed, $failed failed, $skipped skipped"
[ "$failed" -eq 0 ]
