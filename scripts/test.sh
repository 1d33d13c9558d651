#!/usr/bin/env bash
# Sets up a fresh Debian 12 machine, builds, and runs every test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/fetch-test-assets.sh
scripts/build.sh
ctest --preset default
