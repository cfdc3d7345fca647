#!/usr/bin/env bash
# Usage: fuzz/run.sh TARGET SECONDS
# Runs one libFuzzer target (frontmatter|markdown|json|entra|extract|page) for
# SECONDS under nice, seeded from ../shared/corpus and ../shared/fixtures.
# The working corpus and any crash/timeout/oom files live in fuzz/out/TARGET
# (git-ignored: corpus text is never committed). Set FUZZ_BIN to skip the build.
# Leak detection is off by default (FUZZ_DETECT_LEAKS=1 turns it on): every
# checklist render leaks ~300 bytes inside Foundation's Bundle.allBundles,
# which stops the extract target on its third input.
set -euo pipefail
target=${1:?usage: fuzz/run.sh TARGET SECONDS}
seconds=${2:?usage: fuzz/run.sh TARGET SECONDS}
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
shared="${SCIMDOC_SHARED:-$root/../shared}"
[ -d "$shared" ] || shared=/work/shared
bin="${FUZZ_BIN:-$("$here/build.sh")}"
out="$here/out/$target"
mkdir -p "$out/corpus" "$out/findings"
"$here/seed.sh" "$target" "$shared" "$out/corpus"
dict=()
[ -f "$here/dicts/$target.dict" ] && dict=(-dict="$here/dicts/$target.dict")
echo "== $target: ${seconds}s, $(ls "$out/corpus" | wc -l) corpus files" >&2
set +e
leaks="${FUZZ_DETECT_LEAKS:-0}"
SCIMDOC_FUZZ_TARGET="$target" ASAN_OPTIONS="detect_leaks=$leaks" nice -n 19 "$bin" "$out/corpus" "${dict[@]}" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
  -print_final_stats=1 -artifact_prefix="$out/findings/" -close_fd_mask=3 \
  -detect_leaks="$leaks" \
  >"$out/log.txt" 2>&1
status=$?
set -e
execs=$(grep -E '^stat::number_of_executed_units' "$out/log.txt" | awk '{print $2}')
found=$(ls "$out/findings" | wc -l)
echo "$target: exit=$status executions=${execs:-?} findings=$found corpus=$(ls "$out/corpus" | wc -l)"
ls "$out/findings" | sed 's/^/  finding: /'
