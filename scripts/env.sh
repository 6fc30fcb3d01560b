# Sourced by the other scripts: puts the project's tools on PATH.
# wasm-opt comes from the npm package binaryen (Debian's older binaryen makes a bundle that fails
# to start), so node_modules/.bin goes first.
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROMIUM=/usr/bin/chromium
cd "$ROOT"
