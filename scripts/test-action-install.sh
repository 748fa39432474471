#!/usr/bin/env bash
# Tests scripts/action-install.sh (the GitHub Action's installer) against the distributables of target/dist/
# (scripts/dist.sh) served on loopback: release files by python3 -m http.server, npm packages by verdaccio.
#   archive and checksums served        -> the archive is used (no java, no mvn on PATH); a second run is a cache hit
#   checksum does not match             -> exit 2, nothing installed, no fallback
#   archive missing                     -> the npm package from the registry is used (no java, no mvn on PATH)
#   archive and npm package missing     -> the jar is built from source with Maven
# Each installed miglint lints examples/shop-postgres: exit 1 with its findings. .ci/run calls it after the dist build.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
archive=miglint-$version-linux-x64.tar.gz
work=$(mktemp -d)
. scripts/dist/no-java-path.sh
. scripts/dist/local-npm-registry.sh
server_pid=
trap 'stop_npm_registry; [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null; rm -rf "$work"' EXIT
[ -f "target/dist/$archive" ] || { echo "test-action-install: target/dist/$archive is missing; run mvn -B -Pdist package" >&2; exit 1; }

fail() {
  echo "test-action-install: $*" >&2
  exit 1
}

no_java_path "$work/path"
mkdir -p "$work/home" "$work/release"
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
python3 -m http.server --bind 127.0.0.1 --directory "$work/release" "$port" >/dev/null 2>"$work/server.log" &
server_pid=$!
until curl -fs "http://127.0.0.1:$port/" >/dev/null 2>&1; do
  kill -0 "$server_pid" 2>/dev/null || fail "the HTTP server did not start: $(cat "$work/server.log")"
  sleep 0.2
done
release_url=http://127.0.0.1:$port

# install CASE MODE PATH [ENV...]: runs action-install.sh MODE with its own tool directory; prints its exit code.
install() {
  local case=$1 mode=$2 path=$3
  shift 3
  set +e
  env -i "PATH=$path" "HOME=$work/home" "GITHUB_OUTPUT=$work/$case.out" "MIGLINT_RELEASE_URL=$release_url" \
    "MIGLINT_TOOL_DIR=$work/tools-$case" "npm_config_cache=$work/npm-cache" "$@" \
    bash scripts/action-install.sh "$mode" >"$work/$case.log" 2>&1
  echo $?
  set -e
}

output() {
  sed -n "s/^$2=//p" "$work/$1.out" | tail -n 1
}

lints() {
  local case=$1 path=$2 launcher
  launcher=$(output "$case" launcher)
  [ -n "$launcher" ] || { cat "$work/$case.log" >&2; fail "$case: no launcher"; }
  set +e
  env -i "PATH=$path" "HOME=$work/home" "$launcher" lint examples/shop-postgres >"$work/$case.lint" 2>&1
  local code=$?
  set -e
  [ "$code" = 1 ] && grep -q "^Found 5 errors" "$work/$case.lint" \
    || { cat "$work/$case.log" "$work/$case.lint" >&2; fail "$case: $launcher lint exited $code, expected 1 with findings"; }
}

# The release as .github/workflows/release.yml publishes it: the archive and checksums.sha256.
cp "target/dist/$archive" "$work/release/"
(cd "$work/release" && sha256sum "$archive" >checksums.sha256)

code=$(install archive prebuilt "$work/path")
[ "$code" = 0 ] && [ "$(output archive method)" = archive ] || { cat "$work/archive.log" >&2; fail "archive: exit $code, method $(output archive method)"; }
lints archive "$work/path"
requests=$(grep -c "GET /$archive" "$work/server.log")
code=$(install archive prebuilt "$work/path")
[ "$code" = 0 ] && [ "$(output archive method)" = archive ] || fail "archive, cached: exit $code"
[ "$(grep -c "GET /$archive" "$work/server.log")" = "$requests" ] || fail "archive, cached: downloaded again"
echo "test-action-install: archive found: sha256 verified, unpacked and used; the second run used the cached tree"

# change the first hex digit of the checksum whatever it is (a fixed replacement left a checksum starting with it unchanged)
(cd "$work/release" && sed 's/^0/x/; s/^[0-9a-f]/0/; s/^x/1/' checksums.sha256 >bad && mv bad checksums.sha256)
code=$(install tampered prebuilt "$work/path")
[ "$code" = 2 ] && grep -q "does not match its sha256" "$work/tampered.log" || { cat "$work/tampered.log" >&2; fail "tampered: exit $code"; }
[ ! -e "$work/tools-tampered/miglint-$version" ] || fail "tampered: the archive was unpacked"
echo "test-action-install: checksum mismatch: exit 2, nothing installed"

rm "$work/release/"*
start_npm_registry "$work"
code=$(install npm prebuilt "$work/path" "npm_config_registry=$NPM_REGISTRY")
[ "$code" = 0 ] && [ "$(output npm method)" = npm ] || { cat "$work/npm.log" >&2; fail "npm: exit $code, method $(output npm method)"; }
grep -q "no release archive at $release_url/$archive" "$work/npm.log" || fail "npm: the archive was not tried first"
lints npm "$work/path"
echo "test-action-install: archive missing: the npm package from the local registry was used"

# Nothing in the release, nothing in the registry (the HTTP server as a registry answers 404): Maven builds the jar.
code=$(install source all "$PATH" "npm_config_registry=$release_url/" ${JAVA_HOME:+"JAVA_HOME=$JAVA_HOME"})
[ "$code" = 0 ] && [ "$(output source method)" = source ] || { cat "$work/source.log" >&2; fail "source: exit $code, method $(output source method)"; }
grep -q "npm install miglint@$version failed" "$work/source.log" || fail "source: npm was not tried before the build"
lints source "$PATH"
echo "test-action-install: archive and npm package missing: built from source with Maven and used"
