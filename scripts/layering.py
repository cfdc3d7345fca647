#!/usr/bin/env python3
"""Which folder of Sources/ScimdocKit names which other folder's top-level types.

Usage: scripts/layering.py [--edges] [--why A B]

Prints the two-way folder pairs (both folders name a type the other declares)
and the arrows that point up against the layer order in ARCHITECTURE.md.
Tests/ScimdocKitTests/Support/LayeringTests.swift runs the same scan and fails
on either; this script is for looking at the evidence.
"""
import os
import re
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "ScimdocKit")
DECL = re.compile(
    r"^(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|internal|package|fileprivate|private|final|indirect|nonisolated)\s+)*"
    r"(?:struct|enum|class|protocol|actor|typealias)\s+([A-Za-z_]\w*)",
    re.M,
)
IDENT = re.compile(r"[A-Za-z_]\w*")


def strip(text):
    text = re.sub(r'"""[\s\S]*?"""', '""', text)
    text = re.sub(r"/\*[\s\S]*?\*/", "", text)
    text = re.sub(r"//[^\n]*", "", text)
    text = re.sub(r'#?"(?:[^"\\\n]|\\.)*"#?', '""', text)
    return text


def folder_of(path):
    rel = os.path.relpath(path, ROOT)
    parts = rel.split(os.sep)
    return parts[0] if len(parts) > 1 else "(root)"


def scan():
    files = {}
    for d, _, names in os.walk(ROOT):
        for n in names:
            if n.endswith(".swift"):
                p = os.path.join(d, n)
                with open(p, encoding="utf-8") as f:
                    files[p] = strip(f.read())
    owner = {}
    for p, text in files.items():
        for name in DECL.findall(text):
            owner.setdefault(name, folder_of(p))
    edges = {}  # (from, to) -> set of (file, type)
    local = re.compile(r"\b(?:struct|enum|class|protocol|actor|typealias)\s+([A-Za-z_]\w*)")
    for p, text in files.items():
        src = folder_of(p)
        own = set(local.findall(text))
        for ident in set(IDENT.findall(text)) - own:
            dst = owner.get(ident)
            if dst and dst != src:
                edges.setdefault((src, dst), set()).add((os.path.relpath(p, ROOT), ident))
    return edges


def layer_order():
    path = os.path.join(ROOT, "..", "..", "ARCHITECTURE.md")
    if not os.path.exists(path):
        return []
    with open(path, encoding="utf-8") as f:
        text = f.read()
    m = re.search(r"<!-- layers -->([\s\S]*?)<!-- /layers -->", text)
    if not m:
        return []
    layers = []
    for line in m.group(1).splitlines():
        line = line.strip()
        if line.startswith(("-", "*")) or re.match(r"^\d+\.", line):
            layers.append(re.findall(r"`([^`]+)/`", line.split(":", 1)[0]))
    return layers


def main():
    edges = scan()
    if "--why" in sys.argv:
        i = sys.argv.index("--why")
        a, b = sys.argv[i + 1], sys.argv[i + 2]
        for f, t in sorted(edges.get((a, b), ())):
            print(f"{a} -> {b}: {f} names {t}")
        return 0
    if "--edges" in sys.argv:
        for (a, b), why in sorted(edges.items()):
            print(f"{a} -> {b} ({len(why)})")
    pairs = sorted({tuple(sorted(k)) for k in edges if (k[1], k[0]) in edges})
    print(f"two-way folder pairs: {len(pairs)}")
    for a, b in pairs:
        print(f"  {a} <-> {b}")
    layers = layer_order()
    rank = {f: i for i, fs in enumerate(layers) for f in fs}
    up = []
    for (a, b) in sorted(edges):
        if a in rank and b in rank and rank[b] > rank[a]:
            up.append((a, b))
    missing = sorted({f for k in edges for f in k if f not in rank}) if layers else []
    if layers:
        print(f"arrows pointing up: {len(up)}")
        for a, b in up:
            print(f"  {a} -> {b}")
        if missing:
            print("folders not in ARCHITECTURE.md's layer list: " + ", ".join(missing))
    return 1 if pairs or up or missing else 0


if __name__ == "__main__":
    sys.exit(main())
