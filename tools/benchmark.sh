#!/usr/bin/env bash
# The one benchmark command (docs/performance.md, "The benchmark command"): prints every figure of issue 7 beside
# its lower bound, the ratio, the budget and PASS/OVER, at 100,000 and 1,000,000 receipts.
#   tools/benchmark.sh [--quick] [--data DIR] [--import-rows 100000,1000000] [--startup-runs N] [--skip PART,...]
# PART: dashboard, memory, tables, startup, cds (start-up with AppCDS), import, studio. The start-up figure needs xvfb-run, xauth and xdotool.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q -DskipTests test-compile exec:java -Dexec.classpathScope=test \
    -Dexec.mainClass=io.licensor.bench.Benchmarks -Dexec.args="$*" 2>&1 | grep -v -e ' INFO ' -e ' DEBUG '
