#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds, and parses the bundled default model
# (MobileNetV2, generated at build time) into build/mobilenet_v2.har.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
build/app/cli/dfc parser onnx build/models/mobilenet_v2.onnx --har-path build/mobilenet_v2.har
build/app/cli/dfc har info build/mobilenet_v2.har
build/app/cli/dfc visualizer build/mobilenet_v2.har --out build/mobilenet_v2.svg
