#!/usr/bin/env python3
"""Findings added by linting down steps, by rule and level, on the shared corpora.

Lints each dialect folder of each corpus twice with the packaged jar, with and without --no-check-down, checks that
the up findings are the same both ways (the forward history never sees a down step) and counts the down findings.
Usage: bench/down_steps.py [target/miglint.jar] [corpus dir ...]  (default ../shared/corpus ../shared/corpus2)
"""
import collections
import json
import os
import subprocess
import sys

here = os.path.dirname(os.path.abspath(__file__))
jar = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "..", "target", "miglint.jar"))
corpora = [os.path.abspath(c) for c in sys.argv[2:]] or [os.path.join(here, "..", "..", "shared", c) for c in ("corpus", "corpus2")]


def lint(path, *extra):
    out = subprocess.run(["java", "-jar", jar, "lint", "--format", "json", "--fail-on", "never", *extra, path],
                         capture_output=True, text=True, cwd=path)
    return json.loads(out.stdout)["findings"]


def key(f):
    return (f["ruleId"], f["path"], f["startLine"], f["startColumn"], f["message"])


for corpus in corpora:
    if not os.path.isdir(corpus):
        continue
    for dialect in ("postgres", "sqlite", "mysql"):
        path = os.path.join(corpus, dialect)
        if not os.path.isdir(path):
            continue
        with_down = lint(path)
        without = lint(path, "--no-check-down")
        up = sorted(key(f) for f in with_down if not f.get("downStep"))
        same = up == sorted(key(f) for f in without)
        down = [f for f in with_down if f.get("downStep") and not f["suppressed"]]
        by_rule = collections.Counter((f["ruleId"], f["level"]) for f in down)
        levels = collections.Counter(f["level"] for f in down)
        print(f"## {os.path.basename(os.path.normpath(corpus))}/{dialect}: {len(down)} down-step findings "
              f"({', '.join(f'{levels[l]} {l}' for l in ('error', 'warning', 'note'))}); "
              f"up findings unchanged: {same} ({len(up)})")
        for (rule, level), n in sorted(by_rule.items(), key=lambda e: (-e[1], e[0])):
            print(f"  {n:5d}  {level:7s} {rule}")
