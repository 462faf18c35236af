#!/usr/bin/env bash
# Sets up and runs the whole product on the embedded defaults (SQLite, local files,
# in-app mail outbox) with the demo exhibition: Node 24 and pnpm are provisioned
# into .tools/ if missing, dependencies installed, the LiveKit server built once (with Go),
# the web app built, the server started.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/env.sh
pnpm install --frozen-lockfile --prefer-offline
# LiveKit carries webinars and live chat; the server starts it beside itself when it is there.
bash scripts/ensure-livekit.sh
pnpm turbo run build --filter=@pavilion/web
exec node apps/server/src/main.ts
