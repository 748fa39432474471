#!/usr/bin/env python3
"""Before/after: the self-contained tree of each given commit, measured on the same cases in alternated rounds.

Builds `mvn -B -q -Pdist package -DskipTests` of each commit in a temporary git worktree (the tree with its own trimmed
runtime and start-up cache, as users get it), then runs every case once per commit per round, the commits in turn,
after one warm-up round, and prints the median wall, median CPU (user+sys) and peak RSS of each commit per case as
Markdown, with the load average. Every run is a fresh process. The cases are benchmark.py's: `--version`, one small
file, the whole PostgreSQL corpus, and the PostgreSQL corpus replicated 10 times.

Usage: bench/compare_builds.py [--rounds N] [--corpus DIR] [--output FILE] COMMIT...
Example: bench/compare_builds.py f8e2710 HEAD
"""
import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchmark import REPO, find_corpus, load, run_measured  # noqa: E402


def build_tree(commit, work):
    """The dist tree of commit, built in a worktree under work; returns its bin/miglint."""
    folder = work / f"build-{commit}"
    subprocess.run(["git", "worktree", "add", "--detach", "-q", str(folder), commit], cwd=REPO, check=True)
    try:
        subprocess.run(["mvn", "-B", "-q", "-Pdist", "package", "-DskipTests"], cwd=folder, check=True,
                       stdout=subprocess.DEVNULL)
        tree = sorted((folder / "target" / "dist").glob("miglint-*/bin/miglint"))
        if not tree:
            sys.exit(f"compare_builds: {commit} built no dist tree")
        kept = work / f"tree-{commit}"
        shutil.copytree(tree[-1].parent.parent, kept, symlinks=True)
        return kept / "bin" / "miglint"
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(folder)], cwd=REPO, check=False)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("commits", nargs="+")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--corpus", default=None)
    parser.add_argument("--output", help="also write the report to this file")
    args = parser.parse_args()
    corpus = find_corpus(args.corpus)
    work = Path(tempfile.mkdtemp(prefix="miglint-builds-"))
    try:
        names = [subprocess.run(["git", "rev-parse", "--short", c], cwd=REPO, capture_output=True, text=True,
                                check=True).stdout.strip() for c in args.commits]
        launchers = {name: str(build_tree(name, work)) for name in names}
        pg = corpus / "postgres"
        replicated = work / "replicated"
        for i in range(10):
            shutil.copytree(pg, replicated / f"copy{i}")
        small = REPO / "examples" / "shop-postgres" / "002_orders_user_index.sql"
        lint = ["lint", "--quiet", "--fail-on", "never"]
        cases = [("miglint --version", ["--version"]),
                 ("one small file", lint + [str(small)]),
                 ("whole PostgreSQL corpus", lint + ["--dialect", "postgres", str(pg)]),
                 ("PostgreSQL corpus replicated 10x", lint + ["--dialect", "postgres", str(replicated)])]
        report = ["## Builds compared", "", f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
                  f"- machine: {os.cpu_count()} cores; load average before: {load()}",
                  f"- commits: {', '.join(names)}; {args.rounds} alternated rounds after a warm-up round",
                  f"- corpus: {corpus}", "",
                  "| case | commit | median wall (s) | median CPU user+sys (s) | peak RSS (MiB) |",
                  "| --- | --- | --- | --- | --- |"]
        for title, case_args in cases:
            runs = {name: [] for name in names}
            for round_number in range(args.rounds + 1):
                for name in names:
                    measured = run_measured([launchers[name]] + case_args, work)
                    if measured[3] not in (0, 1):
                        sys.exit(f"compare_builds: {name} failed on {title} (exit {measured[3]})")
                    if round_number > 0:
                        runs[name].append(measured)
            for name in names:
                r = runs[name]
                report.append(f"| {title} | {name} | {statistics.median(x[0] for x in r):.3f} | "
                              f"{statistics.median(x[1] for x in r):.3f} | {max(x[2] for x in r):.0f} |")
        report += ["", f"load average after: {load()}", ""]
        out = "\n".join(report)
        print(out)
        if args.output:
            Path(args.output).write_text(out + "\n", encoding="utf-8")
    finally:
        subprocess.run(["git", "worktree", "prune"], cwd=REPO, check=False)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
