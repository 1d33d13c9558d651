#!/usr/bin/env bash
# Runs the AppImage where none of our build dependencies exist: a minimal Debian 12 (debootstrap
# --variant=minbase) with only what any desktop has (GL, X11 client libraries, fontconfig,
# fonts) added. No Qt, no Graphviz, no ONNX, no /dev/fuse: the runtime must fall back to
# extract-and-run on its own. Needs root (chroot) and debootstrap; the tree is cached between
# runs (~220 MB, built once in about a minute).
#   test-clean-system.sh APPIMAGE MODEL.onnx
set -euo pipefail
appimage=$(realpath "${1:?usage: test-clean-system.sh APPIMAGE MODEL.onnx}")
model=$(realpath "${2:?model}")
root=${DFC_CLEAN_CHROOT:-${XDG_CACHE_HOME:-$HOME/.cache}/dfc-assets/chroot-bookworm}
desktop_base="libegl1 libglx0 libgl1 libopengl0 libice6 libsm6 libx11-xcb1 libx11-6 libxcb1 libexpat1 libfontconfig1 libfreetype6 libharfbuzz0b fonts-dejavu-core"

if [ ! -e "$root/.dfc-ready" ]; then
  rm -rf "$root"
  mkdir -p "$(dirname "$root")"
  debootstrap --variant=minbase bookworm "$root" http://deb.debian.org/debian > "$root.log" 2>&1 \
    || { tail -20 "$root.log" >&2; exit 1; }
  unshare -m sh -c "mount -t proc proc '$root/proc' && chroot '$root' sh -c \
    'apt-get install -y -q --no-install-recommends $desktop_base > /dev/null'"
  touch "$root/.dfc-ready"
fi
if find "$root/usr/lib" -name 'libQt6*' -o -name 'libgvc*' -o -name 'libonnx*' | grep -q .; then
  echo "the clean system is not clean: it has Qt, Graphviz or ONNX libraries" >&2
  exit 1
fi

cp "$appimage" "$root/tmp/app.AppImage"
cp "$model" "$root/tmp/model.onnx"
trap 'rm -f "$root/tmp/app.AppImage" "$root/tmp/model.onnx" "$root/tmp/model.har"' EXIT
unshare -m sh -c "mount -t proc proc '$root/proc' && chroot '$root' sh -c '
  set -e
  cd /tmp
  ./app.AppImage dfc --version
  ./app.AppImage dfc parser onnx model.onnx --har-path model.har | tail -1
  ./app.AppImage dfc har info model.har | head -2
  set +e
  QT_QPA_PLATFORM=offscreen timeout 8 ./app.AppImage model.onnx > studio.log 2>&1
  status=\$?
  set -e
  if [ \$status -ne 124 ]; then cat studio.log; echo \"the Studio exited with \$status\"; exit 1; fi
  echo \"the Studio ran for 8 s\"
'"
echo "clean-system test passed (minimal Debian 12, no Qt, no FUSE device)"
