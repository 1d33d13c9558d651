#pragma once
// Places each layer's parts on the clusters of its context: the script's place(...) first, then
// the others, largest memory first, each part on the cluster it leaves least full in its fullest
// resource (controllers, subclusters and memory run out together). A layer whose part fits no
// cluster (memory split between clusters) is defused into one more part, as the vendor's
// allocator splits layers over clusters. A cluster holds 16 controllers (more when the control
// cap allows merged layers), its subclusters, APUs, input aligners and L3 cuts.
#include <functional>
#include <string>
#include <vector>

#include "compiler/allocation.h"

namespace dfc {

struct HwArch;

/// Re-derives a layer's units for another part count (the placer's defuse).
using RepartFn = std::function<LayerAllocation(const LayerAllocation& layer, int parts)>;

struct Placement {
    std::vector<UnitCounts> clusters;  ///< per-cluster use
    std::string unplaced;              ///< a layer that fits no cluster even split over all of them
    bool ok() const { return unplaced.empty(); }
};

/// Fills `layers[i]->clusters` (and may raise parts) for one context. When a layer fits nowhere
/// the placement names it; the caller lowers utilization and tries again.
Placement placeOnClusters(std::vector<LayerAllocation*>& layers, const HwArch& hw, const CompileSettings& settings,
                          const RepartFn& repart);

}  // namespace dfc
