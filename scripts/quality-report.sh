#!/usr/bin/env bash
# Builds the release app and prints its bundle sizes and Lighthouse scores.
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/build.sh
node scripts/quality-report.mjs
