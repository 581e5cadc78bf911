#!/usr/bin/env bash
# The single test command (`npm test`): install, start a throwaway PostgreSQL, then check formatting, typecheck, lint, build and test
# every workspace package with turbo. Every phase runs even when an earlier one fails, so one run reports everything;
# the exit status is non-zero when any step failed.
#
# Environment:
#   TEST_PG_URL   use this PostgreSQL instead of starting the throwaway cluster (e.g. a CI service container)
#   PG_TEST_PORT  port of the throwaway cluster (default 55432)
#   FAKETIME_SHIFT  run the test and browser phases with the machine's clock moved (e.g. +30d, +365d; needs faketime),
#                 to show that no test depends on the day it runs (docs/operations.md, "The clock")
set -euo pipefail

cd "$(dirname "$0")/.."

export TURBO_TELEMETRY_DISABLED=1
export DO_NOT_TRACK=1

PNPM_VERSION=10.34.9
if command -v pnpm >/dev/null 2>&1; then
  PNPM=(pnpm)
else
  PNPM=(npx -y "pnpm@$PNPM_VERSION")
fi

started_at=$SECONDS
declare -a passed=() failed=()

section() { printf '\n=== %s\n' "$*"; }

# Runs a named step, recording the outcome without stopping the script.
step() {
  local name="$1"; shift
  section "$name"
  local t0=$SECONDS
  if "$@"; then
    passed+=("$name")
    printf -- '--- %s passed (%ss)\n' "$name" "$((SECONDS - t0))"
  else
    failed+=("$name")
    printf -- '--- %s FAILED (%ss)\n' "$name" "$((SECONDS - t0))"
  fi
}

join() { local IFS=,; echo "$*" | sed 's/,/, /g'; }

summary() {
  local total=$((SECONDS - started_at))
  echo
  if [ "${#failed[@]}" -eq 0 ]; then
    echo "test-all: PASSED ($(join "${passed[@]}")) in ${total}s"
  else
    echo "test-all: FAILED: $(join "${failed[@]}")${passed[*]:+ (passed: $(join "${passed[@]}"))} in ${total}s"
  fi
}

# --- install --------------------------------------------------------------------------------------------------------
section install
# confirmModulesPurge=false: without a TTY pnpm would otherwise abort when it needs to recreate node_modules.
if ! "${PNPM[@]}" install --frozen-lockfile --config.confirmModulesPurge=false; then
  failed+=(install)
  summary
  exit 1
fi
passed+=(install)

# --- PostgreSQL -----------------------------------------------------------------------------------------------------
started_cluster=0
stop_cluster() {
  if [ "$started_cluster" = 1 ]; then
    bash scripts/pg-test-cluster.sh stop || true
  fi
}
trap stop_cluster EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

section postgres
if [ -n "${TEST_PG_URL:-}" ]; then
  echo "using TEST_PG_URL from the environment"
else
  # A cluster somebody started by hand is reused and left running; one we start is stopped on exit.
  bash scripts/pg-test-cluster.sh status 2>/dev/null || started_cluster=1
  if ! TEST_PG_URL="$(bash scripts/pg-test-cluster.sh start </dev/null)"; then
    failed+=(postgres)
    summary
    exit 1
  fi
fi
export TEST_PG_URL
echo "TEST_PG_URL=$TEST_PG_URL"
passed+=(postgres)

# --- Chromium for the browser journeys -------------------------------------------------------------------------------
section chromium
ensure_chromium() {
  if command -v chromium >/dev/null || [ -n "${CHROMIUM_PATH:-}" ]; then return 0; fi
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "Chromium not found: install Debian's 'chromium' package (and fonts-wqy-microhei) or set CHROMIUM_PATH" >&2
    return 1
  fi
  echo "installing Chromium and a Chinese font (apt-get install chromium fonts-wqy-microhei)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq </dev/null && apt-get install -y -qq --no-install-recommends chromium fonts-wqy-microhei </dev/null
}
if ensure_chromium; then passed+=(chromium); else failed+=(chromium); fi

# --- faketime, for the clock-shift step ----------------------------------------------------------------------------
section faketime
ensure_faketime() {
  if command -v faketime >/dev/null; then return 0; fi
  if [ "$(id -u)" != 0 ] || ! command -v apt-get >/dev/null; then
    echo "faketime not found: install Debian's 'faketime' package" >&2
    return 1
  fi
  echo "installing faketime (apt-get install faketime)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y -qq --no-install-recommends faketime </dev/null || { apt-get update -qq </dev/null && apt-get install -y -qq --no-install-recommends faketime </dev/null; }
}
if ensure_faketime; then passed+=(faketime); else failed+=(faketime); fi
# Only the phases that run tests are shifted: installs and builds keep the real time (certificates, caches).
shifted=()
if [ -n "${FAKETIME_SHIFT:-}" ]; then
  shifted=(faketime -f "$FAKETIME_SHIFT")
  echo "tests run with the clock moved by $FAKETIME_SHIFT: $("${shifted[@]}" date -u +%Y-%m-%dT%H:%MZ)"
fi

# --- turbo phases ---------------------------------------------------------------------------------------------------
turbo_flags=(--continue --ui=stream --log-order=grouped)
# Plain logs when not on a terminal, so CI logs stay greppable ("Tests  12 passed").
if [ ! -t 1 ] && [ -z "${FORCE_COLOR:-}" ]; then
  turbo_flags+=(--no-color)
  export NO_COLOR=1
fi
turbo() { "${PNPM[@]}" exec turbo run "$@" "${turbo_flags[@]}"; }

# Formatting first: cheap, and a badly formatted tree is reported before the long phases (.prettierrc.json, .prettierignore).
step format "${PNPM[@]}" exec prettier --check . --log-level=warn
# typecheck and test run with --force: they have no ^dependency in turbo.json, so their cache key does not change
# when a workspace package they import from source changes, and a cached pass could be stale.
step typecheck turbo typecheck --force --output-logs=errors-only
step lint turbo lint --output-logs=errors-only
# build before test so tests that serve or browse the built dashboard find it.
step build turbo build --output-logs=errors-only
# One package at a time keeps each package's vitest summary together and the load low. (@wuye/db's test harness
# creates its own database per test on the TEST_PG_URL server, so this is not needed for isolation.)
test_log=$(mktemp)
run_tests() { set -o pipefail; "${shifted[@]}" "${PNPM[@]}" exec turbo run test --force --concurrency=1 --output-logs=full "${turbo_flags[@]}" 2>&1 | tee "$test_log"; }
step test run_tests
# The browser journeys drive the built dashboard against the real server on the seeded demo county.
run_browser() { set -o pipefail; "${shifted[@]}" "${PNPM[@]}" --filter @wuye/server test:browser 2>&1 | tee -a "$test_log"; }
step browser run_browser
# A cheap guard that nothing depends on the day the suite runs: the demo county's date-bound checks and the campaign
# and KPI journeys once more with the machine's clock a year ahead (the demo is made as of 2026-11-15).
run_clock_shift() {
  set -o pipefail
  faketime -f "${CLOCK_SHIFT_GUARD:-+365d}" bash -c 'echo "clock moved to $(date -u +%Y-%m-%d)"' &&
    (cd packages/db && faketime -f "${CLOCK_SHIFT_GUARD:-+365d}" "${PNPM[@]}" exec vitest run src/seed/demo-campaign.test.ts src/seed/demo-closed-loop.test.ts src/clock.test.ts) 2>&1 | tee -a "$test_log" &&
    (cd apps/server && faketime -f "${CLOCK_SHIFT_GUARD:-+365d}" "${PNPM[@]}" exec vitest run --config vitest.browser.config.ts test/browser/bulletins.test.ts test/browser/kpi-home.test.ts) 2>&1 | tee -a "$test_log"
}
step clock-shift run_clock_shift

# One closing line with the totals of every vitest run ("Tests  3 failed | 120 passed | 2 skipped (125)").
tally() {
  sed 's/\x1b\[[0-9;]*m//g' "$test_log" | grep -E '^\S*:?\s*Tests\s' | awk '
    { for (i = 1; i <= NF; i++) { if ($i ~ /^passed/) p += $(i-1); if ($i ~ /^failed/) f += $(i-1); if ($i ~ /^skipped/) k += $(i-1) } }
    END { printf "tests: %d passed, %d failed", p, f; if (k) printf ", %d skipped", k; printf "\n" }'
}

stop_cluster
started_cluster=0
summary
tally
rm -f "$test_log"
[ "${#failed[@]}" -eq 0 ]
