#!/usr/bin/env bash
# The one test command (`pnpm test`): lint and format, types, unit and integration
# tests, build, then the end-to-end tests against the built app in Chromium.
# Stops at the first failing phase and prints a summary with each phase's time.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# shellcheck source=scripts/env.sh
source scripts/env.sh
# No internet on CI machines: turbo must not try to send telemetry.
export TURBO_TELEMETRY_DISABLED=1 DO_NOT_TRACK=1

summary=()
started=$SECONDS

print_summary() {
  echo
  echo "=== pnpm test summary ($((SECONDS - started))s) ==="
  printf '  %s\n' "${summary[@]}"
}

# phase NAME COMMAND...: runs one phase, records its outcome and time, stops on failure.
phase() {
  local name="$1" start=$SECONDS status=0
  shift
  echo
  echo "=== $name: $* ==="
  "$@" || status=$?
  if [ "$status" -eq 0 ]; then
    summary+=("ok    $(printf '%4ds' $((SECONDS - start)))  $name")
  else
    summary+=("FAIL  $(printf '%4ds' $((SECONDS - start)))  $name (exit $status)")
    print_summary
    exit "$status"
  fi
}

# On a fresh machine this installs what the tests need (Chromium, PostgreSQL, ffmpeg,
# the LiveKit server, node_modules); where all is present it only checks, in seconds.
phase "dependencies" bash scripts/install-ci-deps.sh
phase "lint and format" pnpm biome check .
phase "typecheck" pnpm turbo run typecheck
# The e2e package's `test` is Playwright, which needs the build: it runs last, on its own.
phase "unit and integration tests" pnpm turbo run test --filter='!@pavilion/e2e'
phase "build" pnpm turbo run build
phase "end-to-end tests" pnpm --filter @pavilion/e2e test

print_summary
echo "all tests passed"
