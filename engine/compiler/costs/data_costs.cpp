// Cost rules of the layers that only move data (concatenation, slicing, reshapes, depth/space
// rearrangements, padding, format conversion) and of the boundaries (inputs, outputs, constants).
#include "compiler/cost_rules.h"
#include "ir/layer_kind.h"

namespace dfc {
namespace {

LayerDemand movement(const Layer& l, const LayerBits& bits)
{
    LayerDemand d;
    cost::setOutput(d, l, bits);
    d.usesApu = false;
    return d;
}

/// Inputs and outputs cross the host link: no controller on chip.
LayerDemand boundary(const Layer& l, const LayerBits& bits)
{
    LayerDemand d = movement(l, bits);
    d.onChip = false;
    return d;
}

/// A constant tensor held in memory and streamed to its consumer.
LayerDemand constant(const Layer& l, const LayerBits& bits)
{
    LayerDemand d = movement(l, bits);
    d.weightBytes = d.outputBytes;
    return d;
}

}  // namespace

void registerDataCosts(LayerCostRegistry& r)
{
    for (const char* t : {"concat", "slice", "feature_splitter", "reshape", "transpose", "external_pad", "feature_shuffle",
                          "shortcut", "depth_to_space", "space_to_depth", "format_conversion"})
        r.add(t, movement);
    for (const char* t : {"input_layer", "output_layer"}) r.add(t, boundary);
    r.add("const_input", constant);
}

}  // namespace dfc
