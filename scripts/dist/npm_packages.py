#!/usr/bin/env python3
"""Writes and packs the npm packages of a dist build (see scripts/dist.sh).

- `miglint`: a Node launcher as its bin, the plain jar for the JVM fallback, and every platform package as an
  optional dependency; npm installs only the one whose `os` and `cpu` match (the pattern of esbuild and squawk-cli).
  No install script: nothing is downloaded at install time.
- `@miglint/PLATFORM`: the self-contained tree of this build's platform.

Usage: npm_packages.py DIST WORK VERSION PLATFORM NPM_OS NPM_CPU
"""
import json
import shutil
import subprocess
import sys
from pathlib import Path

PLATFORMS = ["linux-x64", "linux-arm64", "macos-x64", "macos-arm64"]  # Windows: the JVM fallback for now
REPO = Path(__file__).resolve().parents[2]
DESCRIPTION = "Static safety linter for database migrations (PostgreSQL, SQLite, MySQL)"
COMMON = {
    "license": "UNLICENSED",  # no licence is chosen yet: set it before publishing
    "homepage": "https://github.com/miglint/miglint",
    "repository": {"type": "git", "url": "git+https://github.com/miglint/miglint.git"},
    "keywords": ["migrations", "postgresql", "sqlite", "mysql", "linter", "prisma", "drizzle"],
}


def pack(folder, destination):
    subprocess.run(["npm", "pack", "--silent", "--pack-destination", str(destination)], cwd=folder, check=True,
                   stdout=subprocess.DEVNULL)


def main():
    dist, work, (version, platform, npm_os, npm_cpu) = Path(sys.argv[1]), Path(sys.argv[2]) / "npm", sys.argv[3:7]
    shutil.rmtree(work, ignore_errors=True)
    out = dist / "npm"
    out.mkdir(parents=True, exist_ok=True)

    main_pkg = work / "miglint"
    (main_pkg / "bin").mkdir(parents=True)
    (main_pkg / "lib").mkdir()
    shutil.copy(REPO / "scripts" / "dist" / "npm-launcher.js", main_pkg / "bin" / "miglint.js")
    shutil.copy(work.parent / "miglint.jar", main_pkg / "lib" / "miglint.jar")
    shutil.copy(REPO / "scripts" / "dist" / "npm-README.md", main_pkg / "README.md")
    (main_pkg / "package.json").write_text(json.dumps({
        "name": "miglint", "version": version, "description": DESCRIPTION, **COMMON,
        "bin": {"miglint": "bin/miglint.js"},
        "files": ["bin", "lib", "README.md"],
        "engines": {"node": ">=16"},
        "optionalDependencies": {f"@miglint/{p}": version for p in PLATFORMS},
    }, indent=2) + "\n")
    pack(main_pkg, out)

    platform_pkg = work / platform
    shutil.copytree(dist / f"miglint-{version}", platform_pkg, symlinks=True)
    (platform_pkg / "package.json").write_text(json.dumps({
        "name": f"@miglint/{platform}", "version": version,
        "description": f"The {platform} build of miglint (a Java runtime included); installed by the miglint package",
        **COMMON, "os": [npm_os], "cpu": [npm_cpu], "preferUnplugged": True,
    }, indent=2) + "\n")
    pack(platform_pkg, out)


if __name__ == "__main__":
    main()
