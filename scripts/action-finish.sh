#!/usr/bin/env bash
# The miglint Action's last step: fails the job with miglint's exit code (the EXIT_CODE of the lint step) when it is
# not 0. The steps before it never fail, so the SARIF upload and the pull request comment happen either way.
set -uo pipefail
code=${EXIT_CODE:-2}
[ "$code" = 0 ] && exit 0
echo "miglint exited with code $code (1: findings at or above fail-on, 2: usage or input error); see the 'Lint migrations' step."
exit "$code"
