#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds, parses the bundled default model (MobileNetV2,
# generated at build time) into build/mobilenet_v2.har, and opens it in the Studio when there is
# a display.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build/app/cli/dfc parser onnx build/models/mobilenet_v2.onnx --har-path build/mobilenet_v2.har
build/app/cli/dfc har info build/mobilenet_v2.har
build/app/cli/dfc visualizer build/mobilenet_v2.har --out build/mobilenet_v2.svg
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec build/app/studio/dataflow-studio build/models/mobilenet_v2.onnx
else
  echo "No display: run build/app/studio/dataflow-studio build/models/mobilenet_v2.onnx on a desktop."
fi
