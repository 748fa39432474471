#!/usr/bin/env sh
# Builds the distributables of this machine's platform into target/dist/ from target/miglint.jar:
#   miglint-VERSION/                       the self-contained tree: bin/miglint, lib/miglint.jar, a jlink runtime
#   miglint-VERSION-PLATFORM.tar.gz        that tree, for the archive install and the GitHub Action
#   npm/miglint-VERSION.tgz                the npm package (Node launcher, plain jar for a JVM fallback)
#   npm/miglint-PLATFORM-VERSION.tgz       @miglint/PLATFORM, the tree, an optional dependency of the above
#   python/miglint-VERSION-py3-none-TAG.whl  the tree with a `miglint` console script
# `mvn -B -Pdist package -DskipTests` runs it; so can a person, after `mvn -B -q package -DskipTests`.
# JLINK_JDK names the JDK whose jlink and modules make the runtime (default: the newest JDK under /usr/lib/jvm,
# else JAVA_HOME). The runtime's start-up cache is trained here, with that runtime, so it always matches it.
set -eu
cd "$(dirname "$0")/.."
repo=$(pwd)

version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
case "$(uname -s)-$(uname -m)" in
  Linux-x86_64) platform=linux-x64; npm_os=linux; npm_cpu=x64; wheel_tag=manylinux_2_17_x86_64 ;;
  Linux-aarch64) platform=linux-arm64; npm_os=linux; npm_cpu=arm64; wheel_tag=manylinux_2_17_aarch64 ;;
  Darwin-x86_64) platform=macos-x64; npm_os=darwin; npm_cpu=x64; wheel_tag=macosx_11_0_x86_64 ;;
  Darwin-arm64) platform=macos-arm64; npm_os=darwin; npm_cpu=arm64; wheel_tag=macosx_11_0_arm64 ;;
  *) echo "dist: no distribution is defined for $(uname -s) $(uname -m)" >&2; exit 2 ;;
esac

jdk=${JLINK_JDK:-}
if [ -z "$jdk" ]; then
  # The newest JDK with jlink: its runtime starts fastest and its AOT cache (JDK 24+) is the best start-up cache.
  for candidate in $(ls -d /usr/lib/jvm/*/ 2>/dev/null | sort -V -r) "${JAVA_HOME:-}"; do
    if [ -n "$candidate" ] && [ -x "$candidate/bin/jlink" ]; then
      major=$(sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$candidate/release" 2>/dev/null)
      if [ -z "$jdk" ] || [ "${major:-0}" -gt "${best:-0}" ]; then jdk=${candidate%/}; best=$major; fi
    fi
  done
fi
[ -n "$jdk" ] && [ -x "$jdk/bin/jlink" ] || { echo "dist: no JDK with jlink found; set JLINK_JDK" >&2; exit 2; }
[ -f target/miglint.jar ] || { echo "dist: target/miglint.jar is missing; run mvn -B -q package -DskipTests" >&2; exit 2; }

dist=$repo/target/dist
work=$repo/target/dist-work
tree=$dist/miglint-$version
rm -rf "$dist" "$work"
mkdir -p "$work"
mkdir -p "$tree/bin" "$tree/lib" "$dist/npm" "$dist/python"

# The jar without the embedded PostgreSQL binaries (29 MB): a dry run fetches its platform's binaries from Maven
# Central on first use into ~/.cache/miglint (docs/dry-run.md), so a lint-only install stays small. The fallback jar
# keeps every platform's SQLite library; the tree keeps only its own.
cp target/miglint.jar "$work/miglint.jar"
zip -q -d "$work/miglint.jar" 'postgres-linux-*.txz' >/dev/null
cp "$work/miglint.jar" "$tree/lib/miglint.jar"
sqlite_dir=$(case $platform in linux-x64) echo Linux/x86_64;; linux-arm64) echo Linux/aarch64;;
  macos-x64) echo Mac/x86_64;; macos-arm64) echo Mac/aarch64;; esac)
others=$(unzip -Z1 "$tree/lib/miglint.jar" 'org/sqlite/native/*' | grep -v -e "/$" -e "^org/sqlite/native/$sqlite_dir/" || true)
if [ -n "$others" ]; then
  # shellcheck disable=SC2086 # one argument per entry name; none has spaces
  zip -q -d "$tree/lib/miglint.jar" $others >/dev/null
fi

# picocli and slf4j are compiled for Java 5; the AOT cache cannot pre-link such old class files, so they are rewritten
# as Java 8 class files (same code, with stack maps) before the cache is trained (scripts/dist/UpgradeOldClasses.java).
"$jdk/bin/java" scripts/dist/UpgradeOldClasses.java "$tree/lib/miglint.jar"

# The modules jdeps finds, less java.desktop: only pgjdbc's JNDI data sources, pack200 and Jackson's optional
# java.beans support reach it, none of which miglint uses, and it is 10 MB of the runtime. Plus what is reached only
# by reflection or service loading: sun.misc.Unsafe users, TLS to a given database, charsets, the REST client.
modules=$("$jdk/bin/jdeps" --ignore-missing-deps --multi-release 17 --print-module-deps "$tree/lib/miglint.jar" \
  | tr ',' '\n' | grep -v '^java.desktop$' | paste -s -d, -)
modules="$modules,java.net.http,jdk.unsupported,jdk.crypto.ec,jdk.charsets,jdk.zipfs"
"$jdk/bin/jlink" --add-modules "$modules" --strip-java-debug-attributes --strip-native-debug-symbols=exclude-debuginfo-files \
  --no-header-files --no-man-pages --compress zip-9 --output "$tree/runtime"

cp scripts/dist/miglint.sh "$tree/bin/miglint"
chmod 755 "$tree/bin/miglint"
cp LICENSE "$tree/" 2>/dev/null || true
printf 'miglint %s for %s: bin/miglint runs it with the Java runtime in runtime/ (no Java needed on the machine).\n' \
  "$version" "$platform" > "$tree/README.txt"

# A fixed timestamp for the jar before the cache is trained with it: npm stores this one in every package, and the
# JVM checks the jar's modification time against the cache's record, whichever way the tree is installed.
touch -d '1985-10-26T08:15:00Z' "$tree/lib/miglint.jar"

# The start-up cache: one training run of the tree's own runtime over the bundled examples, in every report
# format's code path that a short run takes. The launcher passes it only to this runtime.
sh scripts/dist/train.sh "$tree" "$repo"

find "$tree" -exec touch -h -d '1985-10-26T08:15:00Z' {} +

tar -C "$dist" --owner=0 --group=0 --numeric-owner -czf "$dist/miglint-$version-$platform.tar.gz" "miglint-$version"

python3 scripts/dist/npm_packages.py "$dist" "$work" "$version" "$platform" "$npm_os" "$npm_cpu"
python3 scripts/dist/wheel.py "$tree" "$version" "$wheel_tag" "$dist/python"

for part in "$tree" "$tree/runtime" "$tree/lib/miglint.jar" "$tree/lib/miglint.aot"; do
  [ -e "$part" ] && du -sk "$part" | awk '{printf "dist: %6.1f MB on disk %s\n", $1 / 1024, $2}'
done
ls -l "$dist"/*.tar.gz "$dist"/npm/*.tgz "$dist"/python/*.whl | awk '{printf "dist: %6.1f MB %s\n", $5 / 1048576, $9}'
