#!/usr/bin/env python3
"""Lint the PostgreSQL corpus with miglint and squawk and count findings per hazard class, side by side.

Usage: bench/compare_squawk.py [--corpus DIR] [--no-build] [--diff CLASS]
  --diff CLASS   list the files where the two tools disagree on that hazard class (to study misses and
                 false alarms; fix ours where squawk is right).
Prints a Markdown table (recorded in docs/squawk-comparison.md).
"""
import argparse
import collections
import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent

# hazard class -> (squawk rules, miglint rules)
CLASSES = {
    "index build blocks writes": (["require-concurrent-index-creation"], ["index-without-concurrently"]),
    "index drop takes ACCESS EXCLUSIVE": (["require-concurrent-index-deletion"], ["drop-index-without-concurrently"]),
    "reindex without CONCURRENTLY": (["require-concurrent-reindex"], ["reindex-without-concurrently"]),
    "CONCURRENTLY inside a transaction": (["ban-concurrent-index-creation-in-transaction"], ["concurrently-in-transaction"]),
    "constraint validated under lock": (["constraint-missing-not-valid", "adding-foreign-key-constraint"], ["constraint-without-not-valid"]),
    "SET NOT NULL scans under lock": (["adding-not-nullable-field"], ["set-not-null-without-check"]),
    "NOT NULL column without default": (["adding-required-field"], ["not-null-column-without-default"]),
    "unique/PK built under lock": (["disallowed-unique-constraint"], ["unique-constraint-under-lock"]),
    "type change rewrites": (["changing-column-type"], ["column-type-change-rewrite"]),
    "default or serial rewrites": (["adding-field-with-default", "adding-serial-primary-key-field"], ["volatile-default-rewrite", "stored-generated-column"]),
    "missing lock_timeout": (["require-lock-timeout"], ["missing-lock-timeout"]),
    "drop column": (["ban-drop-column"], ["drop-column"]),
    "drop table": (["ban-drop-table"], ["drop-table"]),
    "drop database": (["ban-drop-database"], ["drop-database"]),
    "truncate": (["ban-truncate-cascade"], ["truncate-table"]),
    "rename column": (["renaming-column"], ["rename-column"]),
    "rename table": (["renaming-table"], ["rename-table"]),
    "transaction nesting": (["transaction-nesting"], ["transaction-nesting"]),
    "prefer bigint": (["prefer-bigint-over-int", "prefer-bigint-over-smallint"], ["prefer-bigint"]),
    "prefer identity": (["prefer-identity"], ["prefer-identity"]),
    "prefer timestamptz": (["prefer-timestamp-tz"], ["prefer-timestamptz"]),
    "char(n)": (["ban-char-field"], ["prefer-text-over-char"]),
    "varchar(n) (not a hazard for miglint)": (["prefer-text-field"], []),
    "DROP NOT NULL (expand step, not a hazard for miglint)": (["ban-drop-not-null"], []),
    "non-idempotent DDL": (["prefer-robust-stmts"], ["non-idempotent-ddl"]),
    "identifier too long": (["identifier-too-long"], ["identifier-too-long"]),
    "could not parse": (["syntax-error"], ["unparsed-statement"]),
}


DOWN = re.compile(r"(^|/)(down\.sql|[^/]*\.down\.sql|U\d[^/]*__[^/]*\.sql)$")


def squawk_findings(corpus, folder):
    """squawk knows no frameworks: it is given the files miglint lints as up migrations (not *.down.sql, down.sql, U__)."""
    subprocess.run(["npm", "install", "--silent", "--prefix", folder, "squawk-cli"], check=True, stdout=subprocess.DEVNULL)
    files = sorted(str(p.relative_to(corpus)) for p in corpus.rglob("*.sql") if not DOWN.search(str(p.relative_to(corpus))))
    out = subprocess.run([str(Path(folder) / "node_modules/.bin/squawk"), "--reporter", "json"] + files,
                         cwd=corpus, capture_output=True, text=True).stdout
    return [(f["rule_name"], f["file"]) for f in json.loads(out)]


def miglint_findings(corpus):
    out = subprocess.run([str(REPO / "miglint"), "lint", "--format", "json", "--fail-on", "never", "--dialect", "postgres", "."],
                         cwd=corpus, capture_output=True, text=True).stdout
    return [(f["ruleId"], f["path"]) for f in json.loads(out)["findings"] if not f["suppressed"]]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", default=str(REPO.parent / "shared" / "corpus"))
    parser.add_argument("--no-build", action="store_true")
    parser.add_argument("--diff")
    args = parser.parse_args()
    corpus = Path(args.corpus) / "postgres"
    if not corpus.is_dir():
        sys.exit(f"compare_squawk: no corpus at {corpus}")
    if not args.no_build:
        subprocess.run(["mvn", "-B", "-q", "package", "-DskipTests"], cwd=REPO, check=True)
    with tempfile.TemporaryDirectory() as tmp:
        squawk = squawk_findings(corpus, tmp)
    miglint = miglint_findings(corpus)

    by_tool = {"squawk": collections.defaultdict(collections.Counter), "miglint": collections.defaultdict(collections.Counter)}
    for tool, findings, index in (("squawk", squawk, 0), ("miglint", miglint, 1)):
        rule_to_class = {rule: cls for cls, rules in CLASSES.items() for rule in rules[index]}
        for rule, path in findings:
            by_tool[tool][rule_to_class.get(rule, f"({tool} only) {rule}")][path] += 1

    if args.diff:
        s, m = by_tool["squawk"][args.diff], by_tool["miglint"][args.diff]
        for path in sorted(set(s) | set(m)):
            if s[path] != m[path]:
                print(f"{path}: squawk {s[path]}, miglint {m[path]}")
        return
    print("| hazard class | squawk | miglint |")
    print("| --- | ---: | ---: |")
    classes = list(CLASSES) + sorted(c for t in by_tool.values() for c in t if c not in CLASSES)
    for cls in dict.fromkeys(classes):
        s = sum(by_tool["squawk"][cls].values())
        m = sum(by_tool["miglint"][cls].values())
        if s or m:
            print(f"| {cls} | {s} | {m} |")


if __name__ == "__main__":
    main()
