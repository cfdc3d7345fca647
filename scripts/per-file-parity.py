#!/usr/bin/env python3
"""Checks every page of a site alone and compares with the whole-site check.

Usage: python3 scripts/per-file-parity.py [SCIMDOC] [SITE]

SITE (default ../shared/corpus/postman-docs-2024) is copied as `content/` of
a temporary folder; `scimdoc check content` is run once, then `scimdoc check
content/PAGE` for every page. Each page's findings (--format github) must be
exactly its lines of the whole-site check. Prints the count and exits 1 on
any difference. SCIMDOC defaults to the release build (scripts/build-release.sh).
"""
import os
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def findings(exe, args, cwd):
    out = subprocess.run([exe, "check", *args, "--format", "github", "--fail-level", "none"],
                         cwd=cwd, capture_output=True, text=True, check=True).stdout
    return sorted(l for l in out.splitlines()
                  if l.startswith("::") and not l.startswith("::notice title=scimdoc::"))


def main():
    exe = sys.argv[1] if len(sys.argv) > 1 else None
    if exe is None:
        exe = subprocess.run([os.path.join(ROOT, "scripts", "build-release.sh")], cwd=ROOT,
                             check=True, capture_output=True, text=True).stdout.strip()
    exe = os.path.abspath(exe)
    site = sys.argv[2] if len(sys.argv) > 2 else os.path.join(
        os.path.dirname(ROOT), "shared", "corpus", "postman-docs-2024")
    work = tempfile.mkdtemp(prefix="scimdoc-parity-")
    try:
        shutil.copytree(site, os.path.join(work, "content"))
        pages = sorted(os.path.relpath(os.path.join(d, f), work)
                       for d, _, fs in os.walk(os.path.join(work, "content"))
                       for f in fs if f.endswith((".md", ".markdown", ".mdx")))
        whole = findings(exe, ["content"], work)
        differ = []
        for page in pages:
            mine = [l for l in whole if f"file={page}," in l]
            if findings(exe, [page], work) != mine:
                differ.append(page)
        print(f"{len(pages)} pages checked alone, {len(whole)} whole-site findings: "
              f"{len(pages) - len(differ)} identical, {len(differ)} differ")
        for page in differ[:20]:
            print("  differs:", page)
        return 1 if differ else 0
    finally:
        shutil.rmtree(work)


if __name__ == "__main__":
    sys.exit(main())
