#!/usr/bin/env bash
# No-op rebuild benchmark: N copies of the example profiles (default 120), built once with the
# published (`dist`) binary (Markdown + PDF), then rebuilt three times unchanged. An unchanged client is
# skipped by its manifest.json (its files are still hashed), so nothing is typeset.
#
#   benches/noop.sh [N]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-120}"
# shellcheck source=benches/portfolio.sh
source benches/portfolio.sh
run() {
  local start end
  start=$(date +%s.%N)
  "$bin" build "$work/kunden" -o "$work/mappen" -q "$@" >/dev/null
  end=$(date +%s.%N)
  awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", e - s }'
}
first=$(run)
noop=()
for _ in 1 2 3; do noop+=("$(run)"); done
forced=$(run --force-rebuild)
echo "$n profiles: first build ${first} s; no-op rebuilds ${noop[*]} s; --force-rebuild ${forced} s"
