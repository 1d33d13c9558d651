#!/usr/bin/env bash
# Starts the real Studio under Xvfb on the demo model (or MODEL) and saves a screenshot
# (default: docs/studio.png), so a person can look at what users see. A compiled HAR opens on its
# profiler report. Needs xvfb and imagemagick.
#   scripts/screenshot-studio.sh [OUT.png] [MODEL]
set -euo pipefail
cd "$(dirname "$0")/.."
OUT="${1:-docs/studio.png}"
command -v Xvfb > /dev/null && command -v import > /dev/null || {
  echo "needs: apt-get install xvfb imagemagick" >&2; exit 1; }
DISPLAY_NUM=:97
Xvfb "$DISPLAY_NUM" -screen 0 1440x900x24 > /dev/null 2>&1 &
XVFB=$!
trap 'kill $APP $XVFB 2> /dev/null || true' EXIT
sleep 1
if [ -n "${2:-}" ]; then ARGS=("$2"); else ARGS=(--demo); fi
DISPLAY="$DISPLAY_NUM" build/app/studio/dataflow-studio "${ARGS[@]}" > /dev/null 2>&1 &
APP=$!
sleep "${WAIT:-6}"
DISPLAY="$DISPLAY_NUM" import -window root "$OUT"
echo "screenshot written to $OUT"
