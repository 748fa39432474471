#!/bin/sh
# The differential oracle's long run (docs/evaluation.md, "The differential oracle").
# Usage: scripts/oracle-long-run.sh [SCENARIOS_PER_DIALECT] [SEED]; reports land in target/oracle-*.txt.
set -eu
cd "$(dirname "$0")/.."
exec mvn -B -q test -Dtest=DifferentialOracleTest -Dsurefire.failIfNoSpecifiedTests=false \
    -Doracle.scenarios="${1:-5000}" -Doracle.seed="${2:-20261204}"
