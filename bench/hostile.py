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
    "lists.md": "---\ntitle: \"x\"\n---\n\n" + "".join("  " * min(i, 60) + "- item\n" for i in range(n)),
    "yaml-flow.md": "---\ntitle: " + "[" * n + "\n---\n\nbody\n",
}
for name, text in cases.items():
    with open(os.path.join(out, name), "w") as f:
        f.write(text)
