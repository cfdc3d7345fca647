#!/usr/bin/env python3
"""scimdoc benchmarks against its peers, side by side in one run.

Usage: python3 bench/run.py [--quick] [--runs N] [--no-install]

Installs the peers it needs (cmark-gfm from Debian; python-frontmatter,
markdown-it-py and check-jsonschema from PyPI), builds scimdoc in release
mode, runs every case interleaved (each round runs every command once; the
best of N rounds counts), prints a table and writes bench/RESULTS.md.

--quick (CI smoke) uses the debug build and small inputs, runs each command
once, checks that every command works, and writes nothing: its timings mean
nothing, it only proves the benchmark still runs.
"""
import argparse
import datetime
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
BENCH = os.path.join(ROOT, "bench")
sys.path.insert(0, BENCH)
from report import write_results  # noqa: E402


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=isinstance(cmd, str), check=True, **kw)


def has_jemalloc():
    """True when jemalloc's static library (what the release build links) is installed."""
    return subprocess.run("ls /usr/lib/*/libjemalloc.a /usr/local/lib/libjemalloc.a",
                          shell=True, capture_output=True).stdout.strip() != b""


def install_peers():
    """Installs the peers that are missing (and jemalloc, which the release
    build links when present); returns the names still missing."""
    apt = ([] if shutil.which("cmark-gfm") else ["cmark-gfm"]) + \
        ([] if has_jemalloc() else ["libjemalloc-dev"])
    if apt:
        subprocess.run("apt-get update -qq && DEBIAN_FRONTEND=noninteractive "
                       f"apt-get install -y -qq {' '.join(apt)} >/dev/null", shell=True)
    try:
        import frontmatter  # noqa: F401
        import markdown_it  # noqa: F401
    except ImportError:
        subprocess.run([sys.executable, "-m", "pip", "install", "-q",
                        "python-frontmatter", "markdown-it-py"])
    if not shutil.which("check-jsonschema"):
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "check-jsonschema"])
    return missing_peers()


def missing_peers():
    """The peers this machine lacks (skipped, and said so in the results)."""
    missing = [t for t in ("cmark-gfm", "check-jsonschema") if not shutil.which(t)]
    probe = subprocess.run([sys.executable, "-c", "import frontmatter, markdown_it"],
                           capture_output=True)
    if probe.returncode != 0:
        missing.append("python-frontmatter/markdown-it-py")
    return missing


def measure(argv, cwd=ROOT):
    """Runs argv once; returns (wall seconds, peak RSS in MB, exit code)."""
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, cwd=cwd)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_maxrss / 1024.0, os.waitstatus_to_exitcode(status)


def best_of(cases, runs, ok=(0,)):
    """Interleaved rounds over `cases` [(name, argv, exit codes allowed)].

    Returns {name: (best wall, largest peak RSS, exit code)}; a case that exits
    with another code stops the benchmark (it would measure a failure)."""
    best = {}
    for _ in range(runs):
        for name, argv, allowed in cases:
            wall, rss, code = measure(argv)
            if code not in (allowed or ok):
                raise SystemExit(f"{name}: exit {code}: {' '.join(argv)}")
            old = best.get(name)
            best[name] = (min(wall, old[0]) if old else wall, max(rss, old[1] if old else 0), code)
    return best


def md_files(*dirs):
    out = []
    for d in dirs:
        for root, _, files in os.walk(d):
            out += [os.path.join(root, f) for f in files if f.endswith(".md")]
    return sorted(out)


def blanked_concat(files, target):
    """Concatenates the pages with front-matter lines blanked (cmark's input)."""
    with open(target, "wb") as out:
        for path in files:
            lines = open(path, "rb").read().split(b"\n")
            if lines and lines[0].rstrip(b"\r") == b"---":
                for i in range(1, len(lines)):
                    if lines[i].rstrip(b" \t\r") == b"---":
                        lines[: i + 1] = [b""] * (i + 1)
                        break
            out.write(b"\n".join(lines) + b"\n")


# A JSON Schema for the bundle (a Graph synchronization schema under "schema"),
# so check-jsonschema validates every mapping as scimdoc lint reads it.
BUNDLE_SCHEMA = """{
  "$schema": "https://json-schema.org/draft/2020-12/schema",
  "type": "object", "required": ["schema"],
  "properties": {"schema": {"type": "object", "properties": {
    "synchronizationRules": {"type": "array", "items": {"type": "object", "properties": {
      "objectMappings": {"type": "array", "items": {"type": "object",
        "required": ["sourceObjectName", "targetObjectName"],
        "properties": {
          "enabled": {"type": "boolean"}, "flowTypes": {"type": "string"},
          "sourceObjectName": {"type": "string"}, "targetObjectName": {"type": "string"},
          "attributeMappings": {"type": "array", "items": {"type": "object",
            "required": ["targetAttributeName"],
            "properties": {
              "targetAttributeName": {"type": "string"},
              "matchingPriority": {"type": "integer", "minimum": 0},
              "flowBehavior": {"type": "string"}, "flowType": {"type": "string"},
              "source": {"type": ["object", "null"]}}}}}}}}}},
    "directories": {"type": "array", "items": {"type": "object"}}}}}
}
"""


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--no-install", action="store_true")
    args = ap.parse_args()
    began = time.perf_counter()
    runs = 1 if args.quick else args.runs
    missing = missing_peers() if args.no_install else install_peers()
    if args.quick:
        sh(["swift", "build", "--product", "scimdoc"], cwd=ROOT, stdout=subprocess.DEVNULL)
        scimdoc = os.path.join(ROOT, ".build", "debug", "scimdoc")
    else:
        # The release binary is built as it ships (README, "In a doc site's
        # CI"): one static executable, with jemalloc when it is installed.
        built = subprocess.run([os.path.join(ROOT, "scripts", "build-release.sh")], cwd=ROOT,
                               check=True, capture_output=True, text=True)
        scimdoc = built.stdout.strip()
        res_allocator = "jemalloc" if "linking jemalloc" in built.stderr else "glibc malloc"
    work = tempfile.mkdtemp(prefix="scimdoc-bench-")
    rows = []  # (group, name, seconds, rss, note)
    res = {"quick": args.quick, "runs": runs, "missing": missing,
           "allocator": "glibc malloc" if args.quick else res_allocator}

    docs = os.path.join(SHARED, "corpus", "postman-docs-2024")
    history = os.path.join(SHARED, "corpus", "scim-pages", "history")
    pages = md_files(docs, history)
    if args.quick:
        pages = pages[:40]
    concat = os.path.join(work, "all.md")
    blanked_concat(pages, concat)
    res["pages"], res["bytes"] = len(pages), os.path.getsize(concat)

    # 1. Docs: the real pages; scimdoc gets the folders (or the files in quick mode).
    doc_args = pages if args.quick else [docs, history]
    docs_cases = [("scimdoc check", [scimdoc, "check", "--format", "json", *doc_args], (0, 1))]
    if "cmark-gfm" not in missing:
        docs_cases.append(("cmark-gfm (C, Markdown only)",
                           ["cmark-gfm", "-t", "xml", "--sourcepos", "-e", "table", concat], None))
    if "python-frontmatter/markdown-it-py" not in missing:
        docs_cases.append(("python-frontmatter + markdown-it-py",
                           [sys.executable, os.path.join(BENCH, "py_pipeline.py"), *pages], None))
    b = best_of(docs_cases, runs)
    for name, _, _ in docs_cases:
        rows.append(("docs", name, b[name][0], b[name][1], ""))
    res["docs"] = {name: b[name] for name, _, _ in docs_cases}

    # 2. Scale: synthetic sites of 1x, 10x and 100x the pages, 2 threads and 1.
    scale = []
    sources = ":".join([docs, history])
    for copies in ([1, 2] if args.quick else [1, 10, 100]):
        site = os.path.join(work, f"site{copies}")
        extra = ["--limit", "20"] if args.quick else []
        sh([sys.executable, os.path.join(BENCH, "make_site.py"), sources, site, str(copies), *extra],
           stdout=subprocess.DEVNULL)
        n = len(md_files(site))
        cases = [
            (f"{copies}x 2 threads", [scimdoc, "check", "--format", "json", "--threads", "2", site], (0, 1)),
            (f"{copies}x 1 thread", [scimdoc, "check", "--format", "json", "--threads", "1", site], (0, 1)),
        ]
        bb = best_of(cases, min(runs, 3) if copies >= 100 else runs)
        two, one = bb[cases[0][0]], bb[cases[1][0]]
        scale.append((copies, n, two[0], one[0], two[1]))
        rows.append(("scale", f"check {copies}x ({n} pages), 2 threads", two[0], two[1],
                     f"1 thread {one[0]:.3f}s, speed-up {one[0] / two[0]:.2f}x"))
        shutil.rmtree(site)
    res["scale"] = scale

    # 3. Lint: a large Graph export (the Salesforce schema wrapped as a bundle).
    bundle = os.path.join(work, "bundle.json")
    fixture = os.path.join(SHARED, "fixtures", "entra-graph", "graph-schema-salesforce-full-2017.json")
    with open(bundle, "w") as f:
        f.write('{"schema": ' + open(fixture).read() + "}")
    bundle_schema = os.path.join(work, "bundle.schema.json")
    with open(bundle_schema, "w") as f:
        f.write(BUNDLE_SCHEMA)
    sample = os.path.join(ROOT, "content", "configuring-scim-with-azure-ad.md")
    lint_cases = [("scimdoc lint (Graph schema bundle)",
                   [scimdoc, "lint", bundle, "--docs", sample, "--format", "json"], (0, 1))]
    if "check-jsonschema" not in missing:
        lint_cases.append(("check-jsonschema (same file)",
                           ["check-jsonschema", "--schemafile", bundle_schema, bundle], None))
    b = best_of(lint_cases, runs)
    for name, _, _ in lint_cases:
        rows.append(("lint", name, b[name][0], b[name][1], ""))
    res["lint"] = {name: b[name] for name, _, _ in lint_cases}

    # 4. Hostile inputs: 10k and 100k of each construct, through `scimdoc check`.
    hostile = []
    small, large = (1000, 10000) if args.quick else (10000, 100000)
    for n in (small, large):
        sh([sys.executable, os.path.join(BENCH, "hostile.py"), str(n), os.path.join(work, f"h{n}")])
    for name in sorted(os.listdir(os.path.join(work, f"h{small}"))):
        def argv(path):
            if path.endswith(".json"):
                return [scimdoc, "lint", path, "--format", "text"]
            return [scimdoc, "check", "--format", "json", path]
        cases = [(f"{name} {n}", argv(os.path.join(work, f"h{n}", name)), (0, 1))
                 for n in (small, large)]
        bb = best_of(cases, runs)
        t_small, t_large = bb[cases[0][0]][0], bb[cases[1][0]][0]
        hostile.append((name, t_small, t_large, t_large / t_small, bb[cases[1][0]][1]))
        rows.append(("hostile", f"{name} {large // 1000}k", t_large, bb[cases[1][0]][1],
                     f"{small // 1000}k {t_small:.4f}s, ratio {t_large / t_small:.1f}x"))
    res["hostile"], res["hostile_sizes"] = hostile, (small, large)

    # 5. Start-up.
    start_cases = [("scimdoc --help", [scimdoc, "--help"], None),
                   ("scimdoc manifest sample", [scimdoc, "manifest", sample], None)]
    if "cmark-gfm" not in missing:
        start_cases.append(("cmark-gfm --version", ["cmark-gfm", "--version"], None))
    b = best_of(start_cases, runs * 2)
    for name, _, _ in start_cases:
        rows.append(("start-up", name, b[name][0], b[name][1], ""))
    res["startup"] = {name: b[name] for name, _, _ in start_cases}

    # 6. Build: cold (fresh cache) and warm, on the 359-page site, and a
    # rerun after one page was edited (the page cache serves the others).
    # The site is copied (file times kept) so a page can be edited.
    out_dir, cache_dir = os.path.join(work, "public"), os.path.join(work, "cache")
    source_site = os.path.join(docs, "docs") if not args.quick else os.path.dirname(pages[0])
    build_site = os.path.join(work, "build-site")
    shutil.copytree(source_site, build_site)
    edited = sorted(os.path.join(b, f) for b, _, fs in os.walk(build_site) for f in fs
                    if f.endswith(".md"))[0]
    original = open(edited, "rb").read()
    build = [scimdoc, "build", build_site, "--out", out_dir, "--cache-dir", cache_dir]
    cold_best = warm_best = edit_best = None
    for i in range(runs):
        shutil.rmtree(cache_dir, ignore_errors=True)
        shutil.rmtree(out_dir, ignore_errors=True)
        cold, rss, code = measure(build)
        warm, wrss, wcode = measure(build)
        # An edit an hour ago (a page changed within the last seconds is
        # always re-read, so this measures the cache, not that guard).
        with open(edited, "wb") as f:
            f.write(original + (b"\n" * (i + 1)))
        past = time.time() - 3600
        os.utime(edited, (past, past))
        edit, erss, ecode = measure(build)
        if any(c not in (0, 1) for c in (code, wcode, ecode)):
            raise SystemExit(f"build: exit {code}/{wcode}/{ecode}")
        cold_best = min(cold, cold_best or cold)
        warm_best = min(warm, warm_best or warm)
        edit_best = min(edit, edit_best or edit)
    rows.append(("build", "scimdoc build, cold (fresh cache)", cold_best, rss, ""))
    rows.append(("build", "scimdoc build, warm (nothing changed)", warm_best, wrss,
                 f"cold / warm {cold_best / warm_best:.1f}x"))
    rows.append(("build", "scimdoc build, one page edited", edit_best, erss,
                 f"cold / edited {cold_best / edit_best:.1f}x"))
    res["build"] = (cold_best, warm_best)

    shutil.rmtree(work, ignore_errors=True)
    res["seconds"] = time.perf_counter() - began
    write_results(rows, res, ROOT, None if args.quick else os.path.join(BENCH, "RESULTS.md"))


if __name__ == "__main__":
    main()
