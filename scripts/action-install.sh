#!/usr/bin/env bash
# Installs miglint for the GitHub Action (action.yml), trying in this order:
#   1. archive  the release archive of the runner's platform, from the GitHub release of this action's version
#               (v + pom.xml's version of the action's checkout), its sha256 checked against the release's
#               checksums.sha256 (written by .github/workflows/release.yml); unpacked into the tool directory, which
#               action.yml caches (actions/cache), so a cache hit downloads nothing;
#   2. npm      `npm install miglint@VERSION` into the tool directory (its launcher, the platform build if npm has
#               one for the runner, else the jar on the runner's Java);
#   3. source   the jar built with Maven from the action's checkout (needs Java 17+ and Maven).
# A MIGLINT set by the workflow (a miglint command of its own) is used as it is, before all three.
# The launcher found goes to $GITHUB_OUTPUT (launcher=, method=) and, as MIGLINT, to $GITHUB_ENV for later steps.
# Usage: action-install.sh key       writes dir= and key= (the tool directory and its cache key) to $GITHUB_OUTPUT
#        action-install.sh prebuilt  steps 1 and 2; writes launcher= (empty when neither worked) and method=
#        action-install.sh source    step 3; writes launcher= and method=source
#        action-install.sh all       1, 2, then 3
# Environment: MIGLINT_RELEASE_URL (default https://github.com/$GITHUB_ACTION_REPOSITORY/releases/download/vVERSION),
# MIGLINT_TOOL_DIR (default $RUNNER_TOOL_CACHE/miglint/VERSION/PLATFORM), npm's own npm_config_* for the registry.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' "$root/pom.xml" | head -n 1)
out=${GITHUB_OUTPUT:-/dev/null}

case "${RUNNER_OS:-$(uname -s)}-${RUNNER_ARCH:-$(uname -m)}" in
  Linux-X64 | Linux-x86_64) platform=linux-x64 ;;
  Linux-ARM64 | Linux-aarch64) platform=linux-arm64 ;;
  macOS-X64 | Darwin-x86_64) platform=macos-x64 ;;
  macOS-ARM64 | Darwin-arm64) platform=macos-arm64 ;;
  Windows-X64 | MINGW*-x86_64 | MSYS*-x86_64) platform=windows-x64 ;;
  *) platform=unknown ;;
esac
tool_dir=${MIGLINT_TOOL_DIR:-${RUNNER_TOOL_CACHE:-${HOME}/.cache}/miglint/$version/$platform}
release_url=${MIGLINT_RELEASE_URL:-https://github.com/${GITHUB_ACTION_REPOSITORY:-miglint/miglint}/releases/download/v$version}
release_url=${release_url%/}
archive=miglint-$version-$platform.tar.gz

say() {
  echo "miglint install: $*" >&2
}

found() {
  say "using $2 ($1)"
  { echo "launcher=$2"; echo "method=$1"; } >>"$out"
  [ -z "${GITHUB_ENV:-}" ] || echo "MIGLINT=$2" >>"$GITHUB_ENV"
  exit 0
}

from_cache() {
  local launcher=$tool_dir/miglint-$version/bin/miglint
  [ "$platform" = windows-x64 ] && launcher=$tool_dir/miglint-$version/bin/miglint.cmd
  if [ -x "$launcher" ] || { [ "$platform" = windows-x64 ] && [ -f "$launcher" ]; }; then
    found archive "$launcher"
  fi
  if [ -x "$tool_dir/npm/node_modules/.bin/miglint" ]; then
    found npm "$tool_dir/npm/node_modules/.bin/miglint"
  fi
}

from_archive() {
  if [ "$platform" = unknown ] || ! command -v curl >/dev/null; then
    say "no release archive for $(uname -s) $(uname -m) (or no curl)"
    return 0
  fi
  local download
  download=$(mktemp -d)
  if ! curl -fsSL --retry 2 -o "$download/$archive" "$release_url/$archive" 2>"$download/err"; then
    say "no release archive at $release_url/$archive ($(tail -n 1 "$download/err"))"
    rm -rf "$download"
    return 0
  fi
  if ! curl -fsSL --retry 2 -o "$download/checksums.sha256" "$release_url/checksums.sha256" 2>"$download/err"; then
    say "the release has no checksums.sha256, so $archive cannot be verified and is not used"
    rm -rf "$download"
    return 0
  fi
  # A checksum that does not match is not a missing archive: stop rather than run something else.
  if ! grep -E "^[0-9a-f]{64} [ *]$archive\$" "$download/checksums.sha256" >"$download/expected" \
      || ! (cd "$download" && sha256sum --quiet -c expected >/dev/null 2>&1); then
    rm -rf "$download"
    echo "::error title=miglint::$archive from $release_url does not match its sha256 in checksums.sha256; not installed" >&2
    exit 2
  fi
  mkdir -p "$tool_dir"
  tar -xzf "$download/$archive" -C "$tool_dir"
  rm -rf "$download"
  from_cache
  say "$archive did not contain miglint-$version/bin/miglint"
}

from_npm() {
  if ! command -v npm >/dev/null; then
    say "npm is not installed, so the npm package cannot be used"
    return 0
  fi
  mkdir -p "$tool_dir/npm"
  if npm install --silent --no-audit --no-fund --no-save --prefix "$tool_dir/npm" "miglint@$version" \
      >"$tool_dir/npm/install.log" 2>&1; then
    from_cache
  fi
  say "npm install miglint@$version failed: $(grep -v '^npm error A complete log' "$tool_dir/npm/install.log" | tail -n 1)"
  rm -rf "$tool_dir/npm"
}

from_source() {
  bash "$root/scripts/action-build.sh" build
  local launcher=$root/target/miglint-launcher
  printf '#!/bin/sh\nexec java -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -jar "%s" "$@"\n' "$root/target/miglint.jar" >"$launcher"
  chmod 755 "$launcher"
  found source "$launcher"
}

case "${1:-}" in
  key)
    { echo "dir=$tool_dir"; echo "key=miglint-$version-$platform-v1"; } >>"${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}"
    ;;
  prebuilt)
    [ -z "${MIGLINT:-}" ] || found preset "$MIGLINT"
    from_cache
    from_archive
    from_npm
    say "neither the release archive nor the npm package could be installed; building from source"
    { echo "launcher="; echo "method="; } >>"$out"
    ;;
  source)
    from_source
    ;;
  all)
    [ -z "${MIGLINT:-}" ] || found preset "$MIGLINT"
    from_cache
    from_archive
    from_npm
    say "neither the release archive nor the npm package could be installed; building from source"
    from_source
    ;;
  *)
    echo "usage: $0 key|prebuilt|source|all" >&2
    exit 2
    ;;
esac
