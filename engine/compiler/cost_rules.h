#pragma once
// Helpers the per-kind cost rules share: a layer's output geometry and lane alignment.
#include <cstdint>

#include "compiler/layer_cost.h"

namespace dfc::cost {

struct Geometry {
    int64_t h = 1, w = 1, c = 1;
};
/// The output as rows × columns × features ([C] is 1 × 1 × C; [W, C] is 1 × W × C).
Geometry outputGeometry(const Layer& l, int port = 0);
/// The useful share of a subcluster's lanes for `columns` × `features`: the better of the
/// 8 columns × 8 features and 16 × 4 arrangements (user guide: use_16x4_sc).
double laneUse(int64_t columns, int64_t features);
/// The layer's output stream: bytes per row, rows, bytes per frame at its activation bits.
void setOutput(LayerDemand& d, const Layer& l, const LayerBits& bits);
double bitsSlowdown(const LayerBits& bits);

}  // namespace dfc::cost
