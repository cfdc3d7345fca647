#!/usr/bin/env bash
# Usage: fuzz/seed.sh TARGET SHARED_DIR CORPUS_DIR
# Copies the seed files that suit TARGET into the working corpus (names are
# content hashes, so reruns do not duplicate). Pages for the page targets,
# JSON fixtures for json and entra.
set -euo pipefail
target=$1 shared=$2 dest=$3
case "$target" in
  json | entra) pattern='*.json' dirs=("$shared/fixtures") ;;
  *) pattern='*.md' dirs=("$shared/corpus" "$shared/sample") ;;
esac
find "${dirs[@]}" -type f -name "$pattern" -size -256k 2>/dev/null | while read -r f; do
  h=$(sha1sum "$f" | cut -c1-16)
  [ -e "$dest/$h" ] || cp "$f" "$dest/$h"
done
