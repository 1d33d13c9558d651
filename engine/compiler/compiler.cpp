#include "compiler/compiler.h"

#include <algorithm>
#include <map>

#include "compiler/cluster_placer.h"
#include "compiler/context_partitioner.h"
#include "compiler/hw_arch.h"
#include "compiler/subcluster_balancer.h"
#include "core/error.h"
#include "ir/graph.h"
#include "quant/quantized_model.h"
#include "script/quantization_settings.h"

namespace dfc {
namespace {

/// Totals, bottleneck and host traffic of a context whose layers are allocated.
void summarize(ContextAllocation& c, const std::vector<LayerAllocation>& layers, const std::map<std::string, size_t>& index,
               const Graph& graph)
{
    for (const std::string& name : c.layers) {
        const LayerAllocation& l = layers[index.at(name)];
        c.used.lcus += l.lcus;
        c.used.subclusters += l.subclusters;
        c.used.apus += l.apus;
        c.used.inputAligners += l.inputAligners;
        c.used.l3Cuts += l.l3WeightCuts + l.l3OutputCuts;
        c.weightBytes += l.weightBytes;
        c.macs += l.macs;
        if (l.fps > 0 && (c.fps == 0 || l.fps < c.fps)) c.fps = l.fps, c.bottleneck = l.layer;
        // Tensors crossing the context's edge travel through the host: boundary inputs and
        // outputs, and what earlier contexts made or later ones need.
        for (const std::string& in : graph.layer(name).inputs) {
            const LayerAllocation& p = layers[index.at(in)];
            if (!p.onChip || p.context != c.index) c.hostInputBytes += p.outputBytes;
        }
        bool leaves = false;
        for (const std::string& out : graph.layer(name).outputs) {
            const LayerAllocation& q = layers[index.at(out)];
            leaves |= !q.onChip || q.context != c.index;
        }
        if (leaves) c.hostOutputBytes += l.outputBytes;
        // A DDR portal inside the context: written to the host once, read back by each reader.
        int readers = 0;
        for (const std::string& to : l.ddrTo) readers += layers[index.at(to)].context == c.index ? 1 : 0;
        if (readers > 0) {
            c.hostOutputBytes += l.outputBytes;
            c.hostInputBytes += readers * l.outputBytes;
            c.ddrWriteBytes += l.outputBytes;
            c.ddrReadBytes += readers * l.outputBytes;
        }
    }
}

size_t plannedIndex(const std::vector<PlannedLayer>& plan, const std::string& name)
{
    for (size_t i = 0; i < plan.size(); ++i)
        if (plan[i].layer->name == name) return i;
    return plan.size();
}

/// A layer fused or merged into a layer of another context cannot run on its units: it gets units
/// of its own again, and its host gives back the work.
void unfuseAcrossContexts(std::vector<PlannedLayer>& plan, const Partition& partition)
{
    std::map<std::string, size_t> contextOf;
    for (size_t k = 0; k < partition.contexts.size(); ++k)
        for (size_t i : partition.contexts[k]) contextOf[plan[i].layer->name] = k;
    for (PlannedLayer& p : plan)
        if (!p.fusedInto.empty() && contextOf.count(p.layer->name) && contextOf[p.layer->name] != contextOf[p.fusedInto]) {
            plan[plannedIndex(plan, p.fusedInto)].demand.ops -= p.own.ops;
            p.fusedInto.clear();
            p.merged = false;
            p.demand = p.own;
            p.minSubclusters = p.fixedSubclusters ? p.minSubclusters : 1;
        }
}

/// Subclusters by the greedy search, then placement; when the clusters cannot hold what the
/// search gave (fragmentation), the compute cap steps down and the search runs again, as the
/// vendor's compiler lowers utilization until the allocation succeeds. Empty `unplaced` on success.
ContextAllocation allocateContext(const std::vector<PlannedLayer>& plan, const std::vector<size_t>& members, int index,
                                  const HwArch& hw, const CompileSettings& settings, Allocation& a, std::string& unplaced)
{
    CompileSettings s = settings;
    for (;;) {
        const std::vector<LayerWidth> widths = balanceSubclusters(plan, members, hw, s);
        ContextAllocation c;
        c.index = index;
        std::vector<LayerAllocation*> placed;
        for (size_t m = 0; m < members.size(); ++m) {
            LayerAllocation& l = a.layers[members[m]];
            l = unitsFor(plan[members[m]], widths[m], hw);
            l.context = c.index;
            c.layers.push_back(l.layer);
            placed.push_back(&l);
        }
        const RepartFn repart = [&](const LayerAllocation& l, int parts) {
            const size_t i = std::find(members.begin(), members.end(), plannedIndex(plan, l.layer)) - members.begin();
            LayerAllocation wider = unitsFor(plan[members[i]], {l.subclusters, parts}, hw);
            wider.context = l.context;
            return wider;
        };
        Placement placement = placeOnClusters(placed, hw, s, repart);
        if (placement.ok()) {
            c.clusters = std::move(placement.clusters);
            if (s.caps.compute < settings.caps.compute)
                a.notes.push_back("context " + std::to_string(index) + ": placed at a compute utilization of " +
                                  std::to_string(static_cast<int>(s.caps.compute * 100 + 0.5)) + " % (clusters could not hold more)");
            unplaced.clear();
            return c;
        }
        if (s.caps.compute <= 0.1) {
            unplaced = placement.unplaced;
            return c;
        }
        s.caps.compute -= 0.025;
    }
}

std::string percentText(double share) { return std::to_string(static_cast<int>(share * 100 + 0.5)) + " %"; }

/// One line per DDR portal: where, why, and what it costs on the host link.
void noteDdrPortals(Allocation& a, const CompileSettings& settings)
{
    for (const LayerAllocation& l : a.layers)
        for (const std::string& to : l.ddrTo)
            a.notes.push_back(l.layer + " → " + to + ": rows wait in host memory (DDR portal, " +
                              (settings.ddrEdges.count({l.layer, to}) ? std::string("ddr in the model script")
                                                                      : "the buffer passes " + std::to_string(settings.automaticDdrCuts) +
                                                                            " L3 cuts, allocator_param automatic_ddr") +
                              "); " + std::to_string((l.outputBytes + 1023) / 1024) + " KiB per frame each way over the host link");
}

}  // namespace

LayerBitsMap bitsOfModel(const QuantizedModel& model)
{
    LayerBitsMap bits;
    for (const auto& [name, q] : model.layers) {
        LayerBits& b = bits[name];
        b.activation = q.output.bits;
        if (q.weightBits) b.weight = q.weightBits;
    }
    return bits;
}

LayerBitsMap bitsOfPrecisions(const std::map<std::string, Precision>& precisions)
{
    LayerBitsMap bits;
    for (const auto& [name, p] : precisions) bits[name] = {p.activationBits, p.weightBits};
    return bits;
}

Allocation compileModel(const Graph& graph, const LayerBitsMap& bits, const HwArch& hw, const CompileSettings& settings,
                        const Progress& progress)
{
    progress.update(0.05, "planning layers");
    std::vector<PlannedLayer> plan = planLayers(graph, bits, hw, settings);
    progress.checkCancelled();
    // Partitioning counts units against whole-context caps; when the clusters cannot hold a
    // context's layers (memory or controllers split unevenly between clusters), the control and
    // memory caps step down and the model is partitioned again.
    Allocation a;
    CompileSettings partitioning = settings;
    for (;;) {
        progress.checkCancelled();
        progress.update(0.2, "partitioning into contexts");
        std::vector<PlannedLayer> trialPlan = plan;
        const Partition partition = partitionContexts(trialPlan, hw, partitioning);
        unfuseAcrossContexts(trialPlan, partition);
        a = Allocation{};
        a.network = graph.name;
        a.hwArch = hw.name;
        a.settings = settings;
        a.whyContexts = partition.why;
        for (const PlannedLayer& p : trialPlan) a.layers.push_back(unitsFor(p, narrowest(p, hw), hw));
        std::string unplaced;
        for (size_t k = 0; k < partition.contexts.size() && unplaced.empty(); ++k) {
            progress.checkCancelled();
            progress.update(0.3 + 0.6 * double(k) / partition.contexts.size(), "allocating context " + std::to_string(k));
            a.contexts.push_back(allocateContext(trialPlan, partition.contexts[k], static_cast<int>(k), hw, settings, a, unplaced));
        }
        if (unplaced.empty()) {
            plan = std::move(trialPlan);
            break;
        }
        if (partitioning.caps.memory <= 0.3 && partitioning.caps.control <= 0.3)
            fail(ErrorCode::InvalidArgument,
                 "no cluster has room for this layer, even split over all " + std::to_string(hw.clusters) + " clusters", {}, unplaced);
        partitioning.caps.memory = std::max(0.3, partitioning.caps.memory - 0.05);
        partitioning.caps.control = std::max(0.3, partitioning.caps.control - 0.05);
    }
    if (partitioning.caps.memory < settings.caps.memory)
        a.notes.push_back("partitioned at " + percentText(partitioning.caps.control) + " control and " +
                          percentText(partitioning.caps.memory) + " memory utilization: the clusters could not hold the layers at " +
                          percentText(settings.caps.control) + " / " + percentText(settings.caps.memory));
    std::map<std::string, size_t> index;
    for (size_t i = 0; i < plan.size(); ++i) index[plan[i].layer->name] = i;
    // Boundary layers belong to the context they feed or are fed by.
    for (size_t i = 0; i < plan.size(); ++i) {
        if (plan[i].demand.onChip) continue;
        const Layer& l = *plan[i].layer;
        const std::string& neighbour = !l.outputs.empty() ? l.outputs.front() : !l.inputs.empty() ? l.inputs.front() : l.name;
        a.layers[i].context = a.layers[index.at(neighbour)].context;
    }
    for (ContextAllocation& c : a.contexts) summarize(c, a.layers, index, graph);
    noteDdrPortals(a, settings);
    progress.update(1.0, "allocated");
    return a;
}

}  // namespace dfc
