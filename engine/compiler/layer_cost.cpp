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

double layerCycles(const LayerDemand& d, int subclusters, int parts, const HwArch& hw)
{
    if (!d.onChip) return 0;
    const double lanes = static_cast<double>(hw.macsPerSubclusterCycle);
    double compute = 0;
    if (d.usesSubclusters && subclusters > 0)
        compute = static_cast<double>(d.ops) * d.bitsSlowdown / (subclusters * lanes * std::max(d.laneUse, 1e-3) * hw.macEfficiency);
    const double stream = d.usesApu ? static_cast<double>(d.outputElements) / (std::max(1, parts) * hw.apuElementsPerCycle)
                                    : static_cast<double>(d.outputBytes) / (std::max(1, parts) * lanes);
    return std::max(compute, stream);
}

}  // namespace dfc
