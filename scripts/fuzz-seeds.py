#!/usr/bin/env python3
"""Regenerates the Jazzer seed corpus of dev.miglint.fuzz.MigrationFuzzTest (docs/reliability.md).

Seeds: every small fixture of test-fixtures/, a deterministic sample of ../shared/corpus (when present), and the
hand-written hostile inputs below. The first byte of a seed picks the dialect: '0' postgres, '1' sqlite, '2' mysql.
Files under crash-*/ or named crash-* (findings of a fuzzing campaign) are kept as they are.
"""
import hashlib
import os
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "src/test/resources/dev/miglint/fuzz/MigrationFuzzTestInputs"
MAX_BYTES = 4096
CORPUS_SAMPLE = 100
FIXTURE_SAMPLE = 150
DIALECT_BYTE = {"postgres": b"0", "sqlite": b"1", "mysql": b"2"}

HOSTILE = {
    "unterminated-quote": "CREATE TABLE t (a text DEFAULT 'oops);\n",
    "unterminated-dollar": "DO $$ BEGIN PERFORM 1;\n",
    "unterminated-tagged-dollar": "CREATE FUNCTION f() RETURNS int AS $fn$ SELECT 1; $$ $f$\n",
    "unterminated-comment": "SELECT 1;\n/* never closed\n",
    "nested-comments": "/* a /* b /* c */ d */ e */ SELECT 1; /* /* */\n",
    "only-open-paren": "(",
    "unbalanced-parens": "CREATE TABLE t ((((((((a int);\nALTER TABLE t ADD CHECK ((a > 1);\n",
    "template-open": "CREATE TABLE {{ x (a int);\n{{{{{{ SELECT 1;\n",
    "template-dollar-open": "ALTER TABLE ${schema.t ADD COLUMN a int;\n${",
    "do-nested": "DO $a$ BEGIN EXECUTE $b$ DO $c$ BEGIN DROP TABLE x; END $c$ $b$; END $a$;\n",
    "do-declare": "DO $$ DECLARE r record; BEGIN FOR r IN SELECT 1 LOOP DROP TABLE x; END LOOP; END $$;\n",
    "commas": "SELECT " + "," * 300 + ";\nCREATE TABLE t (" + "," * 100 + ");\n",
    "goose-sections": "-- +goose Up\n-- +goose StatementBegin\nSELECT 1; SELECT 2;\n-- +goose StatementEnd\n-- +goose Down\nDROP TABLE t;\n",
    "delimiter": "DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END$$\nDELIMITER ;\nDELIMITER\n",
    "copy-stdin": "COPY t FROM stdin;\n1\t2\n\\.\nSELECT 1;\n\\connect db\n",
    "breakpoints": "CREATE TABLE a (id int);\n--> statement-breakpoint\n--> statement-breakpoint\nCREATE TABLE b (id int)",
    "suppressions": "-- miglint:ignore no-such-rule, all\n-- miglint:ignore-file\nCREATE INDEX i ON t (a);\n",
    "crlf-bom": "\ufeffSELECT 1;\r\nALTER TABLE t ADD COLUMN c int;\rSELECT 2\n",
    "unicode": "CREATE TABLE caf\u00e9 (\u540d\u524d text, \U0001F600 int);\n",
    "mysql-backticks": "ALTER TABLE `t` ADD COLUMN `a;b` int, ALGORITHM=INPLACE, LOCK=NONE;\n",
    "sqlite-brackets": "CREATE TABLE [t] ([a] int); ALTER TABLE t RENAME COLUMN [a] TO [b];\n",
    "begin-atomic": "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; END; BEGIN; COMMIT;\n",
    "alter-many": "ALTER TABLE t ADD COLUMN a int NOT NULL DEFAULT now(), ALTER COLUMN b TYPE bigint USING b::bigint, "
                  "ADD CONSTRAINT c FOREIGN KEY (a) REFERENCES u (id) NOT VALID, DROP COLUMN d CASCADE;\n",
    "jsqlparser-fallback": "CREATE TABLE t (a int CHECK ((a IN (SELECT (a IN (SELECT 1))))) FROBNICATE);\n",
}


def seed_name(prefix, data):
    return prefix + "-" + hashlib.sha1(data).hexdigest()[:12]


def dialect_of(path):
    text = str(path).lower()
    for d in ("sqlite", "mysql"):
        if d in text:
            return d
    return "postgres"


def main():
    OUT.mkdir(parents=True, exist_ok=True)
    for old in OUT.iterdir():
        if old.is_file() and not old.name.startswith("crash-"):
            old.unlink()
    seeds = {}
    for name, text in HOSTILE.items():
        seeds["hostile-" + name] = DIALECT_BYTE["mysql" if "mysql" in name else "sqlite" if "sqlite" in name
                                                  else "postgres"] + text.encode()
    fixtures = sorted(p for p in (ROOT / "test-fixtures").rglob("*.sql") if p.stat().st_size <= MAX_BYTES)
    fixtures.sort(key=lambda p: hashlib.sha1(str(p.relative_to(ROOT)).encode()).hexdigest())
    for f in fixtures[:FIXTURE_SAMPLE]:
        data = f.read_bytes()
        if True:
            seeds[seed_name("fixture", data)] = DIALECT_BYTE[dialect_of(f.relative_to(ROOT))] + data
    corpus = ROOT.parent / "shared" / "corpus"
    if len(sys.argv) > 1:
        corpus = pathlib.Path(sys.argv[1])
    if corpus.is_dir():
        files = sorted(p for p in corpus.rglob("*.sql") if p.is_file() and p.stat().st_size <= MAX_BYTES)
        files.sort(key=lambda p: hashlib.sha1(str(p.relative_to(corpus)).encode()).hexdigest())
        for f in files[:CORPUS_SAMPLE]:
            rel = f.relative_to(corpus)
            dialect = rel.parts[0] if rel.parts[0] in DIALECT_BYTE else "postgres"
            data = f.read_bytes()
            seeds[seed_name("corpus", data)] = DIALECT_BYTE[dialect] + data
    for name, data in sorted(seeds.items()):
        (OUT / name).write_bytes(data)
    print(f"{len(seeds)} seeds in {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
