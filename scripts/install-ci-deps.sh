#!/usr/bin/env bash
# Installs what `pnpm test` needs on a fresh Debian machine; safe to run again.
# Debian packages (Chromium for e2e, PostgreSQL for the database tests, ffmpeg for media),
# Node 24 and pnpm 10 (scripts/env.sh), the LiveKit server and versitygw (S3) binaries, and the
# workspace's packages.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

VERSITYGW_VERSION=1.8.0
DEBIAN_PACKAGES=(chromium postgresql ffmpeg fonts-dejavu-core)

sudo_if_needed() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

missing=()
for pkg in "${DEBIAN_PACKAGES[@]}"; do
  dpkg -s "$pkg" 2>/dev/null | grep -q '^Status: install ok installed' || missing+=("$pkg")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "install-ci-deps: installing ${missing[*]}"
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get update
  sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "install-ci-deps: Debian packages present (${DEBIAN_PACKAGES[*]})"
fi

# shellcheck source=scripts/env.sh
source scripts/env.sh
echo "install-ci-deps: node $(node --version), pnpm $(pnpm --version)"

bash scripts/ensure-livekit.sh

# The Versity S3 Gateway: a real S3 server over a folder, for the S3 file storage tests.
versitygw_bin="$PWD/.tools/bin/versitygw"
if "$versitygw_bin" --version 2>/dev/null | grep -q "Version *: v$VERSITYGW_VERSION\$"; then
  echo "install-ci-deps: versitygw $VERSITYGW_VERSION present"
elif ! command -v go >/dev/null 2>&1; then
  echo "install-ci-deps: WARNING: Go not found, cannot build versitygw; the S3 storage tests will fail in CI" >&2
else
  echo "install-ci-deps: building versitygw $VERSITYGW_VERSION into .tools/bin"
  GOBIN="$PWD/.tools/bin" go install -ldflags "-X=main.Version=v$VERSITYGW_VERSION" \
    "github.com/versity/versitygw/cmd/versitygw@v$VERSITYGW_VERSION" ||
    echo "install-ci-deps: WARNING: building versitygw failed; the S3 storage tests will fail in CI" >&2
fi

# Playwright uses Debian's Chromium (/usr/bin/chromium); it must never download one.
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 pnpm install --frozen-lockfile
