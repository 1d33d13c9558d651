#pragma once
// Registration entry points, one per family file, and shape helpers the families share.
#include "ir/layer_kind.h"

namespace dfc {

void registerIoKinds(LayerKindRegistry&);
void registerComputeKinds(LayerKindRegistry&);
void registerActivationKinds(LayerKindRegistry&);
void registerPoolKinds(LayerKindRegistry&);
void registerElementwiseKinds(LayerKindRegistry&);
void registerShapeKinds(LayerKindRegistry&);
void registerResizeKinds(LayerKindRegistry&);
void registerReduceKinds(LayerKindRegistry&);

/// Height, width, channels of an activation shape ([H,W,C], or [C] seen as 1x1xC).
struct Hwc {
    int64_t h, w, c;
};
Hwc toHwc(const Shape& s);

/// Spatial window geometry shared by conv and pool: explicit pads [top, left, bottom, right].
struct Window {
    int64_t kh, kw, sh, sw, dh = 1, dw = 1;
    int64_t pt, pl, pb, pr;
    int64_t outH(int64_t h) const;
    int64_t outW(int64_t w) const;
};
/// Reads kernel_shape/strides/dilations/pads of a conv- or pool-like layer.
Window windowOf(const Layer& layer, int64_t kh, int64_t kw);

/// Resolves a [start, stop, step] slice (empty = whole axis; stop <= 0 counts from the end);
/// returns the extent and writes the resolved start and step.
int64_t sliceExtent(const std::vector<int64_t>& s, int64_t dim, int64_t* start, int64_t* step);

/// Batch norm as a per-channel affine map: scale = gamma/sqrt(var+eps), shift = beta − mean·scale.
void batchNormScaleShift(const Layer& l, std::vector<float>& scale, std::vector<float>& shift);

/// Output shape = first input shape; for element-wise and activation kinds.
std::vector<Shape> sameAsFirstInput(const Layer&, const std::vector<Shape>& in);

}  // namespace dfc
