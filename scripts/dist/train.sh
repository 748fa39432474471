#!/bin/sh
# Trains the start-up cache of a dist tree (JDK 25's AOT cache: classes loaded and linked, lambdas resolved, method
# profiles) with the tree's own runtime, so the cache always matches the runtime that reads it. The JVM records one
# process, so one process (dev.miglint.cli.TrainingRun) takes the paths users take: the bundled examples as text and JSON,
# one file as a pre-commit hook lints it, and --version. The class path is the jar alone, as with -jar in
# bin/miglint: a cache is used only with the class path it was made with. Usage: train.sh TREE REPO
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
  -cp "$tree/lib/miglint.jar" dev.miglint.cli.TrainingRun \
  lint --fail-on never --output training.txt examples --next \
  lint --fail-on never --format json --output training.json examples --next \
  lint examples/shop-postgres/002_orders_user_index.sql --next \
  --version >training.out
test -s training.txt && test -s training.json && test -s training.out
test -s "$tree/lib/miglint.aot"
