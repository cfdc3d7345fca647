"""Makes a synthetic content tree of N copies of the corpus pages, each copy
under its own folder with unique page ids, for the scale benchmark."""
import os
import re
import sys

src_dirs = sys.argv[1].split(":")
out = sys.argv[2]
copies = int(sys.argv[3])
pages = []
for d in src_dirs:
    for root, _, files in os.walk(d):
        for name in sorted(files):
            if name.endswith(".md"):
                pages.append(os.path.join(root, name))
pages.sort()
page_id = re.compile(r'^(page_id:\s*")([^"]*)(")', re.M)
for c in range(copies):
    for i, path in enumerate(pages):
        with open(path, encoding="utf-8", errors="surrogateescape") as f:
            text = f.read()
        text = page_id.sub(lambda m: f"{m.group(1)}{m.group(2)}_{c}_{i}{m.group(3)}", text)
        target = os.path.join(out, f"copy{c:03d}", f"p{i:04d}-" + os.path.basename(path))
        os.makedirs(os.path.dirname(target), exist_ok=True)
        with open(target, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(text)
print(f"{copies * len(pages)} pages in {out}")
