#!/usr/bin/env bash
# Usage: fuzz/run-all.sh SECONDS [TARGET...]
# Builds once, then runs each target for SECONDS, one at a time, and prints
# a summary line per target. Default targets: the five parser targets.
set -euo pipefail
seconds=${1:?usage: fuzz/run-all.sh SECONDS [TARGET...]}
shift
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(frontmatter markdown json entra extract)
here="$(cd "$(dirname "$0")" && pwd)"
FUZZ_BIN="$("$here/build.sh")"
export FUZZ_BIN
for t in "${targets[@]}"; do
  "$here/run.sh" "$t" "$seconds" | tee -a "$here/out/summary.txt"
done
