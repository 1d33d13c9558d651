#include "compiler/layer_cost.h"

#include <algorithm>

#include "compiler/hw_arch.h"
#include "core/error.h"

namespace dfc {

const LayerCostRegistry& LayerCostRegistry::instance()
{
    static const LayerCostRegistry registry = [] {
        LayerCostRegistry r;
        registerComputeCosts(r);
        registerDataCosts(r);
        return r;
    }();
    return registry;
}

LayerDemand layerDemand(const Layer& layer, const LayerBits& bits)
{
    const LayerCostRule* rule = LayerCostRegistry::instance().find(layer.type());
    if (!rule)
        fail(ErrorCode::Unsupported, "layers of type '" + layer.hnType() + "' cannot be compiled by this version", {}, layer.name);
    return (*rule)(layer, bits);
}

LayerCycleParts layerCycleParts(const LayerDemand& d, int subclusters, int parts, const HwArch& hw)
{
    LayerCycleParts c;
    if (!d.onChip) return c;
    const double lanes = static_cast<double>(hw.macsPerSubclusterCycle);
    if (d.usesSubclusters && subclusters > 0)
        c.compute = static_cast<double>(d.ops) * d.bitsSlowdown / (subclusters * lanes * std::max(d.laneUse, 1e-3) * hw.macEfficiency);
    c.stream = d.usesApu ? static_cast<double>(d.outputElements) / (std::max(1, parts) * hw.apuElementsPerCycle)
                         : static_cast<double>(d.outputBytes) / (std::max(1, parts) * lanes);
    return c;
}

double layerCycles(const LayerDemand& d, int subclusters, int parts, const HwArch& hw)
{
    return layerCycleParts(d, subclusters, parts, hw).total();
}

}  // namespace dfc
