#include "compiler/cluster_placer.h"

#include <algorithm>
#include <cmath>

#include "compiler/hw_arch.h"

namespace dfc {
namespace {

/// One part's share of its layer's units.
UnitCounts partUnits(const LayerAllocation& l, int part)
{
    return {l.lcus > 0 ? 1 : 0, l.partShare(l.subclusters, part), l.apus > 0 ? 1 : 0, l.inputAligners > 0 ? 1 : 0,
            l.partShare(l.l3WeightCuts + l.l3OutputCuts, part)};
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


/// The fullest resource of a cluster after adding `add`, as a share of the cluster.
double fullestShare(const UnitCounts& used, const UnitCounts& add, const UnitCounts& cap)
{
    auto share = [](int u, int a, int c) { return c > 0 ? double(u + a) / c : 0.0; };
    return std::max({share(used.lcus, add.lcus, cap.lcus), share(used.subclusters, add.subclusters, cap.subclusters),
                     share(used.apus, add.apus, cap.apus), share(used.inputAligners, add.inputAligners, cap.inputAligners),
                     share(used.l3Cuts, add.l3Cuts, cap.l3Cuts)});
}

/// Places every part of `l`, or places none and returns false. Each part goes to the cluster it
/// leaves least full in its fullest resource: controllers, subclusters and memory run out
/// together rather than one cluster's controllers while another's memory is empty.
bool placeParts(LayerAllocation& l, std::vector<UnitCounts>& used, const UnitCounts& cap)
{
    std::vector<UnitCounts> trial = used;
    std::vector<int> clusters;
    for (int part = 0; part < l.parts; ++part) {
        const UnitCounts u = partUnits(l, part);
        size_t best = trial.size();
        for (size_t k = 0; k < trial.size(); ++k)
            if (fitsIn(trial[k], u, cap) &&
                (best == trial.size() || fullestShare(trial[k], u, cap) < fullestShare(trial[best], u, cap) - 1e-12))
                best = k;
        if (best == trial.size()) return false;
        const size_t k = best;
        add(trial[k], u);
        clusters.push_back(static_cast<int>(k));
    }
    used = std::move(trial);
    l.clusters = std::move(clusters);
    return true;
}

}  // namespace

Placement placeOnClusters(std::vector<LayerAllocation*>& layers, const HwArch& hw, const CompileSettings& settings,
                          const RepartFn& repart)
{
    const UnitCounts cap{static_cast<int>(std::floor(hw.lcusPerCluster * std::max(1.0, settings.caps.control) + 1e-9)),
                         hw.subclustersPerCluster, hw.apusPerCluster, hw.inputAlignersPerCluster, hw.l3CutsPerCluster};
    std::vector<UnitCounts> used(static_cast<size_t>(hw.clusters));
    for (LayerAllocation* l : layers) {  // the script's placement first
        auto whole = settings.clusterOf.find(l->layer);
        auto parts = settings.partClusterOf.find(l->layer);
        if (whole == settings.clusterOf.end() && parts == settings.partClusterOf.end()) continue;
        for (int part = 0; part < l->parts; ++part) {
            int cluster = whole != settings.clusterOf.end() ? whole->second : 0;
            if (parts != settings.partClusterOf.end())
                if (auto p = parts->second.find(part); p != parts->second.end()) cluster = p->second;
            add(used[static_cast<size_t>(cluster)], partUnits(*l, part));
            l->clusters.push_back(cluster);
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
            if (l->parts >= hw.clusters) return {std::move(used), l->layer};
            *l = repart(*l, l->parts + 1);
        }
    }
    return {std::move(used), {}};
}

}  // namespace dfc
