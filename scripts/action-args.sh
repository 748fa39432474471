# Sourced by the miglint Action's scripts (action-run.sh, action-comment.sh): the miglint command line from the
# action's INPUT_* variables, so every step lints exactly the same migrations with the same options.
# Sets: launcher (array, empty when miglint is not found), paths (array), options (array), since (the
# changed-since ref, empty or "all" for everything). Reads INPUT_PATHS, INPUT_DIALECT, INPUT_PG_VERSION,
# INPUT_CONFIG, INPUT_ARGS, INPUT_CHANGED_SINCE, GITHUB_BASE_REF, MIGLINT, MIGLINT_JAR.

launcher=()
if [ -n "${MIGLINT:-}" ]; then
  launcher=("$MIGLINT")
elif [ -n "${MIGLINT_JAR:-}" ] && [ -f "$MIGLINT_JAR" ]; then
  launcher=(java -jar "$MIGLINT_JAR")
fi

# Paths: one per line when the input has several lines, otherwise separated by spaces.
paths=()
if [[ "${INPUT_PATHS:-}" == *$'\n'* ]]; then
  while IFS= read -r line; do
    line="${line#"${line%%[![:space:]]*}"}"; line="${line%"${line##*[![:space:]]}"}"
    [ -n "$line" ] && paths+=("$line")
  done <<< "$INPUT_PATHS"
else
  read -r -a paths <<< "${INPUT_PATHS:-.}"
fi
[ ${#paths[@]} -gt 0 ] || paths=(.)

options=()
[ -n "${INPUT_DIALECT:-}" ] && options+=(--dialect "$INPUT_DIALECT")
[ -n "${INPUT_PG_VERSION:-}" ] && options+=(--pg-version "$INPUT_PG_VERSION")
[ -n "${INPUT_CONFIG:-}" ] && options+=(--config "$INPUT_CONFIG")
if [ -n "${INPUT_ARGS:-}" ]; then
  read -r -a extra <<< "$INPUT_ARGS"
  options+=(${extra[@]+"${extra[@]}"})
fi

# changed-since: the input, else the pull request's base branch, else everything.
since=${INPUT_CHANGED_SINCE:-}
if [ -z "$since" ] && [ -n "${GITHUB_BASE_REF:-}" ]; then
  base=$GITHUB_BASE_REF
  if git rev-parse --verify --quiet "origin/$base^{commit}" >/dev/null 2>&1; then
    since="origin/$base"
  elif git rev-parse --verify --quiet "$base^{commit}" >/dev/null 2>&1; then
    since="$base"
  elif git fetch --no-tags --quiet origin "+refs/heads/$base:refs/remotes/origin/$base" >/dev/null 2>&1; then
    since="origin/$base"
  else
    since="origin/$base" # miglint reports the unknown revision
  fi
fi
if [ -n "$since" ] && [ "$since" != "all" ]; then
  options+=(--changed-since "$since")
fi
