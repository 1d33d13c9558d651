#pragma once
// The compiler's view of each layer before allocation: its demand (layer_cost.h), the rows of
// its output that must stay on chip for its consumers (kernel windows, and the extra rows a
// skip connection holds while the longer branch catches up), and the fewest units it can run on.
#include <string>
#include <vector>

#include "compiler/allocation.h"
#include "compiler/layer_cost.h"

namespace dfc {

class Graph;
struct QuantizedModel;

struct PlannedLayer {
    const Layer* layer = nullptr;
    LayerDemand demand;
    int64_t bufferBytes = 0;    ///< output kept for consumers
    double fillFraction = 0;    ///< how far into a frame its first output row comes
    int minSubclusters = 0;     ///< 1 for computing layers (or compilation_param's count)
    bool fixedSubclusters = false;
    int minParts = 1;           ///< parts forced by memory (a part's cuts fit one cluster)
    int weightCuts = 0, outputCuts = 0;
    std::vector<std::string> ddrTo;  ///< consumers whose rows wait in host memory (DDR portals)
    /// The layer whose units this one runs on: an element-wise addition fused into the
    /// convolution feeding it (the vendor's default ew_add fusing), or the first layer of a
    /// merge(a, b) of the model script. It keeps its memory and an input aligner for its stream;
    /// its work is added to the host layer's, which runs slower for it.
    std::string fusedInto;
    bool merged = false;  ///< fused by the script's merge(), not by ew_add fusing
    LayerDemand own;      ///< its demand before it was fused, restored when it cannot be
};

/// Plans every layer of `graph` in topological order at the given bits.
std::vector<PlannedLayer> planLayers(const Graph& graph, const LayerBitsMap& bits, const HwArch& hw,
                                     const CompileSettings& settings);

/// How wide a layer runs: subclusters, and the parts it is defused into (at least enough for the
/// subclusters and for its memory).
struct LayerWidth {
    int subclusters = 0;
    int parts = 1;
};
/// The fewest: one subcluster (or compilation_param's count), one part (or memory's).
LayerWidth narrowest(const PlannedLayer& p, const HwArch& hw);
/// Units a planned layer takes at a width (controllers, APUs, aligners, cuts) and its speed.
LayerAllocation unitsFor(const PlannedLayer& p, LayerWidth width, const HwArch& hw);

}  // namespace dfc
