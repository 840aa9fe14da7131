#!/usr/bin/env bash
# Pack benchmark: builds one example profile's six documents (Markdown + PDF) N times with the
# published (`dist`) binary on one worker and reports the median and minimum wall time; then the same
# profile with a 1,000-character company name (one word and words) to show that no layout
# step grows quadratically with a field's length.
#
#   benches/pack.sh [N] [PROFILE] [BINARY]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n="${1:-20}"
profile="${2:-examples/baeckerei-sonnenschein.yaml}"
bin="${3:-target/dist/dsgvo-gen}"
[[ "$bin" == target/dist/dsgvo-gen ]] && cargo build --profile dist --quiet
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

time_runs() { # profile label
  local times=()
  for ((i = 0; i < n; i++)); do
    rm -rf "$work/out"
    local s e
    s=$(date +%s%N)
    "$bin" build -q --jobs 1 "$1" -o "$work/out" >/dev/null
    e=$(date +%s%N)
    times+=($(((e - s) / 1000)))
  done
  local pages=0 bytes=0
  for pdf in "$work/out"/*.pdf; do
    bytes=$((bytes + $(stat -c %s "$pdf")))
    pages=$((pages + $(grep -c '/Type /Page\b' "$pdf" || true)))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$2" -v b="$bytes" '
    { t[NR] = $1 } END { printf "%-44s median %6.1f ms  min %6.1f ms  (%d runs, %d KB of PDF)\n", label, t[int((NR + 1) / 2)] / 1000, t[1] / 1000, NR, b / 1024 }'
}

time_runs "$profile" "$(basename "$profile" .yaml)"
name_line="$(grep -m1 -nE '^  name: ' "$profile" | cut -d: -f1)"
word="$(printf 'Sonnenschein%.0s' $(seq 84) | cut -c1-1000)"
words="$(printf 'Bäckerei Sonnenschein %.0s' $(seq 46) | cut -c1-1000)"
sed "${name_line}s/.*/  name: \"$word\"/" "$profile" >"$work/word.yaml"
sed "${name_line}s/.*/  name: \"$words\"/" "$profile" >"$work/words.yaml"
time_runs "$work/word.yaml" "same, company name one 1,000-char word"
time_runs "$work/words.yaml" "same, company name of 1,000 chars in words"
