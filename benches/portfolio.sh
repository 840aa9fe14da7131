# shellcheck shell=bash disable=SC2154
# Sourced by the benchmarks (with `n` set): builds the published (`dist`) binary and fills "$work/kunden" with N copies
# of the example profiles (cycling through them). Sets `work` (removed on exit).
cargo build --profile dist --quiet
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/kunden"
examples=(examples/minimal.yaml examples/baeckerei-sonnenschein.yaml examples/elektro-wagner.yaml
  examples/onlineshop-nordlicht.yaml examples/physiopraxis-am-park.yaml examples/hausverwaltung-elbtal.yaml)
for ((i = 0; i < n; i++)); do
  cp "${examples[i % ${#examples[@]}]}" "$work/kunden/kunde-$(printf %04d "$i").yaml"
done
