#!/usr/bin/env bash
# Builds and runs the benchmarks; needs the ONNX Runtime reference (scripts/fetch-test-assets.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --build --preset default --target dfc-bench
build/bench/dfc-bench --source-dir "$PWD" --runs "${RUNS:-10}"
cmake --build --preset default --target dfc-bench-studio
rm -rf "${XDG_CACHE_HOME:-$HOME/.cache}/DataflowStudio"  # no cached layouts from earlier runs
build/bench/dfc-bench-studio build/models/mobilenet_v2.onnx
ASSETS="${DFC_ASSET_CACHE:-$HOME/.cache/dfc-assets}/models"
build/bench/dfc-bench-studio "$ASSETS/ch_PP-OCRv4_rec_infer.onnx" x=1,3,48,320
# Scale: a generated 10,002-node residual net (dot alone took 57 s on it; the Studio needed 270 s
# before the layered layout and the quadratic fixes; the issue's bar is interactive within 5 s).
cmake --build --preset default --target dfc-modelgen
BIG="${TMPDIR:-/tmp}/dfc-bench-deep_residual_1428.onnx"
build/app/modelgen/dfc-modelgen deep_residual_1428 "$BIG"
build/bench/dfc-bench-studio "$BIG"
# Quantization quality per optimization level on real models (rendered text; about 40 minutes).
cmake --build --preset default --target dfc-bench-quality
build/bench/dfc-bench-quality
