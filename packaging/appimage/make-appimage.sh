#!/usr/bin/env bash
# Makes the AppImage from a built tree: make-appimage.sh BUILD_DIR VERSION OUT_DIR
#   1. the install tree (cmake --install, the same files as the .deb) as the AppDir's usr/;
#   2. the Qt plugins the Studio loads at run time (platforms xcb/offscreen/minimal, xcb GL
#      integrations, image formats, the SVG icon engine, input contexts) and Graphviz's layout
#      plugins, which neither ldd nor dpkg-shlibdeps see;
#   3. every library they need that a desktop does not guarantee (the excludelist below is what
#      the host must provide), each with an $ORIGIN RUNPATH so the bundle resolves to itself;
#   4. AppRun, qt.conf, the desktop entry and icon at the root, .DirIcon;
#   5. a zstd SquashFS (reproducible: times and owners fixed) after our runtime (runtime.c).
# Facts and pitfalls: ../shared/reference/appimage.md.
set -euo pipefail
build=$(realpath "${1:?usage: make-appimage.sh BUILD_DIR VERSION OUT_DIR}")
version=${2:?version}
outdir=$(realpath "${3:?out dir}")
here=$(realpath "$(dirname "$0")")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
appdir=$work/AppDir

DESTDIR=$appdir cmake --install "$build" --prefix /usr --strip > /dev/null
usr=$appdir/usr

qt_plugins=$(qtpaths6 --query QT_INSTALL_PLUGINS)
for plugin in platforms/libqxcb.so platforms/libqoffscreen.so platforms/libqminimal.so \
              xcbglintegrations/libqxcb-glx-integration.so xcbglintegrations/libqxcb-egl-integration.so \
              imageformats/libqgif.so imageformats/libqico.so imageformats/libqjpeg.so imageformats/libqsvg.so \
              iconengines/libqsvgicon.so \
              platforminputcontexts/libcomposeplatforminputcontextplugin.so \
              platforminputcontexts/libibusplatforminputcontextplugin.so; do
  install -D -m 644 "$qt_plugins/$plugin" "$usr/plugins/$plugin"
done
cat > "$usr/bin/qt.conf" <<'CONF'
[Paths]
Prefix = ..
Plugins = plugins
Libraries = lib
Translations = translations
CONF

# Graphviz finds its plugins through config6a in GVBINDIR (AppRun sets it): only the DOT layout
# and the core renderers are used (engine/io/graph_layout.cpp, graph_render.cpp).
gv_dir=$(dirname "$(ldconfig -p | awk '/libgvc.so.6 .*x86-64/ {print $NF; exit}')")/graphviz
mkdir -p "$usr/lib/graphviz"
for name in core dot_layout; do install -m 644 "$gv_dir/libgvplugin_$name.so.6" "$usr/lib/graphviz/"; done
awk '/^lib/ { keep = ($2 == "core" || $2 == "dot_layout") } keep' "$gv_dir/config6a" > "$usr/lib/graphviz/config6a"

# The host provides these (glibc, the GL and X stack that must match its drivers, fonts whose
# caches must match its own, libstdc++ — the bundle needs GLIBCXX_3.4.30, i.e. GCC 12 or newer).
host_provided='^(ld-linux.*|libc|libm|libmvec|libdl|libpthread|librt|libresolv|libutil|libanl|libnss_.*|libthread_db|libGL|libEGL|libGLX|libGLdispatch|libOpenGL|libglapi|libgbm|libdrm|libxcb|libxcb-dri2|libxcb-dri3|libX11|libX11-xcb|libwayland-client|libfontconfig|libfreetype|libharfbuzz|libfribidi|libz|libexpat|libuuid|libICE|libSM|libgpg-error|libcom_err|libusb-1\.0|libasound|libjack|libpipewire-0\.3|libgmp|libstdc\+\+|libgcc_s)\.so'
elves=$(find "$usr/bin" "$usr/plugins" "$usr/lib/graphviz" -type f -name '*' -exec sh -c 'head -c4 "$1" | grep -q ELF' _ {} \; -print)
for elf in $elves; do
  ldd "$elf" | awk '$2 == "=>" && $3 ~ /^\// {print $3}'
done | sort -u | while read -r lib; do
  name=$(basename "$lib")
  if ! echo "$name" | grep -Eq "$host_provided"; then cp -L "$lib" "$usr/lib/$name"; fi
done

for elf in "$usr"/bin/*; do [ -L "$elf" ] || ! head -c4 "$elf" | grep -q ELF || patchelf --set-rpath '$ORIGIN/../lib' "$elf"; done
for lib in "$usr"/lib/*.so*; do patchelf --set-rpath '$ORIGIN' "$lib"; done
for plugin in "$usr"/plugins/*/*.so; do patchelf --set-rpath '$ORIGIN/../../lib' "$plugin"; done
for plugin in "$usr"/lib/graphviz/*.so*; do patchelf --set-rpath '$ORIGIN/..' "$plugin"; done

install -m 755 "$here/AppRun" "$appdir/AppRun"
ln -s usr/share/applications/dataflow-studio.desktop "$appdir/dataflow-studio.desktop"
ln -s usr/share/icons/hicolor/scalable/apps/dataflow-studio.svg "$appdir/dataflow-studio.svg"
ln -s usr/share/icons/hicolor/256x256/apps/dataflow-studio.png "$appdir/.DirIcon"
[ -e "$appdir/.DirIcon" ] || { echo "no 256x256 icon (rsvg-convert missing at build time?)" >&2; exit 1; }

if command -v desktop-file-validate > /dev/null; then desktop-file-validate "$usr/share/applications/dataflow-studio.desktop"; fi
if command -v appstreamcli > /dev/null; then appstreamcli validate-tree --no-net --pedantic "$appdir" > /dev/null || appstreamcli validate-tree --no-net "$appdir"; fi

"$here/build-runtime.sh" "$work/runtime"
mksquashfs "$appdir" "$work/image.squashfs" -comp zstd -b 1M -root-owned -noappend \
  -mkfs-time 0 -all-time 0 -no-progress -quiet > /dev/null
out=$outdir/Dataflow_Studio-$version-x86_64.AppImage
cat "$work/runtime" "$work/image.squashfs" > "$out.partial"
chmod 755 "$out.partial"
mv "$out.partial" "$out"
echo "$out"
