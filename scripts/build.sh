#!/usr/bin/env bash
# Builds the release bundle into dist/ and prints its size.
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/setup.sh
trunk build --release --offline
node scripts/finish-build.mjs dist
node scripts/size-report.mjs dist
