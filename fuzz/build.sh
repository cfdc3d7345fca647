#!/usr/bin/env bash
# Builds the libFuzzer binary (release, fuzzer + address sanitizers) into
# .build-fuzz, separate from the normal build. Prints the binary's path.
set -euo pipefail
cd "$(dirname "$0")/.."
nice -n 19 swift build -c release --sanitize fuzzer --sanitize address \
  --product scimdoc-fuzz --scratch-path "${FUZZ_SCRATCH:-.build-fuzz}" -Xswiftc -DFUZZING \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >&2
echo "$PWD/${FUZZ_SCRATCH:-.build-fuzz}/release/scimdoc-fuzz"
