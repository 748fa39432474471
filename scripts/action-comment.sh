#!/usr/bin/env bash
# Posts the miglint report as one comment on the pull request, updated in place on later pushes (action.yml runs it
# after the lint step; tests run it against a fake GitHub API on loopback).
#
# INPUT_COMMENT: false (the default) skips; true runs `miglint comment` on pull request events; auto does too, but
# skips a pull request from a fork, whose token is read-only. A refusal (403: a fork, or no pull-requests: write
# permission) is one warning from miglint; the token comes as GITHUB_TOKEN. Never fails itself: the lint step's exit
# code decides the job.
set -uo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
mode=$(printf '%s' "${INPUT_COMMENT:-false}" | tr 'A-Z' 'a-z')
case "$mode" in
  false | "") exit 0 ;;
  true | auto) ;;
  *) echo "::warning title=miglint::comment is '$mode'; expected true, false or auto - no comment posted."; exit 0 ;;
esac

event=${GITHUB_EVENT_NAME:-}
if [ "$event" != pull_request ] && [ "$event" != pull_request_target ]; then
  [ "$mode" = true ] && echo "::notice title=miglint::no pull request comment: the event is ${event:-unknown}, not a pull request."
  exit 0
fi
if [ "$mode" = auto ] && [ -f "${GITHUB_EVENT_PATH:-}" ] && command -v jq >/dev/null; then
  head=$(jq -r '.pull_request.head.repo.full_name // empty' "$GITHUB_EVENT_PATH" 2>/dev/null)
  if [ "$event" = pull_request ] && [ -n "$head" ] && [ "$head" != "${GITHUB_REPOSITORY:-}" ]; then
    echo "::notice title=miglint::no pull request comment: pull requests from forks get a read-only token (comment: true tries anyway)."
    exit 0
  fi
fi

cd "${GITHUB_WORKSPACE:-$PWD}" || exit 0
source "$here/action-args.sh"
if [ ${#launcher[@]} -eq 0 ]; then
  echo "::warning title=miglint::no pull request comment: the miglint jar was not found."
  exit 0
fi

comment_options=(--format text --fail-on never)
[ -n "${INPUT_COMMENT_ID:-}" ] && comment_options+=(--comment-id "$INPUT_COMMENT_ID")
# The report itself is already in the lint step's log; this step's log keeps miglint's one line about the comment.
"${launcher[@]}" comment ${options[@]+"${options[@]}"} "${comment_options[@]}" "${paths[@]}" > /dev/null
code=$?
if [ $code -ge 2 ]; then
  echo "::warning title=miglint::the pull request comment may be out of date: miglint comment exited with $code (the lint step shows why)."
fi
exit 0
