#!/usr/bin/env bash
# Fuzzes the .hef reader and the runtime's program checks with libFuzzer (clang, ASan + UBSan)
# for SECONDS (default 30), starting from small valid binaries (dfc-hef-seeds, from build/) and
# the corpus earlier runs left in build-fuzz/corpus. A crash, leak, sanitizer finding or
# timeout fails with the fuzzer's report; the input that did it is left in build-fuzz/.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
cmake --preset fuzz > /dev/null
cmake --build --preset fuzz --target dfc-hef-fuzzer
cmake --build --preset default --target dfc-hef-seeds
rm -rf build-fuzz/seeds
build/fuzz/dfc-hef-seeds build-fuzz/seeds
mkdir -p build-fuzz/corpus
log=build-fuzz/fuzz-hef.log
# Invalid UTF-8 in proto3 strings makes libprotobuf log a line per input: the log keeps them.
if (cd build-fuzz && fuzz/dfc-hef-fuzzer -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 \
      -print_final_stats=1 corpus seeds) > "$log" 2>&1; then
  grep -E '^Done|stat::number_of_executed_units|stat::peak_rss_mb' "$log" || true
  echo "fuzz-hef: no finding in $seconds s"
else
  grep -v 'libprotobuf ERROR' "$log" | tail -60 >&2
  echo "fuzz-hef: the fuzzer found a problem (full log: $log)" >&2
  exit 1
fi
