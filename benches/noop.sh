#!/usr/bin/env bash
# No-op rebuild benchmark: N copies of the example profiles (default 120), built once with the
# release binary (Markdown + PDF), then rebuilt three times unchanged. An unchanged client is
# skipped by its manifest.json (its files are still hashed), so nothing is typeset.
#
#   benches/noop.sh [N]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-120}"
cargo build --release --quiet
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/kunden"
examples=(examples/minimal.yaml examples/baeckerei-sonnenschein.yaml examples/elektro-wagner.yaml
  examples/onlineshop-nordlicht.yaml examples/physiopraxis-am-park.yaml examples/hausverwaltung-elbtal.yaml)
for ((i = 0; i < n; i++)); do
  cp "${examples[i % ${#examples[@]}]}" "$work/kunden/kunde-$(printf %04d "$i").yaml"
done
run() {
  local start end
  start=$(date +%s.%N)
  target/release/dsgvo-gen build "$work/kunden" -o "$work/mappen" -q "$@" >/dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }'
}
first=$(run)
noop=()
for _ in 1 2 3; do noop+=("$(run)"); done
forced=$(run --force-rebuild)
echo "$n profiles: first build ${first} s; no-op rebuilds ${noop[*]} s; --force-rebuild ${forced} s"
