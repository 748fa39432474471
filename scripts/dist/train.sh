#!/bin/sh
# Trains the start-up cache of a dist tree (JDK 25's AOT cache: classes loaded and linked, lambdas resolved, method
# profiles) with the tree's own runtime, in one run that lints the bundled examples as a pre-commit hook does (text
# report), so the cache always matches the runtime that reads it. Usage: train.sh TREE REPO
set -eu
tree=$1
repo=$2
java=$tree/runtime/bin/java
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# The probe writes into the temp folder: the JVM writes a cache by renaming a file over the output path, so
# /dev/null as the output would be replaced by a regular file for the whole machine.
if ! "$java" -XX:AOTCacheOutput="$work/probe.aot" -version >/dev/null 2>&1; then
  echo "dist: $java has no AOT cache (JDK 24+ needed); the tree starts without one" >&2
  exit 0
fi
cp -R "$repo/examples" "$work/examples"
cd "$work"
# The same heap-shaping flags as bin/miglint: a cache is only used with the GC it was made with.
"$java" -XX:+UseSerialGC -Xmn24m -XX:TieredStopAtLevel=1 -XX:-UsePerfData \
  -XX:+IgnoreUnrecognizedVMOptions -XX:+UnlockDiagnosticVMOptions -XX:-AOTAdapterCaching \
  -XX:AOTCacheOutput="$tree/lib/miglint.aot" -Xlog:aot=warning -Xlog:cds=off \
  -jar "$tree/lib/miglint.jar" lint --fail-on never --output training.txt examples
test -s training.txt
test -s "$tree/lib/miglint.aot"
