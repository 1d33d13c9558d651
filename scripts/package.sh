#!/usr/bin/env bash
# Builds both packages from build/ and checks them as a user would run them:
#   .deb (CPack DEB)  lintian (no errors), then the unpacked package: dfc --version, dfc parser on
#                     the demo model, the Studio offscreen for 8 s.
#   AppImage (type 2) packaging/appimage/: the same checks through the FUSE mount and through
#                     extract-and-run, the format facts (magic, payload offset, libappimage's
#                     type), partial extraction, and a run on a minimal Debian 12 with none of our
#                     dependencies (as root with debootstrap; said plainly when skipped).
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset default > /dev/null
cmake --build --preset default
version=$(build/app/cli/dfc --version | awk '{print $2}')
demo=build/models/mobilenet_v2.onnx
check_studio() {  # The Studio opens the demo model and keeps running: timeout's 124 is success.
  set +e
  QT_QPA_PLATFORM=offscreen timeout 8 "$@" "$demo" > /dev/null 2>&1
  local status=$?
  set -e
  if [ "$status" -ne 124 ]; then echo "the Studio ($*) exited with $status" >&2; exit 1; fi
}

rm -f build/dataflow-studio_*.deb build/Dataflow_Studio-*.AppImage
(cd build && cpack -G DEB > /dev/null)
deb=build/dataflow-studio_${version}_amd64.deb
echo "package: $deb ($(du -h "$deb" | cut -f1))"
# Justified lintian tags (warnings, none of them errors):
#   no-manual-page           dfc-modelgen, a developer tool for the benchmarks, has no man page
#   no-copyright-file / copyright-* would be errors and are not suppressed
if command -v lintian > /dev/null; then
  lintian --fail-on error --suppress-tags no-manual-page "$deb"
else
  echo "lintian not installed (scripts/install-deps.sh installs it): package not linted" >&2
fi
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT
dpkg-deb -x "$deb" "$root"
"$root/usr/bin/dfc" --version
"$root/usr/bin/dfc" parser onnx "$demo" --har-path "$root/demo.har" > /dev/null
"$root/usr/bin/dfc" har info "$root/demo.har" | head -3
check_studio "$root/usr/bin/dataflow-studio"
echo ".deb smoke test passed"

appimage=$(packaging/appimage/make-appimage.sh build "$version" build)
echo "package: $appimage ($(du -h "$appimage" | cut -f1))"
# Type 2: 'AI\x02' at offset 8, the SquashFS right where the ELF ends (section header table).
[ "$(od -An -tx1 -j8 -N3 "$appimage" | tr -d ' ')" = "414902" ] || { echo "AppImage magic missing" >&2; exit 1; }
offset=$("$appimage" --appimage-offset)
elf_end=$(readelf -h "$appimage" | awk -F: '/Start of section headers/ {s=$2+0} /Size of section headers/ {z=$2+0} /Number of section headers/ {n=$2+0} END {print s + z * n}')
[ "$offset" = "$elf_end" ] && [ "$(dd if="$appimage" bs=1 skip="$offset" count=4 status=none)" = "hsqs" ] \
  || { echo "payload offset $offset is not the ELF's end $elf_end or holds no SquashFS" >&2; exit 1; }
if /usr/bin/python3 -c 'import ctypes; ctypes.CDLL("libappimage.so")' 2> /dev/null; then
  type=$(/usr/bin/python3 -c 'import ctypes, sys; l = ctypes.CDLL("libappimage.so"); l.appimage_get_type.argtypes = [ctypes.c_char_p, ctypes.c_bool]; print(l.appimage_get_type(sys.argv[1].encode(), False))' "$appimage")
  [ "$type" = 2 ] || { echo "libappimage reads type $type, not 2" >&2; exit 1; }
  echo "libappimage: type 2, payload at $offset"
fi
# The default path: FUSE when usable (root, or a desktop's /dev/fuse), else its own fallback.
VERBOSE=1 "$appimage" dfc --version
"$appimage" dfc parser onnx "$demo" --har-path "$root/ai.har" > /dev/null
"$appimage" dfc visualizer "$root/ai.har" --out "$root/ai.svg" > /dev/null  # the bundled Graphviz
check_studio "$appimage"
APPIMAGE_EXTRACT_AND_RUN=1 "$appimage" dfc har info "$root/ai.har" | head -2
check_studio "$appimage" --appimage-extract-and-run
(cd "$root" && "$appimage" --appimage-extract 'usr/bin/dfc' > /dev/null && [ -x squashfs-root/usr/bin/dfc ] \
  && [ ! -e squashfs-root/usr/bin/dataflow-studio ]) || { echo "partial extraction failed" >&2; exit 1; }
echo "AppImage smoke test passed"
if [ "$(id -u)" -eq 0 ] && command -v debootstrap > /dev/null; then
  packaging/appimage/test-clean-system.sh "$appimage" "$demo"
else
  echo "SKIPPED: the clean-system AppImage test needs root and debootstrap" >&2
fi
