#!/bin/sh
# Checks the HTML checklist in a real headless browser (Debian `chromium`):
# the items and checkboxes render, a ticked box survives a reload (localStorage),
# and screenshots at phone and desktop widths are written for a human to look at.
#
# Usage: bench/html-checklist-check.sh [PAGE] [OUTDIR]
set -eu
cd "$(dirname "$0")/.."
PAGE=${1:-content/configuring-scim-with-azure-ad.md}
OUT=${2:-.build/html-check}
BROWSER=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$BROWSER" ]; then
  echo "SKIPPED: no chromium on PATH (Debian: apt-get install -y chromium)"
  exit 0
fi
rm -rf "$OUT" && mkdir -p "$OUT/profile"
OUT=$(cd "$OUT" && pwd)
swift build --product scimdoc >/dev/null
.build/debug/scimdoc checklist "$PAGE" --format html -o "$OUT/checklist.html"

run() {  # run URL EXTRA-FLAGS...: headless chromium with one persistent profile
  url=$1; shift
  "$BROWSER" --headless --no-sandbox --disable-gpu --user-data-dir="$OUT/profile" \
    --allow-file-access-from-files --virtual-time-budget=3000 "$@" "$url" 2>/dev/null
}

# 1. First visit: a copy of the page that ticks the first box the way a person would.
sed 's#</body>#<script>document.querySelector("input[type=checkbox]").click();</script></body>#' \
  "$OUT/checklist.html" >"$OUT/tick.html"
run "file://$OUT/tick.html" --dump-dom >"$OUT/first.dom"

# 2. Reload the untouched page: the tick must come back from localStorage.
run "file://$OUT/checklist.html" --dump-dom >"$OUT/reload.dom"
run "file://$OUT/checklist.html" --screenshot="$OUT/phone.png" --window-size=390,2400 >/dev/null
run "file://$OUT/checklist.html" --screenshot="$OUT/desktop.png" --window-size=1280,2400 >/dev/null

fail=0
items=$(grep -o 'class="item[" ]' "$OUT/reload.dom" | wc -l)
boxes=$(grep -o 'type="checkbox"' "$OUT/reload.dom" | wc -l)
done_items=$(grep -o 'class="item done"' "$OUT/reload.dom" | wc -l)
count=$(sed -n 's#.*<span id="count">\([0-9]*\)</span>.*#\1#p' "$OUT/reload.dom")
echo "items: $items, checkboxes: $boxes, ticked after reload: $done_items (counter says ${count:-?})"
[ "$items" -ge 10 ] || { echo "FAIL: too few items rendered"; fail=1; }
[ "$boxes" -eq "$items" ] || { echo "FAIL: every item needs a checkbox"; fail=1; }
[ "$done_items" -eq 1 ] && [ "${count:-0}" = 1 ] || { echo "FAIL: the ticked box did not survive the reload"; fail=1; }
[ -s "$OUT/phone.png" ] && [ -s "$OUT/desktop.png" ] || { echo "FAIL: no screenshots"; fail=1; }
grep -q 'https\?://[^"]*\.\(css\|js\)' "$OUT/checklist.html" && { echo "FAIL: external asset"; fail=1; }
echo "screenshots: $OUT/phone.png $OUT/desktop.png"
[ $fail -eq 0 ] && echo "PASS"
exit $fail
