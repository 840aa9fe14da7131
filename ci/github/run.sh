#!/usr/bin/env bash
# Part of action.yml: checks the profile and the committed documents. The Stand date comes
# from the last commit that changed the inputs (profile, own templates), not from the last
# commit of the repository, so an unrelated commit never makes the documents drift.
set -euo pipefail

fail() {
  echo "::error title=dsgvo-gen::$1"
  exit 1
}

inputs=("$INPUT_PROFILE")
templates=()
if [[ -n "${INPUT_TEMPLATES:-}" ]]; then
  inputs+=("$INPUT_TEMPLATES")
  templates=(--templates "$INPUT_TEMPLATES")
fi

if [[ -z "${SOURCE_DATE_EPOCH:-}" ]]; then
  if [[ "$(git rev-parse --is-shallow-repository)" == true ]]; then
    git fetch --quiet --unshallow ||
      fail "die Versionsgeschichte fehlt: actions/checkout mit fetch-depth: 0 verwenden"
  fi
  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct -- "${inputs[@]}")
  [[ -n "$SOURCE_DATE_EPOCH" ]] ||
    fail "$INPUT_PROFILE ist nicht eingecheckt; der Stand ergibt sich aus seinem letzten Commit"
  export SOURCE_DATE_EPOCH
fi

case "$INPUT_COMMAND" in
  check)
    dsgvo-gen validate "$INPUT_PROFILE"
    dsgvo-gen build "$INPUT_PROFILE" -o "$INPUT_OUTPUT" ${templates[@]+"${templates[@]}"} --check
    ;;
  validate)
    dsgvo-gen validate "$INPUT_PROFILE"
    ;;
  build)
    dsgvo-gen build "$INPUT_PROFILE" -o "$INPUT_OUTPUT" ${templates[@]+"${templates[@]}"}
    ;;
  *)
    fail "unbekannter Befehl: $INPUT_COMMAND (erlaubt: check, validate, build oder install)"
    ;;
esac
