#pragma once
// What a layer asks of the hardware, independent of how many units it gets: operations per
// frame and how well they fill a subcluster's 8×8 (or 16×4) lanes, weight bytes, the output rows
// its consumers buffer, and whether it needs a layer controller at all. One rule per layer kind,
// registered in LayerCostRegistry (a coverage test checks every kind has one); the allocator
// turns demands into units and cycles.
#include <cstdint>
#include <functional>
#include <map>
#include <string>

#include "core/named_registry.h"
#include "ir/layer.h"

namespace dfc {

struct HwArch;

/// The precision a layer runs at: the quantized model's, or (before quantization) the one the
/// model script's quantization settings will give it.
struct LayerBits {
    int activation = 8;
    int weight = 8;
};
/// By layer name; a layer not listed runs at 8/8.
using LayerBitsMap = std::map<std::string, LayerBits>;

struct LayerDemand {
    int64_t ops = 0;              ///< operations per frame on subclusters (MACs, compares, adds)
    double laneUse = 1;           ///< useful share of a subcluster's lanes (width × feature alignment)
    double bitsSlowdown = 1;      ///< 16-bit data takes two passes per 16-bit operand
    int64_t weightBytes = 0;      ///< kernel and bias as stored on chip
    int64_t outputRowBytes = 0;   ///< one row of the output (W × C × bytes)
    int64_t outputRows = 0;       ///< rows per frame (H)
    int64_t outputBytes = 0;      ///< per frame
    int64_t outputElements = 0;   ///< per frame
    int inputRowsPerOutputRow = 1;  ///< rows of its input a layer holds to make one output row (kernel height)
    bool needsWholeInput = false; ///< reads its whole input before the first output (dense after flatten, matmul)
    bool onChip = true;           ///< false: boundary layers (inputs, outputs) handled by the host link
    bool usesSubclusters = false;  ///< needs MAC/compute lanes (else pure data movement)
    bool usesApu = true;          ///< output through an APU (requantization / activation)
};

using LayerCostRule = std::function<LayerDemand(const Layer&, const LayerBits&)>;

class LayerCostRegistry : public NamedRegistry<LayerCostRule> {
public:
    static const LayerCostRegistry& instance();
};

void registerComputeCosts(LayerCostRegistry&);
void registerDataCosts(LayerCostRegistry&);

/// The demand of one layer (throws Unsupported for kinds the compiler cannot place, naming it).
LayerDemand layerDemand(const Layer& layer, const LayerBits& bits);

/// The two paces of a layer per frame, in cycles: its MACs on the subclusters, its output stream.
struct LayerCycleParts {
    double compute = 0, stream = 0;
    double total() const { return compute > stream ? compute : stream; }
};
LayerCycleParts layerCycleParts(const LayerDemand& d, int subclusters, int parts, const HwArch& hw);

/// Cycles one frame takes on `subclusters` subclusters in `parts` parts: the slower of its MACs
/// (on the subclusters' lanes, at the fitted efficiency) and its output stream (each part's APU
/// writes a fixed number of elements per cycle; data movement streams a lane-width of bytes).
double layerCycles(const LayerDemand& d, int subclusters, int parts, const HwArch& hw);

}  // namespace dfc
