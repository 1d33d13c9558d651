#!/usr/bin/env bash
# Installs the Debian 12 packages Dataflow Studio builds and tests with (chromium renders the
# profiler's HTML report in a test, as a user opens it; librsvg2-bin, help2man and lintian make
# and check the .deb; squashfs-tools, libsquashfuse-dev, libfuse3-dev and the decompressors build
# the AppImage and its runtime, patchelf and desktop-file-utils bundle and check it, fuse3,
# debootstrap and libappimage-dev test it; clang with its libFuzzer and OpenMP runtimes builds the
# .hef fuzzer). qt6-charts-dev needs libqt6opengl6-dev for its CMake package but does not pull it in.
set -euo pipefail
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -q
# Node.js runs the reference runtimes in tests; keep an existing installation (it bundles npm).
extra=()
command -v npm > /dev/null || extra=(nodejs npm)
$SUDO apt-get install -y -q --no-install-recommends "${extra[@]}" \
  build-essential cmake ninja-build ccache pkg-config git ca-certificates \
  libonnx-dev libprotobuf-dev protobuf-compiler libflatbuffers-dev flatbuffers-compiler \
  libeigen3-dev libgraphviz-dev graphviz nlohmann-json3-dev libxxhash-dev libarchive-dev \
  libcli11-dev libpng-dev libjpeg-dev qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-tools-dev qt6-l10n-tools \
  libonnx-testdata python3-numpy python3-onnx python3-xxhash python3-pil fonts-dejavu-core \
  chromium librsvg2-bin help2man lintian \
  squashfs-tools libsquashfuse-dev libfuse3-dev libzstd-dev liblzma-dev liblz4-dev zlib1g-dev \
  patchelf desktop-file-utils appstream fuse3 debootstrap libappimage-dev \
  clang libclang-rt-14-dev libomp-14-dev
