# shellcheck shell=bash disable=SC2154
# Sourced by the benchmarks (with `n` set): builds the published (`dist`) binary and fills "$work/kunden" with N copies
# of the example profiles (cycling through them). Every copy gets its own company name
# ("… (Kunde 0042)"), so no two packs are alike: a cache keyed by a whole document could not
# flatter the figures. Sets `work` (removed on exit) and `bin` (`BIN` overrides the binary).
bin="${BIN:-target/dist/dsgvo-gen}"
[[ "$bin" == target/dist/dsgvo-gen ]] && cargo build --profile dist --quiet
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/kunden"
examples=(examples/minimal.yaml examples/baeckerei-sonnenschein.yaml examples/elektro-wagner.yaml
  examples/onlineshop-nordlicht.yaml examples/physiopraxis-am-park.yaml examples/hausverwaltung-elbtal.yaml)
for ((i = 0; i < n; i++)); do
  nr="$(printf %04d "$i")"
  # The first `  name:` is the company's; `display_name` is its short form.
  sed -e "0,/^  name: \"\(.*\)\"/s//  name: \"\1 (Kunde $nr)\"/" \
    -e "s/^  display_name: \"\(.*\)\"/  display_name: \"\1 (Kunde $nr)\"/" \
    "${examples[i % ${#examples[@]}]}" >"$work/kunden/kunde-$nr.yaml"
done
