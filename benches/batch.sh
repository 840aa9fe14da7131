#!/usr/bin/env bash
# Batch benchmark: N copies of the example profiles (default 200 profiles = 1,200 documents as
# Markdown and PDF), built with the release binary. Reports wall time, profiles per second and
# peak memory (max RSS, via /usr/bin/time when available).
#
#   benches/batch.sh [N] [JOBS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-200}"
jobs="${2:-}"
# shellcheck source=benches/portfolio.sh
source benches/portfolio.sh
args=(build "$work/kunden" -o "$work/mappen" -q)
[[ -n "$jobs" ]] && args+=(--jobs "$jobs")
start=$(date +%s.%N)
if [[ -x /usr/bin/time ]]; then
  /usr/bin/time -f "%M" -o "$work/rss" target/release/dsgvo-gen "${args[@]}" >/dev/null
  rss_kb=$(cat "$work/rss")
else
  target/release/dsgvo-gen "${args[@]}" >/dev/null
  rss_kb="n/a"
fi
end=$(date +%s.%N)
docs=$(find "$work/mappen" -name '*.pdf' | wc -l)
awk -v n="$n" -v s="$start" -v e="$end" -v d="$docs" -v r="$rss_kb" -v c="$(nproc)" 'BEGIN {
  t = e - s
  printf "%d profiles, %d PDFs (+ Markdown) on %d cores: %.2f s, %.0f profiles/s, peak RSS %s KB\n", n, d, c, t, n / t, r
}'
