#!/usr/bin/env bash
# Runs every test layer and stops at the first failure:
#   1. native cargo tests (content rules, storage format, routes), and the build steps' own tests;
#   2. wasm tests in headless Chromium (local storage through the real browser API);
#   3. end-to-end tests against the release build, including an accessibility scan;
# then refreshes the README's pictures from the build it tested.
set -euo pipefail
source "$(dirname "$0")/env.sh"
scripts/setup.sh

printf '\n==> Native tests\n'
cargo test --locked

printf '\n==> Build step tests\n'
node --test tests/scripts/

printf '\n==> Browser (wasm) tests in headless Chromium\n'
CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER=wasm-bindgen-test-runner \
  cargo test --locked --target wasm32-unknown-unknown --features hydrate --test browser

printf '\n==> Release build\n'
scripts/build.sh

printf '\n==> End-to-end tests against the release build\n'
node --test --test-concurrency=1 tests/e2e/

# The README's pictures, from the build just tested: a change to the interface shows in
# `git status` as pictures to commit with it.
printf '\n==> Refreshing the README pictures\n'
node scripts/screenshots.mjs --readme
