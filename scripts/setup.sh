#!/usr/bin/env bash
# Installs everything the app needs to build and be tested, skipping what is already there.
# Safe to run again at any time. Needs root (or sudo) for the Debian packages.
set -euo pipefail
source "$(dirname "$0")/env.sh"

say() { printf '\n==> %s\n' "$*"; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

trunk_version=0.21.14
wasm_bindgen_version=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
[ -x /usr/bin/chromedriver ] || missing+=(chromium-driver)
command -v brotli >/dev/null || missing+=(brotli)
command -v node >/dev/null || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  say "Installing Debian packages: ${missing[*]}"
  as_root apt-get update -q
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
fi

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  say "Adding the wasm32-unknown-unknown target"
  rustup target add wasm32-unknown-unknown
fi

if [ "$(trunk --version 2>/dev/null)" != "trunk $trunk_version" ]; then
  say "Installing trunk $trunk_version (takes several minutes)"
  cargo install trunk --version "$trunk_version" --locked
fi

# Without --locked: the CLI's own lockfile pins a crate version that is no longer published.
if [ "$(wasm-bindgen --version 2>/dev/null)" != "wasm-bindgen $wasm_bindgen_version" ]; then
  say "Installing wasm-bindgen-cli $wasm_bindgen_version (takes several minutes)"
  cargo install wasm-bindgen-cli --version "$wasm_bindgen_version" --force
fi

# Cuts the app's code into one file per page after the build (scripts/split-wasm.mjs). Its
# support crate has the same authors as Leptos' split points (wasm_split_helpers).
wasm_split_version=0.2.4
if ! cargo install --list | grep -qx "wasm_split_cli_support v$wasm_split_version:"; then
  say "Installing wasm-split-cli $wasm_split_version"
  cargo install wasm_split_cli_support --version "$wasm_split_version" --features build-binary --locked
fi

# npm writes node_modules/.package-lock.json on install; if it is older than the lockfile, reinstall.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  say "Installing npm packages"
  npm ci --no-audit --no-fund
fi
