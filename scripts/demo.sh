#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds, and takes the bundled default model (MobileNetV2,
# generated at build time) through the whole flow into build/demo/: parse, optimize (quantize
# with a random calibration set: a demo, not an accuracy claim), compile for hailo8, profile.
# Opens the model in the Studio when there is a display.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
dfc=build/app/cli/dfc
out=build/demo
mkdir -p "$out"
$dfc parser onnx build/models/mobilenet_v2.onnx --har-path "$out/mobilenet_v2.har" --hw-arch hailo8
$dfc visualizer "$out/mobilenet_v2.har" --out "$out/mobilenet_v2.svg"
$dfc optimize "$out/mobilenet_v2.har" --use-random-calib-set --calibset-size 16 \
  --output-har-path "$out/mobilenet_v2_quantized.har"
$dfc compiler "$out/mobilenet_v2_quantized.har" --hw-arch hailo8 \
  --output-har-path "$out/mobilenet_v2_compiled.har" --auto-model-script-path "$out/mobilenet_v2.auto.alls"
$dfc profiler "$out/mobilenet_v2_compiled.har" --out-html "$out/mobilenet_v2_profile.html" \
  --out-json "$out/mobilenet_v2_profile.json" --out-csv "$out/mobilenet_v2_profile.csv"
echo
echo "Compiled HAR:    $out/mobilenet_v2_compiled.har"
echo "Profiler report: $out/mobilenet_v2_profile.html (open it in a browser)"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/app/studio/dataflow-studio build/models/mobilenet_v2.onnx
else
  echo "No display: run build/app/studio/dataflow-studio build/models/mobilenet_v2.onnx on a desktop."
fi
