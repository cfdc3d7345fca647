#!/usr/bin/env bash
# The run step of action.yml, kept here so it runs the same on a laptop:
#
#   SCIMDOC=.build/debug/scimdoc INPUT_PATHS=content scripts/action-run.sh
#
# One scimdoc run prints the findings in INPUT_FORMAT (github: workflow
# annotations) and writes the SARIF file INPUT_SARIF for code scanning.
# Inputs (environment): SCIMDOC (the binary; default: scimdoc on PATH),
# INPUT_COMMAND (check or build; default check), INPUT_PATHS (pages, folders
# or quoted globs, separated by spaces or new lines; default: the content root
# of .scimdoc.yml, else ./content), INPUT_FORMAT (default github),
# INPUT_FAIL_LEVEL (error, warning, note or none; default error), INPUT_SARIF
# (default scimdoc.sarif; empty: no SARIF), INPUT_OUT (build's publish
# folder; default public/scimdoc), INPUT_ARGS (more arguments, split on spaces).
# Exits as scimdoc does: 0 clean, 1 findings at or above the fail level,
# 2 the tool could not do its job. Writes exit-code and sarif to GITHUB_OUTPUT
# when it is set.
set -uo pipefail

scimdoc=${SCIMDOC:-scimdoc}
command=${INPUT_COMMAND:-check}
format=${INPUT_FORMAT:-github}
fail_level=${INPUT_FAIL_LEVEL:-error}
sarif=${INPUT_SARIF-scimdoc.sarif}

case "$command" in
  check | build) ;;
  *)
    echo "::error title=scimdoc::the command input must be check or build, not '$command'"
    exit 2
    ;;
esac

args=("$command")
# Paths: one per word; globs stay quoted for scimdoc to expand.
set -f
# shellcheck disable=SC2206 # word splitting is wanted, globbing is off
paths=(${INPUT_PATHS:-})
# shellcheck disable=SC2206
extra=(${INPUT_ARGS:-})
set +f
args+=("${paths[@]}")
[ "$command" = build ] && args+=(--out "${INPUT_OUT:-public/scimdoc}")
args+=(--format "$format" --fail-level "$fail_level")
if [ -n "$sarif" ]; then
  if [ "$command" = build ]; then args+=(--output "sarif=$sarif"); else args+=(-o "sarif=$sarif"); fi
fi
args+=("${extra[@]}")

echo "scimdoc ${args[*]}" >&2
"$scimdoc" "${args[@]}"
status=$?

if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    echo "exit-code=$status"
    echo "sarif=$sarif"
  } >> "$GITHUB_OUTPUT"
fi
exit "$status"
