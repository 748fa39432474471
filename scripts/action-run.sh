#!/usr/bin/env bash
# The work of the miglint GitHub Action (action.yml runs it; tests run it with fake GITHUB_* variables).
# Lints the migrations, writes the SARIF log, prints the report in the chosen format to the log, appends a Markdown
# summary to $GITHUB_STEP_SUMMARY and sets the step outputs exit-code, sarif-file and category. It does not fail
# itself, so the SARIF upload still runs; the action's last step fails per exit-code.
#
# Inputs come as INPUT_* variables (see action.yml). miglint is run as $MIGLINT (a launcher) when set, otherwise
# as java -jar "$MIGLINT_JAR".
set -uo pipefail

out=${GITHUB_OUTPUT:?GITHUB_OUTPUT is not set}
summary=${GITHUB_STEP_SUMMARY:?GITHUB_STEP_SUMMARY is not set}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
cd "${GITHUB_WORKSPACE:-$PWD}" || exit 2

finish() { # exit code, then a message for the summary when miglint could not run
  echo "exit-code=$1" >> "$out"
  if [ -n "${2:-}" ]; then
    printf '## miglint\n\nmiglint could not run: %s\n' "$2" >> "$summary"
    echo "::error title=miglint::$2"
  fi
  exit 0
}

# launcher, paths, options and since, shared with the comment step.
source "$here/action-args.sh"
[ ${#launcher[@]} -gt 0 ] || finish 2 "the miglint jar was not found (${MIGLINT_JAR:-MIGLINT_JAR not set}); did the build step fail?"

sarif=${INPUT_SARIF_FILE:-miglint.sarif}
category=${INPUT_CATEGORY:-}
if [ -z "$category" ]; then
  slug=$(printf '%s' "${paths[*]}" | tr -c 'A-Za-z0-9._-' '-' | cut -c1-60)
  category="miglint/${GITHUB_JOB:-lint}/${slug:-all}"
fi
echo "category=$category" >> "$out"

errors=$(mktemp)
trap 'rm -f "$errors"' EXIT

# 1. The SARIF log for code scanning (all levels; failing is the log run's job).
"${launcher[@]}" lint ${options[@]+"${options[@]}"} --format sarif --output "$sarif" "${paths[@]}" 2> "$errors"
sarif_code=$?
if [ $sarif_code -le 1 ] && [ -s "$sarif" ]; then
  echo "sarif-file=$sarif" >> "$out"
else
  echo "sarif-file=" >> "$out"
fi

# 2. The report in the job log; its exit code honours fail-on.
log_options=(${options[@]+"${options[@]}"})
[ -n "${INPUT_FAIL_ON:-}" ] && log_options+=(--fail-on "$INPUT_FAIL_ON")
"${launcher[@]}" lint ${log_options[@]+"${log_options[@]}"} --format "${INPUT_FORMAT:-text}" "${paths[@]}"
code=$?

if [ $sarif_code -ge 2 ] && [ ! -s "$sarif" ]; then
  finish "$code" "$(head -n 1 "$errors")"
fi

# 3. The job summary. GitHub drops a step summary over 1 MiB: the report gets what is left of it (miglint writes a
# summary of the findings when the full report is larger), less room for the note below.
used=$(wc -c < "$summary" 2>/dev/null || echo 0)
budget=$(( 1048576 - used - 512 ))
[ "$budget" -ge 1024 ] || budget=1024
"${launcher[@]}" lint ${options[@]+"${options[@]}"} --format markdown --max-bytes "$budget" "${paths[@]}" >> "$summary" 2>/dev/null
if [ -n "$since" ] && [ "$since" != "all" ]; then
  printf '\nOnly migrations added or changed since `%s` are reported; the whole history was replayed.\n' "$since" >> "$summary"
fi
finish "$code"
