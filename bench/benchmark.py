#!/usr/bin/env python3
"""Benchmark miglint against squawk on the shared corpus.

Builds the jar, installs squawk-cli from npm into a temporary folder, then runs both tools in alternating
pairs (a warm-up pair first) and prints median wall time, CPU time and peak RSS per tool and the per-pair
wall-time ratio, as Markdown. Cold runs (a fresh JVM each time, no cache) are the headline.

Usage: bench/benchmark.py [--pairs N] [--corpus DIR] [--no-build] [--java PATH]
"""
import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def run_measured(cmd, cwd):
    """Runs cmd, returns (wall seconds, cpu seconds, peak RSS MiB, exit code)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024.0, os.waitstatus_to_exitcode(status)


def sql_files(directory):
    return sorted(str(p) for p in Path(directory).rglob("*.sql") if p.is_file())


def install_squawk(folder):
    subprocess.run(["npm", "install", "--silent", "--prefix", folder, "squawk-cli"], check=True,
                   stdout=subprocess.DEVNULL)
    binary = Path(folder) / "node_modules" / ".bin" / "squawk"
    version = subprocess.run([str(binary), "--version"], capture_output=True, text=True).stdout.strip()
    return str(binary), version


def compare(name, miglint_cmd, squawk_cmd, pairs, cwd):
    rows = {"miglint": [], "squawk": []}
    ratios = []
    for i in range(pairs + 1):
        m = run_measured(miglint_cmd, cwd)
        s = run_measured(squawk_cmd, cwd) if squawk_cmd else None
        if i == 0:
            continue  # warm-up pair: file system cache, not the JVM (every run is a fresh JVM)
        rows["miglint"].append(m)
        if s:
            rows["squawk"].append(s)
            ratios.append(m[0] / s[0])
    lines = [f"### {name}", "", "| tool | median wall (s) | median CPU (s) | peak RSS (MiB) |", "| --- | --- | --- | --- |"]
    for tool, runs in rows.items():
        if runs:
            lines.append(f"| {tool} | {statistics.median(r[0] for r in runs):.3f} | "
                         f"{statistics.median(r[1] for r in runs):.3f} | {max(r[2] for r in runs):.0f} |")
    if ratios:
        lines.append("")
        lines.append(f"miglint/squawk wall ratio per pair: {', '.join(f'{r:.2f}' for r in ratios)}; "
                     f"median {statistics.median(ratios):.2f}")
    lines.append("")
    return "\n".join(lines), rows


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--corpus", default=str(REPO.parent / "shared" / "corpus"))
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--java", default="java")
    args = parser.parse_args()

    corpus = Path(args.corpus)
    if not (corpus / "postgres").is_dir():
        sys.exit(f"benchmark: no corpus at {corpus} (pass --corpus DIR)")
    if not args.no_build:
        subprocess.run(["mvn", "-B", "-q", "package", "-DskipTests"], cwd=REPO, check=True)
    jar = REPO / "target" / "miglint.jar"
    launcher = [str(REPO / "miglint")]
    env_java = shutil.which(args.java) or args.java
    os.environ["JAVA"] = env_java

    work = Path(tempfile.mkdtemp(prefix="miglint-bench-"))
    try:
        squawk, squawk_version = install_squawk(str(work / "squawk"))
        java_version = subprocess.run([env_java, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
        cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                    if l.startswith("model name")), platform.processor())
        report = ["## Run", "", f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
                  f"- machine: {os.cpu_count()} cores, {cpu}, {platform.system()} {platform.release()}",
                  f"- JDK: {java_version}", f"- miglint: {jar.name} ({jar.stat().st_size // 1024} KiB)",
                  f"- squawk: {squawk_version}", f"- pairs: {args.pairs} after one warm-up pair", ""]

        miglint_lint = launcher + ["lint", "--quiet", "--fail-on", "never"]
        pg = corpus / "postgres"
        pg_files = sql_files(pg)
        text, _ = compare(f"Whole PostgreSQL corpus ({len(pg_files)} files)", miglint_lint + ["--dialect", "postgres", str(pg)],
                          [squawk] + pg_files, args.pairs, work)
        report.append(text)

        small = REPO / "examples" / "shop-postgres" / "002_orders_user_index.sql"
        text, _ = compare("One small migration file (pre-commit case)", miglint_lint + [str(small)],
                          [squawk, str(small)], args.pairs, work)
        report.append(text)

        for dialect in ("mysql", "sqlite"):
            if (corpus / dialect).is_dir():
                text, _ = compare(f"{dialect} corpus ({len(sql_files(corpus / dialect))} files, miglint only)",
                                  miglint_lint + ["--dialect", dialect, str(corpus / dialect)], None, args.pairs, work)
                report.append(text)

        replicated = work / "replicated"
        for i in range(10):
            shutil.copytree(pg, replicated / f"copy{i}")
        one, runs_one = compare("Scaling: PostgreSQL corpus once", miglint_lint + [str(pg)], None, args.pairs, work)
        ten, runs_ten = compare("Scaling: PostgreSQL corpus 10x", miglint_lint + [str(replicated)], None, args.pairs, work)
        ratio = statistics.median(r[0] for r in runs_ten["miglint"]) / statistics.median(r[0] for r in runs_one["miglint"])
        report.append(one)
        report.append(ten)
        report.append(f"10x corpus / 1x corpus wall time: {ratio:.2f} (target <= 11)\n")
        print("\n".join(report))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
