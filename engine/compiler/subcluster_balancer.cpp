#include "compiler/subcluster_balancer.h"

#include <queue>

#include "compiler/context_partitioner.h"
#include "compiler/hw_arch.h"

namespace dfc {
namespace {

/// What growing from `from` to `to` adds; true when the context still has it.
bool affordable(const UnitCounts& used, const LayerAllocation& from, const LayerAllocation& to, const UnitCounts& cap)
{
    return used.lcus + to.lcus - from.lcus <= cap.lcus && used.subclusters + to.subclusters - from.subclusters <= cap.subclusters &&
           used.apus + to.apus - from.apus <= cap.apus && used.inputAligners + to.inputAligners - from.inputAligners <= cap.inputAligners;
}

}  // namespace

std::vector<LayerWidth> balanceSubclusters(const std::vector<PlannedLayer>& plan, const std::vector<size_t>& members,
                                           const HwArch& hw, const CompileSettings& settings)
{
    const UnitCounts cap = contextCapacity(hw, settings.caps);
    UnitCounts used;
    std::vector<LayerWidth> width(members.size());
    std::vector<LayerAllocation> units(members.size());
    auto account = [&](const LayerAllocation& u, int sign) {
        used.lcus += sign * u.lcus;
        used.subclusters += sign * u.subclusters;
        used.apus += sign * u.apus;
        used.inputAligners += sign * u.inputAligners;
    };
    for (size_t k = 0; k < members.size(); ++k) {
        width[k] = narrowest(plan[members[k]], hw);
        units[k] = unitsFor(plan[members[k]], width[k], hw);
        account(units[k], +1);
    }
    // Slowest first; ties by position, so the search is deterministic.
    auto slower = [&](size_t a, size_t b) {
        return units[a].cyclesPerFrame != units[b].cyclesPerFrame ? units[a].cyclesPerFrame < units[b].cyclesPerFrame : a > b;
    };
    std::priority_queue<size_t, std::vector<size_t>, decltype(slower)> queue(slower);
    for (size_t k = 0; k < members.size(); ++k) queue.push(k);
    while (!queue.empty()) {
        const size_t k = queue.top();
        const PlannedLayer& p = plan[members[k]];
        if (units[k].cyclesPerFrame <= 0) break;
        if (settings.fpsTarget && units[k].cyclesPerFrame <= hw.clockHz / *settings.fpsTarget) break;
        // Widen by a subcluster, while the context can still give one.
        // A layer defuses into another part only when its subclusters pass the per-layer width:
        // the vendor's saved allocations show one APU per layer otherwise, and the published
        // light networks (MobileNetV2: 2597 FPS on Hailo-8) stay at one part's output rate.
        std::vector<LayerWidth> options;
        const LayerWidth w = width[k];
        if (p.demand.usesSubclusters && !p.fixedSubclusters) options.push_back({w.subclusters + 1, w.parts});
        const LayerAllocation* best = nullptr;
        LayerAllocation candidate[1];
        for (size_t o = 0; o < options.size(); ++o) {
            candidate[o] = unitsFor(p, options[o], hw);
            if (candidate[o].cyclesPerFrame >= units[k].cyclesPerFrame || !affordable(used, units[k], candidate[o], cap)) continue;
            if (!best || candidate[o].cyclesPerFrame < best->cyclesPerFrame) best = &candidate[o];
        }
        if (!best) break;  // the bottleneck cannot widen: nothing else would raise the context's FPS
        queue.pop();
        account(units[k], -1);
        units[k] = *best;
        width[k] = {best->subclusters, best->parts};
        account(units[k], +1);
        queue.push(k);
    }
    return width;
}

}  // namespace dfc
