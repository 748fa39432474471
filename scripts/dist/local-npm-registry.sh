# Sourced by the dist tests: start_npm_registry WORK starts verdaccio on a free loopback port with no uplink (it
# serves only what is published to it), publishes the npm tarballs of target/dist/npm/ to it, and sets
# NPM_REGISTRY (its URL), NPM_USERCONFIG (an npmrc pointing at it) and VERDACCIO_PID (stop_npm_registry stops it).
# verdaccio is $VERDACCIO, else target/ci-tools/node_modules/.bin/verdaccio (.ci/run installs it there).
start_npm_registry() {
  local work=$1 repo
  repo=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
  local verdaccio=${VERDACCIO:-$repo/target/ci-tools/node_modules/.bin/verdaccio}
  if [ ! -x "$verdaccio" ]; then
    echo "verdaccio is not installed at $verdaccio (npm install --prefix target/ci-tools verdaccio@6, or set VERDACCIO)" >&2
    return 1
  fi
  mkdir -p "$work/registry"
  local port
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  cat >"$work/registry/config.yaml" <<YAML
storage: $work/registry/storage
auth:
  htpasswd:
    file: $work/registry/htpasswd
packages:
  '**':
    access: \$all
    publish: \$authenticated
max_body_size: 200mb
log: { type: stdout, format: pretty, level: error }
YAML
  "$verdaccio" --config "$work/registry/config.yaml" --listen "127.0.0.1:$port" >"$work/registry/log.txt" 2>&1 &
  VERDACCIO_PID=$!
  NPM_REGISTRY=http://127.0.0.1:$port/
  local tries=0
  until curl -fs "$NPM_REGISTRY-/ping" >/dev/null 2>&1; do
    tries=$((tries + 1))
    if [ "$tries" -gt 300 ] || ! kill -0 "$VERDACCIO_PID" 2>/dev/null; then
      echo "verdaccio did not start:" >&2
      cat "$work/registry/log.txt" >&2
      return 1
    fi
    sleep 0.2
  done
  # A throwaway user of this registry only, so that npm publish has a token to send.
  local token
  token=$(curl -fs -X PUT -H 'content-type: application/json' -d '{"name":"ci","password":"local-test-only"}' \
    "$NPM_REGISTRY-/user/org.couchdb.user:ci" | python3 -c 'import json, sys; print(json.load(sys.stdin)["token"])')
  NPM_USERCONFIG=$work/registry/npmrc
  printf 'registry=%s\n//127.0.0.1:%s/:_authToken=%s\n' "$NPM_REGISTRY" "$port" "$token" >"$NPM_USERCONFIG"
  local tarball
  for tarball in "$repo"/target/dist/npm/*.tgz; do
    npm publish --silent --access public --userconfig "$NPM_USERCONFIG" --cache "$work/registry/npm-cache" \
      --registry "$NPM_REGISTRY" "$tarball" >/dev/null
  done
}

stop_npm_registry() {
  if [ -n "${VERDACCIO_PID:-}" ]; then
    kill "$VERDACCIO_PID" 2>/dev/null || true
    wait "$VERDACCIO_PID" 2>/dev/null || true
    VERDACCIO_PID=
  fi
}
