"""Writes hostile inputs of a given size: nested brackets, emphasis runs,
backticks, blockquotes, list indentation and YAML flow brackets."""
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
}
for name, text in cases.items():
    with open(os.path.join(out, name), "w") as f:
        f.write(text)
