"""Makes a synthetic content tree of N copies of the corpus, for the scale benchmark.

Usage: make_site.py SRC[:SRC...] OUT COPIES [--limit N]

Each copy is a complete site under its own folder (`copy000/...`), keeping
each source's folder layout below it; page ids get a unique suffix and site
links (`/docs/...`) are rewritten to point into the same copy, so cross-page
checks see a realistic site rather than thousands of broken links.
"""
import os
import re
import sys

args = [a for a in sys.argv[1:] if not a.startswith("--")]
limit = None
if "--limit" in sys.argv:
    limit = int(sys.argv[sys.argv.index("--limit") + 1])
    args = [a for a in args if a != str(limit)]
src_dirs, out, copies = args[0].split(":"), args[1], int(args[2])

pages = []  # (source path, path relative to its source's docs root)
for d in src_dirs:
    # Postman's pages live under docs/ and link as /docs/<path>: keep that root.
    root = os.path.join(d, "docs") if os.path.isdir(os.path.join(d, "docs")) else d
    prefix = "" if root != d else os.path.basename(d.rstrip("/"))
    for base, _, files in os.walk(root):
        for name in sorted(files):
            if name.endswith(".md"):
                path = os.path.join(base, name)
                pages.append((path, os.path.join(prefix, os.path.relpath(path, root))))
pages.sort()
if limit:
    pages = pages[:limit]

page_id = re.compile(r'^(page_id:\s*")([^"]*)(")', re.M)
site_link = re.compile(r"(?<![\w.])/docs/")
texts = {}
for path, _ in pages:
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        texts[path] = f.read()
for c in range(copies):
    copy = f"copy{c:03d}"
    for i, (path, rel) in enumerate(pages):
        text = page_id.sub(lambda m: f"{m.group(1)}{m.group(2)}_{c}_{i}{m.group(3)}", texts[path])
        text = site_link.sub(f"/docs/{copy}/", text)
        target = os.path.join(out, copy, rel)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(text)
print(f"{copies * len(pages)} pages in {out}")
