#!/usr/bin/env bash
# Part of action.yml: downloads the released dsgvo-gen archive for this runner, checks its
# SHA-256 and puts the binary on PATH. Messages are German like the tool's.
set -euo pipefail

fail() {
  echo "::error title=dsgvo-gen::$1"
  exit 1
}

# A field of the action's own Cargo.toml (the action is checked out at the tag it is used at).
cargo_field() {
  sed -n "s/^$1 = \"\(.*\)\"\$/\1/p" "$ACTION_DIR/Cargo.toml" | head -n 1
}

version=${INPUT_VERSION:-$(cargo_field version)}
version=${version#v}
repository=${INPUT_REPOSITORY:-$(cargo_field repository)}
repository=${repository#https://github.com/}
[[ -n "$version" ]] || fail "keine Version angegeben (Eingabe version)"
[[ -n "$repository" ]] || fail "kein Repository angegeben (Eingabe repository)"

case "$RUNNER_OS_NAME/$RUNNER_ARCH_NAME" in
  Linux/X64) target=x86_64-unknown-linux-musl ;;
  Linux/ARM64) target=aarch64-unknown-linux-musl ;;
  macOS/ARM64) target=aarch64-apple-darwin ;;
  macOS/X64) target=x86_64-apple-darwin ;;
  Windows/X64) target=x86_64-pc-windows-msvc ;;
  *) fail "für $RUNNER_OS_NAME/$RUNNER_ARCH_NAME gibt es kein fertiges Programm; bitte mit cargo install installieren" ;;
esac

name="dsgvo-gen-$version-$target"
archive="$name.tar.gz"
if [[ "$target" == *windows* ]]; then archive="$name.zip"; fi
url="https://github.com/$repository/releases/download/v$version/$archive"

mkdir -p "$TOOL_DIR"
cd "$TOOL_DIR"
echo "dsgvo-gen $version für $target: $url"
curl --fail --silent --show-error --location --retry 3 --output "$archive" "$url" ||
  fail "Herunterladen fehlgeschlagen: $url (gibt es die Version $version?)"
curl --fail --silent --show-error --location --retry 3 --output "$archive.sha256" "$url.sha256" ||
  fail "Prüfsumme nicht gefunden: $url.sha256"

if command -v sha256sum > /dev/null; then
  actual=$(sha256sum "$archive" | cut -d ' ' -f 1)
else
  actual=$(shasum -a 256 "$archive" | cut -d ' ' -f 1)
fi
published=$(cut -d ' ' -f 1 "$archive.sha256")
[[ "$actual" == "$published" ]] ||
  fail "SHA-256 von $archive stimmt nicht mit der veröffentlichten Prüfsumme überein"
if [[ -n "${INPUT_SHA256:-}" && "$actual" != "$INPUT_SHA256" ]]; then
  fail "SHA-256 von $archive ist $actual, erwartet war $INPUT_SHA256 (Eingabe sha256)"
fi

if [[ "$archive" == *.zip ]]; then
  7z x -y -bd "$archive" > /dev/null
else
  tar -xzf "$archive"
fi
"$TOOL_DIR/$name/dsgvo-gen" --version
echo "$TOOL_DIR/$name" >> "$GITHUB_PATH"
echo "version=$version" >> "$GITHUB_OUTPUT"
