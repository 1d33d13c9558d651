#pragma once
// The allocator's greedy search (user guide §5.4.2): every layer starts at its narrowest; the
// slowest layer of the context gets wider, again and again, until it cannot (the caps, or it
// has nothing to widen) or every layer reaches the FPS target. Wider means one more subcluster;
// past the per-layer width the layer defuses into another part (another controller, APU and
// input aligner), which also doubles its output stream.
#include <vector>

#include "compiler/layer_plan.h"

namespace dfc {

/// The width of each layer of one context (`members` index `plan`), in that order.
std::vector<LayerWidth> balanceSubclusters(const std::vector<PlannedLayer>& plan, const std::vector<size_t>& members,
                                           const HwArch& hw, const CompileSettings& settings);

}  // namespace dfc
