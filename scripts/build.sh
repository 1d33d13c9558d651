#!/usr/bin/env bash
# Configures and builds with Ninja (ccache when present) into build/.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset default
cmake --build --preset default
