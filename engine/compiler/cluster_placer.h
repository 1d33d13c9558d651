#pragma once
// Places each layer's parts on the clusters of its context: the script's place(...) first, then
// the others, largest memory first (first-fit decreasing: it leaves the fewest holes), each on
// the first cluster with room. A layer whose part fits no cluster (memory split between
// clusters) is defused into one more part, as the vendor's allocator splits layers over
// clusters. A cluster holds 16 controllers (more when the control cap allows merged layers),
// its subclusters, APUs, input aligners and L3 cuts.
#include <functional>
#include <vector>

#include "compiler/allocation.h"

namespace dfc {

struct HwArch;

/// Re-derives a layer's units for another part count (the placer's defuse).
using RepartFn = std::function<LayerAllocation(const LayerAllocation& layer, int parts)>;

/// Fills `layers[i]->clusters` (and may raise parts) for one context; returns per-cluster use.
/// Throws InvalidArgument naming the layer that fits no cluster even split over all of them.
std::vector<UnitCounts> placeOnClusters(std::vector<LayerAllocation*>& layers, const HwArch& hw, const CompileSettings& settings,
                                        const RepartFn& repart);

}  // namespace dfc
