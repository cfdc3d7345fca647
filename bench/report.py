"""Formats the benchmark results: the table, each target met or not, RESULTS.md."""
import datetime
import os
import platform
import subprocess


def verdict(ok):
    return "**met**" if ok else "**not met**"


def target_lines(res):
    """One line per issue-6 target, with the measured numbers."""
    out = []
    docs = res["docs"]
    s = docs["scimdoc check"][0]
    cmark = docs.get("cmark-gfm (C, Markdown only)")
    py = docs.get("python-frontmatter + markdown-it-py")
    if cmark:
        r = s / cmark[0]
        out.append(f"- Docs: scimdoc check / cmark-gfm = **{r:.2f}x** (target ≤ 1.0x): {verdict(r <= 1.0)}")
    if py:
        r = py[0] / s
        out.append(f"- Docs: Python pipeline / scimdoc check = **{r:.1f}x** (target ≥ 20x): {verdict(r >= 20)}")
    scale = res["scale"]
    per_page = {c: two / n for c, n, two, _, _ in scale}
    base = per_page[scale[0][0]]
    for copies, n, two, one, rss in scale:
        growth = per_page[copies] / base
        out.append(
            f"- Scale {copies}x: {n} pages, {two:.3f}s on 2 threads ({n / two:.0f} pages/s, "
            f"{growth:.2f}x the 1x time per page), {one:.3f}s on 1 thread: speed-up "
            f"**{one / two:.2f}x** (target ≥ 1.7x): {verdict(one / two >= 1.7)}; peak {rss:.0f} MB")
    big = scale[-1]
    out.append(f"- Scale: time per page at {big[0]}x is **{per_page[big[0]] / base:.2f}x** the 1x time "
               f"(linear: ≤ 1.25x): {verdict(per_page[big[0]] / base <= 1.25)}; peak RSS at {big[0]}x "
               f"**{big[4]:.0f} MB** (target < 150 MB): {verdict(big[4] < 150)}")
    lint = res["lint"]
    ours = lint["scimdoc lint (Graph schema bundle)"][0]
    cj = lint.get("check-jsonschema (same file)")
    line = f"- Lint: scimdoc lint **{ours * 1000:.1f} ms** (target < 20 ms): {verdict(ours < 0.020)}"
    if cj:
        line += f"; check-jsonschema / scimdoc = **{cj[0] / ours:.1f}x** (target ≥ 20x): {verdict(cj[0] / ours >= 20)}"
    out.append(line)
    small, large = res["hostile_sizes"]
    worst = max(r for _, _, _, r, _ in res["hostile"])
    out.append(f"- Hostile inputs: worst {large // 1000}k / {small // 1000}k ratio **{worst:.1f}x** "
               f"(target ≤ 12x): {verdict(worst <= 12)}")
    for name, a, c, r, _ in res["hostile"]:
        out.append(f"  - {name}: {a * 1000:.1f} ms → {c * 1000:.1f} ms ({r:.1f}x)")
    st = res["startup"]
    parts = [f"{name} {v[0] * 1000:.1f} ms" for name, v in st.items()]
    out.append("- Start-up: " + ", ".join(parts))
    cold, warm = res["build"]
    out.append(f"- Build: cold {cold:.3f}s, warm {warm:.3f}s: warm is **1/{cold / warm:.1f}** of cold "
               f"(target ≤ 1/10): {verdict(cold / warm >= 10)}")
    return out


def write_results(rows, res, root, path):
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=root,
                            capture_output=True, text=True).stdout.strip()
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0, 0, 0)
    lines = [
        "# scimdoc benchmark results", "",
        "Written by `python3 bench/run.py` (issue 6); numbers are wall-clock seconds, "
        "best of interleaved rounds, and peak RSS.", "",
        f"- date: {datetime.datetime.now(datetime.timezone.utc).strftime('%Y-%m-%d %H:%M UTC')}",
        f"- commit: {commit}",
        f"- machine: {platform.machine()}, {os.cpu_count()} cores, {platform.platform()}; "
        f"load average at the end {load[0]:.2f}",
        f"- mode: {'quick (CI smoke, debug build)' if res['quick'] else 'release build (static executable, %s), best of %d interleaved runs' % (res.get('allocator', 'glibc malloc'), res['runs'])}",
        f"- docs input: {res['pages']} pages, {res['bytes'] / 1e6:.2f} MB (front matter blanked for cmark-gfm)",
        f"- benchmark duration: {res['seconds']:.0f}s",
    ]
    if res["missing"]:
        lines.append(f"- peers missing (their cases skipped): {', '.join(res['missing'])}")
    lines += ["", "| group | case | best wall (s) | peak RSS (MB) | notes |", "|---|---|---:|---:|---|"]
    for group, name, secs, rss, note in rows:
        lines.append(f"| {group} | {name} | {secs:.4f} | {rss:.1f} | {note} |")
    lines += ["", "## Targets", ""]
    if res["quick"]:
        lines.append("(quick mode: a smoke test of the debug build on small inputs; verdicts mean nothing)")
        lines.append("")
    lines += target_lines(res)
    text = "\n".join(lines) + "\n"
    print(text)
    if path:
        with open(path, "w") as f:
            f.write(text)
