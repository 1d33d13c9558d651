#!/usr/bin/env bash
# Builds the AppImage runtime (runtime.c) into OUT: glibc dynamic, squashfuse, libfuse3 and the
# decompressors static (Debian's libsquashfuse-dev, libfuse3-dev, libzstd-dev, liblzma-dev,
# liblz4-dev, zlib1g-dev), stripped, with the type-2 magic 'AI\x02' at offset 8. The magic goes
# in after strip, which would reset it (../shared/reference/appimage.md, pitfall 3).
set -euo pipefail
out=${1:?usage: build-runtime.sh OUT}
here=$(dirname "$0")
gcc -std=gnu11 -Os -Wall -Wextra -Werror -ffunction-sections -fdata-sections \
  -I/usr/include/squashfuse -I/usr/include/fuse3 \
  -o "$out" "$here/runtime.c" -Wl,--gc-sections \
  -Wl,-Bstatic -lsquashfuse_ll -lsquashfuse -lfuse3 -lzstd -llzma -llz4 -lz -Wl,-Bdynamic -lpthread
strip "$out"
printf 'AI\002' | dd of="$out" bs=1 seek=8 count=3 conv=notrunc status=none
