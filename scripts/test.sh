#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds, and runs every test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/fetch-test-assets.sh
scripts/build.sh
ctest --preset default
# The .deb from the same build: lintian, then the unpacked package runs.
scripts/package.sh
# The readers of untrusted input (ONNX, TFLite, NPY/NPZ, HAR, scripts, images, calibration data)
# again under ASan + UBSan: a sanitizer finding fails the run.
cmake --preset asan > /dev/null
cmake --build --preset asan --target dfc_sanitize_tests
ctest --preset asan -L sanitize
# The .hef reader and the runtime's checks under libFuzzer (clang, ASan + UBSan) for 30 s.
scripts/fuzz-hef.sh 30
