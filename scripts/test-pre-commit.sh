#!/usr/bin/env bash
# Tests the `miglint` hook of .pre-commit-hooks.yaml as a user gets it: the real pre-commit, a two-line
# .pre-commit-config.yaml naming this repository's hook, on a PATH without java and with no Maven, the npm packages
# of target/dist/npm/ (scripts/dist.sh) served by a local npm registry (verdaccio on loopback, no uplink). A commit
# of a dangerous migration is blocked with its finding printed; a safe one is committed. Prints how long the first
# commit after the hook's environment was installed took (target: under 5 s; not asserted, the machine is shared).
# .ci/run calls it after the dist build.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$(pwd)
version=$(sed -n 's:^  <version>\(.*\)</version>.*:\1:p' pom.xml | head -n 1)
work=$(mktemp -d)
. scripts/dist/no-java-path.sh
. scripts/dist/local-npm-registry.sh
trap 'stop_npm_registry; rm -rf "$work"' EXIT

fail() {
  echo "test-pre-commit: $*" >&2
  exit 1
}

# The hook pins the npm package of its own version: a tag installs the miglint it was released with.
pinned=$(sed -n 's/.*additional_dependencies: \["miglint@\([^"]*\)"\].*/\1/p' .pre-commit-hooks.yaml)
[ "$pinned" = "$version" ] || fail ".pre-commit-hooks.yaml pins miglint@$pinned, pom.xml is $version"
[ -f "target/dist/npm/miglint-$version.tgz" ] || fail "target/dist/npm has no miglint-$version.tgz; run mvn -B -Pdist package"

start_npm_registry "$work"
no_java_path "$work/path"
for tool in mvn java; do
  if PATH=$work/path command -v "$tool" >/dev/null; then fail "$tool is on the test PATH"; fi
done

# The hook repository as pre-commit fetches it at a rev: its committed hook definition and placeholder package.json.
hooks=$work/hook-repo
mkdir "$hooks"
cp .pre-commit-hooks.yaml package.json "$hooks/"
user=(env -i "PATH=$work/path" "HOME=$work/home" "PRE_COMMIT_HOME=$work/pre-commit-cache"
  "npm_config_userconfig=$NPM_USERCONFIG" "npm_config_cache=$work/npm-cache" "npm_config_registry=$NPM_REGISTRY"
  GIT_AUTHOR_NAME=test GIT_AUTHOR_EMAIL=test@example.com GIT_COMMITTER_NAME=test GIT_COMMITTER_EMAIL=test@example.com
  GIT_CONFIG_NOSYSTEM=1 "GIT_CONFIG_GLOBAL=$work/gitconfig")
mkdir "$work/home"
: >"$work/gitconfig"
(cd "$hooks" && "${user[@]}" git init -q && "${user[@]}" git add . && "${user[@]}" git commit -qm "hooks" \
  && "${user[@]}" git tag "v$version")

project=$work/project
mkdir -p "$project/db/migrations"
cd "$project"
"${user[@]}" git init -q
# The config of docs/pre-commit.md, with this test's hook repository for the GitHub URL.
cat >.pre-commit-config.yaml <<YAML
repos:
  - repo: $hooks
    rev: v$version
    hooks:
      - id: miglint
YAML
"${user[@]}" git add .pre-commit-config.yaml
"${user[@]}" git commit -qm "pre-commit config"
"${user[@]}" pre-commit install >/dev/null

started=$(date +%s.%N)
"${user[@]}" pre-commit install-hooks >"$work/install.txt" 2>&1 || { cat "$work/install.txt" >&2; fail "install-hooks failed"; }
installed=$(date +%s.%N)
echo "test-pre-commit: hook environment installed from the local registry in $(echo "$installed - $started" | bc) s"

cp "$repo/examples/shop-postgres/002_orders_user_index.sql" db/migrations/002_orders_user_index.sql
"${user[@]}" git add db/migrations
before=$("${user[@]}" git rev-parse HEAD)
started=$(date +%s.%N)
set +e
"${user[@]}" git commit -m "index without CONCURRENTLY" >"$work/blocked.txt" 2>&1
code=$?
set -e
finished=$(date +%s.%N)
[ "$code" != 0 ] || { cat "$work/blocked.txt" >&2; fail "the dangerous migration was committed"; }
grep -q "db/migrations/002_orders_user_index.sql:.*error\[index-without-concurrently\]" "$work/blocked.txt" \
  || { cat "$work/blocked.txt" >&2; fail "the finding was not printed"; }
[ "$("${user[@]}" git rev-parse HEAD)" = "$before" ] || fail "HEAD moved although the hook failed"
echo "test-pre-commit: first commit after install: blocked with the finding in $(echo "$finished - $started" | bc) s"

"${user[@]}" git rm -q --cached db/migrations/002_orders_user_index.sql
rm db/migrations/002_orders_user_index.sql
cp "$repo/examples/safe-postgres/"*.sql db/migrations/
"${user[@]}" git add db/migrations
started=$(date +%s.%N)
"${user[@]}" git commit -qm "safe migrations" >"$work/passed.txt" 2>&1 || { cat "$work/passed.txt" >&2; fail "the safe migrations were blocked"; }
finished=$(date +%s.%N)
grep -q "^miglint (SQL migration safety).*Passed" "$work/passed.txt" || { cat "$work/passed.txt" >&2; fail "the hook did not run"; }
[ "$("${user[@]}" git rev-parse HEAD)" != "$before" ] || fail "the safe commit was not made"
echo "test-pre-commit: safe migrations committed (hook passed) in $(echo "$finished - $started" | bc) s"
