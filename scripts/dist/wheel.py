#!/usr/bin/env python3
"""Writes a platform wheel of a dist tree (see scripts/dist.sh): the package `miglint` carries the tree under
miglint/dist/ and a `miglint` console script that execs its bin/miglint, so `pipx install miglint` and
`uvx miglint` need no Java. Written with the standard library (the wheel format is a zip with three metadata files).

Usage: wheel.py TREE VERSION PLATFORM_TAG OUT_DIR
"""
import base64
import hashlib
import os
import stat
import sys
import zipfile
from pathlib import Path

ENTRY = '''"""Runs the miglint build carried in this package (a Java runtime included)."""
import os
import sys
from pathlib import Path


def main():
    launcher = Path(__file__).resolve().parent / "dist" / "bin" / "miglint"
    if not os.access(launcher, os.X_OK):
        sys.stderr.write(f"miglint: {launcher} is missing or not executable; reinstall miglint\\n")
        sys.exit(2)
    keep_build_time(launcher.parent.parent / "lib" / "miglint.jar")
    os.execv(str(launcher), [str(launcher), *sys.argv[1:]])


# The tree's start-up cache is valid only for a jar with the modification time it was built with (the JVM checks
# it); pip does not keep file times, so the jar gets that time back the first time it is run.
BUILD_TIME = 499162500  # 1985-10-26T08:15:00Z


def keep_build_time(jar):
    try:
        if os.stat(jar).st_mtime != BUILD_TIME:
            os.utime(jar, (BUILD_TIME, BUILD_TIME))
    except OSError:
        pass  # read-only install: miglint runs without the cache


if __name__ == "__main__":
    main()
'''
FIXED_TIME = (1985, 10, 26, 8, 15, 0)


def record_line(name, data):
    digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
    return f"{name},sha256={digest},{len(data)}"


def main():
    tree, version, tag, out = Path(sys.argv[1]), sys.argv[2], sys.argv[3], Path(sys.argv[4])
    out.mkdir(parents=True, exist_ok=True)
    dist_info = f"miglint-{version}.dist-info"
    wheel = out / f"miglint-{version}-py3-none-{tag}.whl"
    records = []

    with zipfile.ZipFile(wheel, "w", zipfile.ZIP_DEFLATED) as zf:
        def add(name, data, mode=0o644):
            info = zipfile.ZipInfo(name, FIXED_TIME)
            info.external_attr = (stat.S_IFREG | mode) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, data)
            records.append(record_line(name, data))

        add("miglint/__init__.py", b'"""miglint, a static safety linter for database migrations."""\n')
        add("miglint/__main__.py", ENTRY.encode())
        for path in sorted(tree.rglob("*")):
            if path.is_symlink() or not path.is_file():
                continue
            mode = 0o755 if os.access(path, os.X_OK) else 0o644
            add(f"miglint/dist/{path.relative_to(tree).as_posix()}", path.read_bytes(), mode)
        add(f"{dist_info}/METADATA", (
            "Metadata-Version: 2.1\n"
            f"Name: miglint\nVersion: {version}\n"
            "Summary: Static safety linter for database migrations (PostgreSQL, SQLite, MySQL)\n"
            "Home-page: https://github.com/miglint/miglint\n"
            "Requires-Python: >=3.8\n").encode())
        add(f"{dist_info}/WHEEL", (
            "Wheel-Version: 1.0\nGenerator: miglint scripts/dist/wheel.py\nRoot-Is-Purelib: false\n"
            f"Tag: py3-none-{tag}\n").encode())
        add(f"{dist_info}/entry_points.txt", b"[console_scripts]\nmiglint = miglint.__main__:main\n")
        record = f"{dist_info}/RECORD"
        records.append(f"{record},,")
        info = zipfile.ZipInfo(record, FIXED_TIME)
        info.external_attr = (stat.S_IFREG | 0o644) << 16
        zf.writestr(info, "\n".join(records) + "\n")


if __name__ == "__main__":
    main()
