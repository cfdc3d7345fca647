"""Writes hostile inputs of a given size: nested brackets, emphasis runs,
backticks, blockquotes, list indentation, YAML flow brackets, suppression
comments each silencing a finding, and a minified Graph export holding that
many credentials (read by `lint --format text`, which quotes its one line)."""
import json
import os
import sys

n = int(sys.argv[1])
out = sys.argv[2]
os.makedirs(out, exist_ok=True)
cases = {
    "brackets.md": "---\ntitle: \"x\"\n---\n\n" + "[" * n + "\n",
    "stars.md": "---\ntitle: \"x\"\n---\n\n" + "*a " * n + "\n",
    "backticks.md": "---\ntitle: \"x\"\n---\n\n" + "`a " * n + "\n",
    "quotes.md": "---\ntitle: \"x\"\n---\n\n" + ">" * n + " deep\n",
    # Indentation climbs 40 levels and starts again, keeping 100k lines under
    # the 8 MiB page limit (deeper climbs would only test the size check).
    "lists.md": "---\ntitle: \"x\"\n---\n\n" + "".join("  " * (i % 40) + "- item\n" for i in range(n)),
    "yaml-flow.md": "---\ntitle: " + "[" * n + "\n---\n\nbody\n",
    "suppressions.md": "---\ntitle: \"x\"\n---\n\n" + "".join(
        '<!-- scimdoc-disable-next-line anchor-broken reason="b" -->\n[a](#no-%d)\n\n' % i
        for i in range(n // 2)),
    "secrets.json": json.dumps({
        "provider": "entra-graph",
        "secrets": {"value": [{"key": "BaseAddress", "value": "http://acme.example/scim"}] + [
            {"key": "Password%d" % i, "value": "pw-%08d-x" % i} for i in range(n // 5)]},
    }, separators=(",", ":")),
}
for name, text in cases.items():
    with open(os.path.join(out, name), "w") as f:
        f.write(text)
