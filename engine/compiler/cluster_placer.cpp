#include "compiler/cluster_placer.h"

#include <algorithm>
#include <cmath>

#include "compiler/hw_arch.h"
#include "core/error.h"

namespace dfc {
namespace {

/// One part's share of its layer's units (the first parts take the remainders).
UnitCounts partUnits(const LayerAllocation& l, int part)
{
    auto share = [&](int total) { return total / l.parts + (part < total % l.parts ? 1 : 0); };
    return {l.lcus > 0 ? 1 : 0, share(l.subclusters), l.apus > 0 ? 1 : 0, l.inputAligners > 0 ? 1 : 0,
            share(l.l3WeightCuts + l.l3OutputCuts)};
}

bool fitsIn(const UnitCounts& used, const UnitCounts& add, const UnitCounts& cap)
{
    return used.lcus + add.lcus <= cap.lcus && used.subclusters + add.subclusters <= cap.subclusters &&
           used.apus + add.apus <= cap.apus && used.inputAligners + add.inputAligners <= cap.inputAligners &&
           used.l3Cuts + add.l3Cuts <= cap.l3Cuts;
}

void add(UnitCounts& used, const UnitCounts& u)
{
    used.lcus += u.lcus;
    used.subclusters += u.subclusters;
    used.apus += u.apus;
    used.inputAligners += u.inputAligners;
    used.l3Cuts += u.l3Cuts;
}


/// Places every part of `l`, or places none and returns false.
bool placeParts(LayerAllocation& l, std::vector<UnitCounts>& used, const UnitCounts& cap)
{
    std::vector<UnitCounts> trial = used;
    std::vector<int> clusters;
    for (int part = 0; part < l.parts; ++part) {
        const UnitCounts u = partUnits(l, part);
        size_t k = 0;
        while (k < trial.size() && !fitsIn(trial[k], u, cap)) ++k;
        if (k == trial.size()) return false;
        add(trial[k], u);
        clusters.push_back(static_cast<int>(k));
    }
    used = std::move(trial);
    l.clusters = std::move(clusters);
    return true;
}

}  // namespace

std::vector<UnitCounts> placeOnClusters(std::vector<LayerAllocation*>& layers, const HwArch& hw, const CompileSettings& settings,
                                        const RepartFn& repart)
{
    const UnitCounts cap{static_cast<int>(std::floor(hw.lcusPerCluster * std::max(1.0, settings.caps.control) + 1e-9)),
                         hw.subclustersPerCluster, hw.apusPerCluster, hw.inputAlignersPerCluster, hw.l3CutsPerCluster};
    std::vector<UnitCounts> used(static_cast<size_t>(hw.clusters));
    for (LayerAllocation* l : layers) {  // the script's placement first
        auto it = settings.clusterOf.find(l->layer);
        if (it == settings.clusterOf.end()) continue;
        for (int part = 0; part < l->parts; ++part) {
            add(used[static_cast<size_t>(it->second)], partUnits(*l, part));
            l->clusters.push_back(it->second);
        }
    }
    std::vector<LayerAllocation*> order;
    for (LayerAllocation* l : layers)
        if (l->clusters.empty()) order.push_back(l);
    std::stable_sort(order.begin(), order.end(), [](const LayerAllocation* a, const LayerAllocation* b) {
        return a->l3WeightCuts + a->l3OutputCuts > b->l3WeightCuts + b->l3OutputCuts;
    });
    for (LayerAllocation* l : order) {
        while (!placeParts(*l, used, cap)) {
            if (l->parts >= hw.clusters)
                fail(ErrorCode::InvalidArgument, "no cluster has room for this layer, even split over all " + std::to_string(hw.clusters), {},
                     l->layer);
            *l = repart(*l, l->parts + 1);
        }
    }
    return used;
}

}  // namespace dfc
