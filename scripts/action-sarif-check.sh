#!/usr/bin/env bash
# Decides whether the miglint Action uploads its SARIF log to code scanning (action.yml runs it between the lint
# step and the upload step; tests run it against a fake GitHub API on loopback).
#
# INPUT_UPLOAD_SARIF: true uploads (a refusal fails the upload step), false skips, auto (the default) uploads only
# where code scanning can take it. Private repositories without GitHub Advanced Security answer 403 "not enabled",
# and pull requests from forks get a read-only token; auto warns once and goes on instead of failing the job,
# whose findings are still in the log and the job summary.
#
# Sets the step output upload=true|false. Never fails itself.
set -uo pipefail

out=${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}
mode=$(printf '%s' "${INPUT_UPLOAD_SARIF:-auto}" | tr 'A-Z' 'a-z')

decide() { echo "upload=$1" >> "$out"; exit 0; }
skip() { echo "::warning title=miglint::SARIF not uploaded to code scanning: $1. Findings are in the job log and summary; set upload-sarif: true to force the upload or false to silence this."; decide false; }

case "$mode" in
  true) [ -n "${SARIF_FILE:-}" ] && decide true || decide false ;;
  false) decide false ;;
  auto | "") ;;
  *) echo "::warning title=miglint::upload-sarif is '$mode'; expected auto, true or false - using auto." ;;
esac

[ -n "${SARIF_FILE:-}" ] || decide false

# A pull request from a fork runs with a read-only token: the upload would be refused.
if [ "${GITHUB_EVENT_NAME:-}" = pull_request ] && [ -f "${GITHUB_EVENT_PATH:-}" ] && command -v jq >/dev/null; then
  head=$(jq -r '.pull_request.head.repo.full_name // empty' "$GITHUB_EVENT_PATH" 2>/dev/null)
  if [ -n "$head" ] && [ "$head" != "${GITHUB_REPOSITORY:-}" ]; then
    skip "pull requests from forks get a read-only token"
  fi
fi

api=${GITHUB_API_URL:-https://api.github.com}
[ -n "${GITHUB_REPOSITORY:-}" ] || skip "GITHUB_REPOSITORY is not set"
[ -n "${INPUT_TOKEN:-}" ] || skip "no token (the token input is empty)"

body=$(mktemp)
trap 'rm -f "$body"' EXIT
status=$(curl -sS -o "$body" -w '%{http_code}' --max-time 20 \
  -H "Authorization: Bearer $INPUT_TOKEN" -H 'Accept: application/vnd.github+json' \
  -H 'X-GitHub-Api-Version: 2022-11-28' \
  "$api/repos/$GITHUB_REPOSITORY/code-scanning/analyses?per_page=1" 2>/dev/null)
message=$(jq -r '.message // empty' "$body" 2>/dev/null | head -n 1 | cut -c1-200)

case "$status" in
  200) decide true ;;
  404) # "no analysis found": code scanning is on, this is the first upload
    lower=$(printf '%s' "$message" | tr 'A-Z' 'a-z')
    [[ "$lower" == *"no analysis found"* ]] && decide true
    skip "code scanning answered 404${message:+ ($message)}" ;;
  401 | 403) skip "code scanning answered $status${message:+ ($message)}" ;;
  *) # an unknown answer: try the upload; in auto mode its failure does not fail the job
    echo "::notice title=miglint::could not check whether code scanning is enabled (answer ${status:-none}); trying the upload."
    decide true ;;
esac
