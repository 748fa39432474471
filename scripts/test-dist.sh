#!/usr/bin/env bash
# Installs the distributables of target/dist/ (scripts/dist.sh) as a user would, on a PATH without java, and lints
# a bundled example through each: the archive's bin/miglint, `npx miglint` from the npm tarballs in a fresh project,
# and the `miglint` console script of the wheel in a fresh virtual environment. Each must exit 1 (the example has
# errors) and print its findings. .ci/run calls it after building the distributables.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
dist=$repo/target/dist
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A PATH with every command of /usr/bin and /bin except the JDK's: java must not be found.
. scripts/dist/no-java-path.sh
no_java_path "$work/path"
nojava=(env -i "PATH=$work/path" "HOME=$work/home" "npm_config_cache=$HOME/.npm")
mkdir "$work/home"
example=$repo/examples/shop-postgres

expect_findings() {
  local how=$1
  shift
  set +e
  "${nojava[@]}" "$@" lint "$example" >"$work/out.txt" 2>"$work/err.txt"
  local code=$?
  set -e
  if [ "$code" != 1 ] || ! grep -q "^Found 5 errors" "$work/out.txt"; then
    echo "test-dist: $how: exit $code, expected 1 with findings" >&2
    cat "$work/out.txt" "$work/err.txt" >&2
    exit 1
  fi
  # Standard output is the report alone: no JVM warning may land in it (a JSON or SARIF report would break).
  local shown
  shown=$("${nojava[@]}" "$@" --version 2>/dev/null)
  if [ "$shown" != "miglint $version" ]; then
    echo "test-dist: $how: --version printed more than 'miglint $version' on standard output:" >&2
    echo "$shown" >&2
    exit 1
  fi
  # The start-up cache must still match the installed jar and runtime (the JVM rejects it quietly otherwise).
  "${nojava[@]}" MIGLINT_JAVA_OPTS="-Xlog:aot*=warning:stderr" "$@" --version >/dev/null 2>"$work/aot.txt"
  if grep -q -i "mismatch\|not the one used\|unable to use" "$work/aot.txt"; then
    echo "test-dist: $how: the start-up cache was rejected:" >&2
    cat "$work/aot.txt" >&2
    exit 1
  fi
  echo "test-dist: $how: $(tail -n 1 "$work/out.txt") (exit 1, start-up cache used)"
}

tar -xzf "$dist/miglint-$version-linux-x64.tar.gz" -C "$work"
expect_findings "archive bin/miglint" "$work/miglint-$version/bin/miglint"

mkdir "$work/node-project"
(cd "$work/node-project" && "${nojava[@]}" npm init -y >/dev/null \
  && "${nojava[@]}" npm install --no-audit --no-fund --silent "$dist/npm/miglint-$version.tgz" \
    "$dist/npm/miglint-linux-x64-$version.tgz")
(cd "$work/node-project" && expect_findings "npm tarballs, npx miglint" npx --no-install miglint)

/usr/bin/python3 -m venv "$work/venv"
"$work/venv/bin/pip" install --quiet --no-index "$dist"/python/miglint-"$version"-*.whl
expect_findings "wheel in a venv, miglint console script" "$work/venv/bin/miglint"

du -sk "$work/miglint-$version" "$work/node-project/node_modules" "$work/venv/lib" \
  | awk '{printf "test-dist: installed size %.1f MB: %s\n", $1 / 1024, $2}'
