#!/usr/bin/env bash
# Builds and runs the benchmarks; needs the ONNX Runtime reference (scripts/fetch-test-assets.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build --preset default --target dfc-bench
build/bench/dfc-bench --source-dir "$PWD" --runs "${RUNS:-10}"
