#!/usr/bin/env python3
"""scimdoc benchmarks against its peers, side by side in one run.

Usage: python3 bench/run.py [--quick] [--runs N]

Installs the peers it needs (cmark-gfm from Debian; python-frontmatter,
markdown-it-py and check-jsonschema from PyPI), builds scimdoc in release
mode, runs every case interleaved (each round runs every command once; the
best of N rounds counts), prints a table and writes bench/RESULTS.md.
--quick (used by CI) runs one small round and checks that every command works.
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
SCIMDOC = os.path.join(ROOT, ".build", "release", "scimdoc")


def sh(cmd, **kw):
    return subprocess.run(cmd, shell=isinstance(cmd, str), check=True, **kw)


def install_peers():
    if not shutil.which("cmark-gfm"):
        sh("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq cmark-gfm >/dev/null")
    try:
        import frontmatter  # noqa: F401
        import markdown_it  # noqa: F401
    except ImportError:
        sh([sys.executable, "-m", "pip", "install", "-q", "python-frontmatter", "markdown-it-py"])
    if not shutil.which("check-jsonschema"):
        sh([sys.executable, "-m", "pip", "install", "-q", "check-jsonschema"])


def measure(argv, stdin_path=None, cwd=ROOT):
    """Runs argv once; returns (wall seconds, peak RSS in MB, exit code)."""
    stdin = open(stdin_path, "rb") if stdin_path else subprocess.DEVNULL
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdin=stdin, stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, cwd=cwd)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    if stdin_path:
        stdin.close()
    return wall, usage.ru_maxrss / 1024.0, os.waitstatus_to_exitcode(status)


def best_of(cases, runs):
    """Interleaved rounds; returns {name: (best wall, peak rss, exit code)}."""
    best = {}
    for _ in range(runs):
        for name, argv, stdin in cases:
            wall, rss, code = measure(argv, stdin)
            if code not in (0, 1):
                raise SystemExit(f"{name}: exit {code}: {' '.join(argv)}")
            old = best.get(name)
            if old is None or wall < old[0]:
                best[name] = (wall, max(rss, old[1] if old else 0), code)
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


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--runs", type=int, default=5)
    args = ap.parse_args()
    runs = 1 if args.quick else args.runs
    install_peers()
    sh(["swift", "build", "-c", "release", "--product", "scimdoc"], cwd=ROOT,
       stdout=subprocess.DEVNULL)
    work = tempfile.mkdtemp(prefix="scimdoc-bench-")
    rows = []  # (group, name, seconds, rss, note)

    docs = os.path.join(SHARED, "corpus", "postman-docs-2024")
    history = os.path.join(SHARED, "corpus", "scim-pages", "history")
    pages = md_files(docs, history)
    if args.quick:
        pages = pages[:40]
    concat = os.path.join(work, "all.md")
    blanked_concat(pages, concat)
    size = os.path.getsize(concat)

    # 1. Docs
    doc_dirs = [docs, history] if not args.quick else pages
    docs_cases = [
        ("scimdoc check", [SCIMDOC, "check", "--format", "json", *doc_dirs], None),
        ("cmark-gfm (C, Markdown only)", ["cmark-gfm", "-t", "xml", "--sourcepos", "-e", "table"], concat),
        ("python-frontmatter + markdown-it-py", [sys.executable, os.path.join(BENCH, "py_pipeline.py"), *pages], None),
    ]
    b = best_of(docs_cases, runs)
    for name, _, _ in docs_cases:
        rows.append(("docs", name, b[name][0], b[name][1], ""))
    s = b["scimdoc check"][0]
    ratios = {
        "vs cmark-gfm": s / b["cmark-gfm (C, Markdown only)"][0],
        "python / scimdoc": b["python-frontmatter + markdown-it-py"][0] / s,
    }

    # 2. Scale
    scale = []
    for copies in ([1, 2] if args.quick else [1, 10, 100]):
        site = os.path.join(work, f"site{copies}")
        subprocess.run([sys.executable, os.path.join(BENCH, "make_site.py"),
                        ":".join([docs, history]) if not args.quick else docs, site,
                        str(copies)], check=True, stdout=subprocess.DEVNULL)
        n = len(md_files(site))
        cases = [
            (f"{copies}x 2 threads", [SCIMDOC, "check", "--format", "json", site], None),
            (f"{copies}x 1 thread", [SCIMDOC, "check", "--format", "json", "--threads", "1", site], None),
        ]
        bb = best_of(cases, 1 if copies >= 100 else runs)
        two, one = bb[cases[0][0]], bb[cases[1][0]]
        scale.append((copies, n, two[0], one[0], two[1]))
        rows.append(("scale", f"check {copies}x ({n} pages), 2 threads", two[0], two[1], f"1 thread {one[0]:.3f}s, speed-up {one[0] / two[0]:.2f}x"))
        shutil.rmtree(site)

    # 3. Lint
    bundle = os.path.join(work, "bundle.json")
    schema_fixture = os.path.join(SHARED, "fixtures", "entra-graph", "graph-schema-salesforce-full-2017.json")
    with open(bundle, "w") as f:
        f.write('{"schema": ' + open(schema_fixture).read() + "}")
    config_schema = os.path.join(ROOT, "schemas", "config.schema.json")
    sample = os.path.join(ROOT, "content", "configuring-scim-with-azure-ad.md")
    lint_cases = [
        ("scimdoc lint (Graph schema bundle)", [SCIMDOC, "lint", bundle, "--docs", sample, "--format", "json"], None),
        ("check-jsonschema (same file)", ["check-jsonschema", "--schemafile", config_schema, bundle], None),
    ]
    b = best_of(lint_cases, runs)
    for name, _, _ in lint_cases:
        rows.append(("lint", name, b[name][0], b[name][1], ""))
    ratios["check-jsonschema / scimdoc lint"] = b[lint_cases[1][0]][0] / b[lint_cases[0][0]][0]
    lint_ms = b[lint_cases[0][0]][0] * 1000

    # 4. Hostile inputs
    hostile = []
    small, large = (1000, 10000) if args.quick else (10000, 100000)
    for n in (small, large):
        subprocess.run([sys.executable, os.path.join(BENCH, "hostile.py"), str(n), os.path.join(work, f"h{n}")], check=True)
    for name in sorted(os.listdir(os.path.join(work, f"h{small}"))):
        cases = [(f"{name} {n}", [SCIMDOC, "dump", os.path.join(work, f"h{n}", name)], None) for n in (small, large)]
        bb = best_of(cases, runs)
        t_small, t_large = bb[cases[0][0]][0], bb[cases[1][0]][0]
        hostile.append((name, t_small, t_large, t_large / t_small))
        rows.append(("hostile", f"{name} {large // 1000}k", t_large, bb[cases[1][0]][1], f"{small // 1000}k {t_small:.4f}s, ratio {t_large / t_small:.1f}x"))

    # 5. Start-up
    start_cases = [
        ("scimdoc --help", [SCIMDOC, "--help"], None),
        ("scimdoc manifest sample", [SCIMDOC, "manifest", sample], None),
        ("cmark-gfm --version", ["cmark-gfm", "--version"], None),
    ]
    b = best_of(start_cases, runs * 2)
    for name, _, _ in start_cases:
        rows.append(("start-up", name, b[name][0], b[name][1], ""))

    shutil.rmtree(work, ignore_errors=True)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True).stdout.strip()
    lines = [
        "# scimdoc benchmark results", "",
        f"- date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- commit: {commit}",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}",
        f"- mode: {'quick (CI smoke)' if args.quick else f'best of {runs} interleaved runs'}",
        f"- docs input: {len(pages)} pages, {size / 1e6:.2f} MB", "",
        "| group | case | best wall (s) | peak RSS (MB) | notes |", "|---|---|---:|---:|---|",
    ]
    for group, name, secs, rss, note in rows:
        lines.append(f"| {group} | {name} | {secs:.4f} | {rss:.1f} | {note} |")
    lines += ["", "## Ratios", ""]
    lines.append(f"- scimdoc check / cmark-gfm: **{ratios['vs cmark-gfm']:.2f}x** (target ≤ 1.0x)")
    lines.append(f"- Python pipeline / scimdoc check: **{ratios['python / scimdoc']:.1f}x** (target ≥ 20x)")
    lines.append(f"- check-jsonschema / scimdoc lint: **{ratios['check-jsonschema / scimdoc lint']:.1f}x** (target ≥ 20x); scimdoc lint {lint_ms:.1f} ms (target < 20 ms)")
    for copies, n, two, one, rss in scale:
        lines.append(f"- scale {copies}x: {n} pages, {two:.3f}s on 2 threads ({n / two:.0f} pages/s), {one:.3f}s on 1 (speed-up {one / two:.2f}x), peak {rss:.0f} MB")
    for name, a, c, r in hostile:
        lines.append(f"- hostile {name}: {small // 1000}k {a * 1000:.1f} ms, {large // 1000}k {c * 1000:.1f} ms, ratio {r:.1f}x (target ≤ 12x)")
    text = "\n".join(lines) + "\n"
    print(text)
    if not args.quick:
        with open(os.path.join(BENCH, "RESULTS.md"), "w") as f:
            f.write(text)


if __name__ == "__main__":
    main()
