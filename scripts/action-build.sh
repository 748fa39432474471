#!/usr/bin/env bash
# Builds the miglint jar for the GitHub Action from the action's own checkout.
#   action-build.sh key    writes key=... (a hash of the sources that go into the jar) to $GITHUB_OUTPUT
#   action-build.sh build  builds target/miglint.jar with Maven
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"

case "${1:-}" in
  key)
    hash=$( { find pom.xml src/main rules -type f 2>/dev/null | LC_ALL=C sort | while IFS= read -r f; do
                printf '%s\n' "$f"; cat "$f"; done; } | sha256sum | cut -c1-40)
    echo "key=miglint-jar-${RUNNER_OS:-$(uname -s)}-java${INPUT_JAVA_VERSION:-17}-$hash" >> "${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"
    ;;
  build)
    if ! command -v mvn >/dev/null 2>&1; then
      echo "::error title=miglint::Maven (mvn) is needed to build miglint and is not on PATH" >&2
      exit 2
    fi
    mvn -B -q -f "$root/pom.xml" package -DskipTests
    test -f "$root/target/miglint.jar"
    ;;
  *)
    echo "usage: $0 key|build" >&2
    exit 2
    ;;
esac
