#!/usr/bin/env bash
# Sets up, builds the release app and serves it on http://127.0.0.1:${PORT:-8080}/.
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/build.sh
exec node scripts/server.mjs dist "${PORT:-8080}"
