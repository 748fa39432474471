#!/usr/bin/env python3
"""Benchmark miglint against squawk on the shared corpus.

Builds the jar, installs squawk-cli from npm into a temporary folder, then runs both tools in alternating
pairs (a warm-up pair first) and prints median wall time, CPU time (user+sys) and peak RSS per tool and the
per-pair wall-time ratio, as Markdown, with the machine, JDK, versions and load average. Every run is cold: a
fresh JVM, no cache. Without npm or the npm registry it measures miglint alone and says why.

squawk is run as the native binary the npm package ships (@squawk-cli/<platform>/bin/squawk), not through the
package's Node.js wrapper, which adds ~50 ms of Node start-up to every run.

miglint runs through the self-contained tree that `mvn -B -Pdist package` writes (target/dist/miglint-*/bin/miglint,
with its own trimmed runtime and start-up cache) when it is there, else through ./miglint and the JDK on PATH;
--launcher picks another. The report names which one ran.

Usage: bench/benchmark.py [--pairs N] [--corpus DIR] [--no-build] [--java PATH] [--launcher PATH] [--no-squawk]
                          [--output FILE]
The corpus is ../shared/corpus beside the repository (or beside its parent, for a git worktree), or
$MIGLINT_CORPUS, or --corpus.
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
    """Returns (binary, version), or (None, why not)."""
    if shutil.which("npm") is None:
        return None, "npm is not installed"
    try:
        subprocess.run(["npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", folder, "squawk-cli"],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=300)
    except subprocess.TimeoutExpired:
        return None, "npm install squawk-cli timed out (is the npm registry reachable?)"
    except subprocess.CalledProcessError as e:
        detail = (e.stderr or b"").decode(errors="replace").strip().splitlines()
        return None, "npm install squawk-cli failed" + (f": {detail[-1]}" if detail else "")
    modules = Path(folder) / "node_modules"
    native = sorted(modules.glob("@squawk-cli/*/bin/squawk"))
    binary = native[0] if native else modules / ".bin" / "squawk"
    if not binary.exists():
        return None, "squawk-cli installed no squawk binary for this platform"
    try:
        version = subprocess.run([str(binary), "--version"], capture_output=True, text=True, timeout=30).stdout.strip()
    except OSError as e:
        return None, f"squawk does not run here: {e}"
    return str(binary), version + ("" if native else " (through its Node.js wrapper)")


def find_corpus(given):
    candidates = [given] if given else []
    if os.environ.get("MIGLINT_CORPUS"):
        candidates.append(os.environ["MIGLINT_CORPUS"])
    candidates += [REPO.parent / "shared" / "corpus", REPO.parent.parent / "shared" / "corpus"]
    for c in candidates:
        if (Path(c) / "postgres").is_dir():
            return Path(c)
    sys.exit("benchmark: no corpus found (tried " + ", ".join(str(c) for c in candidates) + "); pass --corpus DIR")


def load():
    return "{:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


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
    lines = [f"### {name}", "", f"load average after: {load()}", "",
             "| tool | median wall (s) | min wall (s) | median CPU user+sys (s) | peak RSS (MiB) |",
             "| --- | --- | --- | --- | --- |"]
    for tool, runs in rows.items():
        if runs:
            lines.append(f"| {tool} | {statistics.median(r[0] for r in runs):.3f} | {min(r[0] for r in runs):.3f} | "
                         f"{statistics.median(r[1] for r in runs):.3f} | {max(r[2] for r in runs):.0f} |")
            if any(r[3] not in (0, 1) for r in runs):
                lines.append(f"| {tool} | exit codes {sorted(set(r[3] for r in runs))}: runs failed | | | |")
    if ratios:
        lines.append("")
        lines.append(f"miglint/squawk wall ratio per pair: {', '.join(f'{r:.2f}' for r in ratios)}; "
                     f"median {statistics.median(ratios):.2f}")
    lines.append("")
    return "\n".join(lines), rows


def choose_launcher(given):
    if given:
        return str(Path(given).resolve())
    bundled = sorted((REPO / "target" / "dist").glob("miglint-*/bin/miglint"))
    return str(bundled[-1]) if bundled else str(REPO / "miglint")


def median_wall(runs, tool="miglint"):
    return statistics.median(r[0] for r in runs[tool])


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pairs", type=int, default=5)
    parser.add_argument("--corpus", default=None)
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--no-squawk", action="store_true", help="measure miglint alone")
    parser.add_argument("--java", default="java", help="JDK for ./miglint (not used by a bundled runtime)")
    parser.add_argument("--launcher", help="the miglint command to measure (default: the dist tree, else ./miglint)")
    parser.add_argument("--output", help="also write the report to this file")
    args = parser.parse_args()

    corpus = find_corpus(args.corpus)
    if not args.no_build:
        subprocess.run(["mvn", "-B", "-q", "package", "-DskipTests"], cwd=REPO, check=True)
    jar = REPO / "target" / "miglint.jar"
    launcher = [choose_launcher(args.launcher)]
    env_java = shutil.which(args.java) or args.java
    os.environ["JAVA"] = env_java

    work = Path(tempfile.mkdtemp(prefix="miglint-bench-"))
    try:
        if args.no_squawk:
            squawk, squawk_version = None, "not measured (--no-squawk)"
        else:
            squawk, squawk_version = install_squawk(str(work / "squawk"))
            if squawk is None:
                squawk_version = f"not measured: {squawk_version}"
                print(f"benchmark: squawk {squawk_version}; measuring miglint alone", file=sys.stderr)
        java_version = subprocess.run([env_java, "-version"], capture_output=True, text=True).stderr.splitlines()[0]
        cpu = next((l.split(":", 1)[1].strip() for l in Path("/proc/cpuinfo").read_text().splitlines()
                    if l.startswith("model name")), platform.processor()) if Path("/proc/cpuinfo").exists() \
            else platform.processor()
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True,
                                text=True).stdout.strip() or "unknown"
        report = ["## Run", "", f"- date: {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}",
                  f"- machine: {os.cpu_count()} cores, {cpu}, {platform.system()} {platform.release()}",
                  f"- load average before (1, 5, 15 min): {load()}",
                  f"- launcher: {launcher[0]}" + ("" if launcher[0].endswith("/bin/miglint") else f" with {java_version}"),
                  f"- miglint: {commit}, {jar.name} ({jar.stat().st_size // 1024} KiB)",
                  f"- squawk: {squawk_version}", f"- pairs: {args.pairs} after one warm-up pair",
                  f"- corpus: {corpus}", ""]
        targets = []

        miglint_lint = launcher + ["lint", "--quiet", "--fail-on", "never"]
        text, version = compare("Start-up: miglint --version", launcher + ["--version"],
                                [squawk, "--version"] if squawk else None, args.pairs, work)
        report.append(text)
        version_wall = median_wall(version)
        targets.append(("miglint --version, wall", "<= 0.100 s", f"{version_wall:.3f} s", version_wall <= 0.100))
        pg = corpus / "postgres"
        pg_files = sql_files(pg)
        text, whole = compare(f"Whole PostgreSQL corpus ({len(pg_files)} files)",
                              miglint_lint + ["--dialect", "postgres", str(pg)],
                              [squawk] + pg_files if squawk else None, args.pairs, work)
        report.append(text)
        if whole["squawk"]:
            ratio = median_wall(whole) / median_wall(whole, "squawk")
            targets.append(("whole PostgreSQL corpus, miglint wall / squawk wall", "<= 1.0", f"{ratio:.2f}", ratio <= 1.0))

        small = REPO / "examples" / "shop-postgres" / "002_orders_user_index.sql"
        text, one = compare("One small migration file (pre-commit case)", miglint_lint + [str(small)],
                            [squawk, str(small)] if squawk else None, args.pairs, work)
        report.append(text)
        one_wall = median_wall(one)
        targets.append(("one small migration file, miglint wall", "<= 0.120 s", f"{one_wall:.3f} s", one_wall <= 0.120))

        for dialect in ("mysql", "sqlite"):
            if (corpus / dialect).is_dir():
                text, _ = compare(f"{dialect} corpus ({len(sql_files(corpus / dialect))} files, miglint only)",
                                  miglint_lint + ["--dialect", dialect, str(corpus / dialect)], None, args.pairs, work)
                report.append(text)

        replicated = work / "replicated"
        for i in range(10):
            shutil.copytree(pg, replicated / f"copy{i}")
        ten_x, runs_ten = compare("PostgreSQL corpus replicated 10x", miglint_lint + ["--dialect", "postgres", str(replicated)],
                                  [squawk, str(replicated / "**" / "*.sql")] if squawk else None, args.pairs, work)
        report.append(ten_x)
        if runs_ten["squawk"]:
            ratio = median_wall(runs_ten) / median_wall(runs_ten, "squawk")
            targets.append(("10x corpus, miglint wall / squawk wall", "<= 1.0", f"{ratio:.2f}", ratio <= 1.0))
        scaling = median_wall(runs_ten) / median_wall(whole)
        targets.append(("10x corpus / 1x corpus, miglint wall", "<= 11", f"{scaling:.2f}", scaling <= 11))
        rss = max(r[2] for r in runs_ten["miglint"])
        targets.append(("peak RSS on the 10x corpus", "<= 256 MiB", f"{rss:.0f} MiB", rss <= 256))

        report += ["### Targets", "", "| target | goal | measured | met |", "| --- | --- | --- | --- |"]
        report += [f"| {name} | {goal} | {value} | {'yes' if ok else 'no'} |" for name, goal, value, ok in targets]
        report.append("")
        out = "\n".join(report)
        print(out)
        if args.output:
            Path(args.output).write_text(out + "\n", encoding="utf-8")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
