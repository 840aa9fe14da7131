#!/usr/bin/env bash
# Batch benchmark: N copies of the example profiles (default 200 profiles = 1,200 documents as
# Markdown and PDF), built with the published (`dist`) binary. Reports wall time, profiles per second, the
# CPU time (user + system) and peak memory (max RSS) via /usr/bin/time when available, and the
# load average before the run: on a shared machine the CPU time is the figure to compare.
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
load="$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo n/a)"
start=$(date +%s.%N)
if [[ -x /usr/bin/time ]]; then
  /usr/bin/time -f "%M %U %S" -o "$work/rss" "$bin" "${args[@]}" >/dev/null
  read -r rss_kb user sys <"$work/rss"
  cpu=$(awk -v u="$user" -v s="$sys" 'BEGIN { printf "%.2f s", u + s }')
else
  "$bin" "${args[@]}" >/dev/null
  rss_kb="n/a"
  cpu="n/a"
fi
end=$(date +%s.%N)
bytes=$(find "$work/mappen" -name '*.pdf' -exec cat {} + | wc -c)
docs=$(find "$work/mappen" -name '*.pdf' | wc -l)
awk -v n="$n" -v s="$start" -v e="$end" -v d="$docs" -v r="$rss_kb" -v c="$(nproc)" -v cpu="$cpu" \
  -v l="$load" -v b="$bytes" 'BEGIN {
  t = e - s
  printf "%d profiles, %d PDFs (+ Markdown) on %d cores: %.2f s, %.0f profiles/s, CPU %s, peak RSS %s KB, %.1f MB of PDF (load before: %s)\n", n, d, c, t, n / t, cpu, r, b / 1e6, l
}'
