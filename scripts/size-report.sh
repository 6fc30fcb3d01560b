#!/usr/bin/env bash
# Prints the release bundle's size: each wasm, js and css file raw, gzip and brotli, and the total
# a first visit downloads (brotli), against the 150 KB budget. The HTML counted is the largest
# page a visit can start on: the app shell or a pre-rendered page.
set -euo pipefail
source "$(dirname "$0")/env.sh"
budget=153600
total=0
printf '%-44s %10s %10s %10s\n' file raw gzip brotli
largest_page=$(ls -S $(find dist -name '*.html') | head -1)
for file in dist/*.wasm dist/*.js dist/*.css "$largest_page"; do
  [ -f "$file" ] || continue
  raw=$(stat -c %s "$file")
  gz=$(gzip -9 -c "$file" | wc -c)
  br=$(brotli -q 11 -c "$file" | wc -c)
  total=$((total + br))
  printf '%-44s %10d %10d %10d\n' "${file#dist/}" "$raw" "$gz" "$br"
done
printf '%-44s %10s %10s %10d  (budget %d)\n' "first load" "" "" "$total" "$budget"
