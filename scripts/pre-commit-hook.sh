#!/usr/bin/env sh
# The pre-commit hook (see .pre-commit-hooks.yaml and docs/pre-commit.md): runs `miglint lint` on the files
# pre-commit passes, after the hook's args. miglint is, in this order: $MIGLINT (a launcher command), java -jar
# $MIGLINT_JAR, `miglint` on PATH, or the jar of the checkout this script is in, built with Maven on first use.
set -eu

if [ -n "${MIGLINT:-}" ]; then
  exec "$MIGLINT" lint "$@"
fi
if [ -n "${MIGLINT_JAR:-}" ]; then
  exec java -jar "$MIGLINT_JAR" lint "$@"
fi
if command -v miglint >/dev/null 2>&1; then
  exec miglint lint "$@"
fi

root=$(cd "$(dirname "$0")/.." && pwd)
jar="$root/target/miglint.jar"
if [ ! -f "$jar" ]; then
  if ! command -v mvn >/dev/null 2>&1; then
    echo "miglint: $jar is not built and Maven (mvn) is not installed; install Maven or set MIGLINT_JAR" >&2
    exit 2
  fi
  echo "miglint: building $jar (first run only)..." >&2
  mvn -B -q -f "$root/pom.xml" package -DskipTests >&2
fi
exec java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "$jar" lint "$@"
