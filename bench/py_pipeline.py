"""The Python peer for the docs benchmark: python-frontmatter + markdown-it-py
(commonmark preset with tables) parsing the same pages scimdoc checks."""
import sys
import frontmatter
from markdown_it import MarkdownIt

md = MarkdownIt("commonmark").enable("table")
count = 0
for path in sys.argv[1:]:
    with open(path, encoding="utf-8") as f:
        text = f.read()
    try:
        post = frontmatter.loads(text)
        body = post.content
    except Exception:
        body = text
    md.parse(body)
    count += 1
print(count, file=sys.stderr)
