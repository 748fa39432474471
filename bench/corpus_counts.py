#!/usr/bin/env python3
"""Findings per rule and level on the shared corpora, up and down steps apart, and the change against an earlier count.

Issue 12 asks that no new false alarm appears on ../shared/corpus and ../shared/corpus2: count before a change, count
after, and explain every row the comparison prints.
Usage:
  bench/corpus_counts.py [--jar target/miglint.jar] [--out counts.tsv] [--compare before.tsv] [corpus dir ...]
Corpora default to ../shared/corpus and ../shared/corpus2. The TSV has one row per corpus, dialect, step (up or down),
rule and level with the number of unsuppressed findings.
"""
import argparse
import collections
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))


def lint(jar, path):
    out = subprocess.run(["java", "-jar", jar, "lint", "--format", "json", "--fail-on", "never", path],
                         capture_output=True, text=True, cwd=path)
    if out.returncode not in (0, 1):
        sys.exit(f"miglint exited {out.returncode} on {path}: {out.stderr.strip()[:500]}")
    return json.loads(out.stdout)["findings"]


def count(jar, corpora):
    counts = collections.Counter()
    for corpus in corpora:
        for dialect in ("postgres", "sqlite", "mysql"):
            path = os.path.join(corpus, dialect)
            if not os.path.isdir(path):
                continue
            for f in lint(jar, path):
                if not f["suppressed"]:
                    step = "down" if f.get("downStep") else "up"
                    counts[(os.path.basename(corpus), dialect, step, f["ruleId"], f["level"])] += 1
    return counts


def read(path):
    counts = collections.Counter()
    with open(path) as tsv:
        for line in tsv:
            if line.startswith("#") or not line.strip():
                continue
            *key, n = line.rstrip("\n").split("\t")
            counts[tuple(key)] = int(n)
    return counts


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jar", default=os.path.join(here, "..", "target", "miglint.jar"))
    ap.add_argument("--out", help="write the counts here (TSV)")
    ap.add_argument("--compare", help="an earlier TSV: print the rows that changed")
    ap.add_argument("corpora", nargs="*")
    args = ap.parse_args()
    corpora = [os.path.abspath(c) for c in args.corpora] or [
        os.path.abspath(os.path.join(here, "..", "..", "shared", c)) for c in ("corpus", "corpus2")]
    counts = count(os.path.abspath(args.jar), [c for c in corpora if os.path.isdir(c)])
    if args.out:
        with open(args.out, "w") as tsv:
            tsv.write("# corpus\tdialect\tstep\trule\tlevel\tfindings\n")
            for key in sorted(counts):
                tsv.write("\t".join(key) + f"\t{counts[key]}\n")
    totals = collections.Counter()
    for (corpus, dialect, step, rule, level), n in counts.items():
        totals[(corpus, dialect, step, level)] += n
    for key in sorted(totals):
        print("\t".join(key), totals[key], sep="\t")
    if args.compare:
        before = read(args.compare)
        print("\nchanged (corpus, dialect, step, rule, level: before -> after):")
        for key in sorted(set(before) | set(counts)):
            if before[key] != counts[key]:
                print("\t".join(key), f"{before[key]} -> {counts[key]} ({counts[key] - before[key]:+d})", sep="\t")


if __name__ == "__main__":
    main()
