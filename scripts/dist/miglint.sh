#!/bin/sh
# miglint's launcher in a self-contained tree: runs lib/miglint.jar on the Java runtime in runtime/, never on a Java
# installed on the machine. The start-up cache in lib/ was trained with this runtime and jar at build time.
# MIGLINT_JAVA_OPTS adds JVM flags.
self=$0
# The folder of a path, by parameter expansion rather than dirname and a subshell: each fork costs a few milliseconds
# of a start that aims at the JVM's floor.
folder_of() {
  case $1 in
    */*) folder=${1%/*} ;;
    *) folder=. ;;
  esac
}
# Follow symbolic links (e.g. /usr/local/bin/miglint -> .../miglint-1.0/bin/miglint) to find the tree.
while [ -h "$self" ]; do
  link=$(ls -ld "$self" | sed 's/.* -> //')
  case $link in
    /*) self=$link ;;
    *) folder_of "$self"; self=$folder/$link ;;
  esac
done
folder_of "$self"
home=$folder/..
cache=""
if [ -f "$home/lib/miglint.aot" ]; then
  cache="-XX:AOTCache=$home/lib/miglint.aot"
fi
# Serial GC and C1 start fastest for a short run; a small young generation keeps peak memory near what a run keeps.
# The flags that shape the heap must be the ones the cache was trained with (scripts/dist/train.sh).
# JDK 25 prints a warning on every run when an adapter in the cache's code section does not link ("Saved blob's
# name ... is different"), and the JVM's log goes to standard output, into a JSON or SARIF report: adapter caching
# is off (it measured no faster here) and whatever the JVM still logs goes to standard error.
# shellcheck disable=SC2086 # MIGLINT_JAVA_OPTS is a list of flags
exec "$home/runtime/bin/java" -XX:+UseSerialGC -Xmn24m -XX:TieredStopAtLevel=1 -XX:-UsePerfData $cache \
  -XX:+IgnoreUnrecognizedVMOptions -XX:+UnlockDiagnosticVMOptions -XX:-AOTAdapterCaching \
  -Xlog:disable -Xlog:all=warning,aot=off,cds=off:stderr $MIGLINT_JAVA_OPTS -jar "$home/lib/miglint.jar" "$@"
