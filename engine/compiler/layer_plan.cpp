#include "compiler/layer_plan.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "compiler/hw_arch.h"
#include "core/error.h"
#include "ir/graph.h"
#include "ir/layer_kind.h"

namespace dfc {
namespace {

int cutsFor(int64_t bytes, const HwArch& hw) { return bytes > 0 ? static_cast<int>(std::ceil(double(bytes) / hw.l3CutBytes)) : 0; }

LayerBits bitsOf(const Layer& l, const LayerBitsMap& bits)
{
    auto it = bits.find(l.name);
    return it == bits.end() ? LayerBits{} : it->second;
}

/// `guest` runs on `host`'s units from now on.
void fuse(PlannedLayer& guest, PlannedLayer& host)
{
    guest.own = guest.demand;
    guest.fusedInto = host.layer->name;
    host.demand.ops += guest.demand.ops;
    guest.demand.ops = 0;
    guest.demand.usesSubclusters = false;
    guest.demand.usesApu = false;
}

/// merge(host, guest) of the model script: both computing layers on chip, the guest not already
/// sharing another layer's units (a host may take several guests).
void mergeInto(std::vector<PlannedLayer>& plan, const std::map<std::string, size_t>& index, const std::string& host,
               const std::string& guest)
{
    PlannedLayer& h = plan[index.at(host)];
    PlannedLayer& g = plan[index.at(guest)];
    for (const PlannedLayer* p : {&h, &g})
        if (!p->demand.onChip || !p->demand.usesSubclusters)
            fail(ErrorCode::InvalidArgument, "merge needs two computing layers on the chip; " + p->layer->name + " is a " + p->layer->hnType(),
                 {}, p->layer->name);
    if (!g.fusedInto.empty() || !h.fusedInto.empty())
        fail(ErrorCode::InvalidArgument, "merge: " + guest + " or " + host + " already runs on another layer's units", {}, guest);
    fuse(g, h);
    g.merged = true;
}

/// The rows of p's output the edge p → c keeps on chip, and whether the rest waits in host
/// memory (a DDR portal).
struct EdgeRows {
    int64_t onChip = 1;
    bool inHostMemory = false;
};

EdgeRows edgeRows(const PlannedLayer& p, const PlannedLayer& c, const std::vector<PlannedLayer>& plan,
                  const std::map<std::string, size_t>& index, const HwArch& hw, const CompileSettings& settings)
{
    const int64_t all = p.demand.outputRows;
    const int64_t window = c.demand.needsWholeInput ? all : c.demand.inputRowsPerOutputRow + 1;  // window + the row arriving
    int64_t need = window;
    if (c.layer->inputs.size() > 1) {  // a merge: hold rows until the latest branch arrives
        double latest = 0;
        for (const std::string& in : c.layer->inputs) latest = std::max(latest, plan[index.at(in)].fillFraction);
        need += static_cast<int64_t>(std::ceil((latest - p.fillFraction) * all));
    }
    const CompileSettings::Edge edge{p.layer->name, c.layer->name};
    if (auto fixed = settings.bufferRows.find(edge); fixed != settings.bufferRows.end()) need = fixed->second;  // buffers(p, c, rows)
    need = std::min(need, all);
    // What a DDR portal leaves on chip: the consumer's window; the skew waits in the host's memory.
    const int64_t staged = std::min(window, all);
    const bool forced = settings.ddrEdges.count(edge) != 0;
    const bool automatic = settings.automaticDdr && cutsFor(need * p.demand.outputRowBytes, hw) > settings.automaticDdrCuts &&
                           cutsFor(staged * p.demand.outputRowBytes, hw) <= settings.automaticDdrCuts;
    if ((forced || automatic) && p.demand.onChip && c.demand.onChip) return {staged, true};
    return {need, false};
}

}  // namespace

std::vector<PlannedLayer> planLayers(const Graph& graph, const LayerBitsMap& bits, const HwArch& hw,
                                     const CompileSettings& settings)
{
    std::vector<PlannedLayer> plan;
    std::map<std::string, size_t> index;
    for (const Layer* l : graph.topoOrder()) {
        if (l->kind->viewOnly)
            fail(ErrorCode::Unsupported, "a " + l->hnType() + " layer is shown, never compiled: cut it out of the parse first", {},
                 l->name);
        PlannedLayer p;
        p.layer = l;
        try {
            p.demand = layerDemand(*l, bitsOf(*l, bits));
        } catch (const Error& e) {
            throw e.location().empty() ? e.at(l->name) : e;
        }
        index[l->name] = plan.size();
        plan.push_back(std::move(p));
    }
    // How far into a frame each layer starts: its input's start plus the window it waits for.
    // A merge (ew_add, concat) of branches that start apart holds the early branch's rows.
    for (PlannedLayer& p : plan) {
        double start = 0;
        for (const std::string& in : p.layer->inputs) start = std::max(start, plan[index.at(in)].fillFraction);
        const double rows = std::max<int64_t>(1, p.demand.outputRows);
        p.fillFraction = std::min(1.0, start + (p.demand.needsWholeInput ? 1.0 : p.demand.inputRowsPerOutputRow / rows));
    }
    // ew_add fusing: an addition whose one input is a convolution feeding only it.
    for (PlannedLayer& p : plan) {
        if (p.layer->type() != "ew_add" || p.layer->inputs.size() != 2) continue;
        for (const std::string& in : p.layer->inputs) {
            PlannedLayer& producer = plan[index.at(in)];
            const std::string t = producer.layer->type();
            if ((t == "conv" || t == "dw" || t == "dense") && producer.layer->outputs.size() == 1) {
                fuse(p, producer);
                break;
            }
        }
    }
    for (const auto& [host, guest] : settings.merges) mergeInto(plan, index, host, guest);
    for (PlannedLayer& p : plan) {
        int64_t rows = p.demand.outputRows > 0 ? 1 : 0;
        for (const std::string& out : p.layer->outputs) {
            const PlannedLayer& c = plan[index.at(out)];
            const EdgeRows edge = edgeRows(p, c, plan, index, hw, settings);
            if (edge.inHostMemory) p.ddrTo.push_back(out);
            rows = std::max(rows, edge.onChip);
        }
        p.bufferBytes = p.demand.onChip ? rows * p.demand.outputRowBytes : 0;
        p.weightCuts = cutsFor(p.demand.weightBytes, hw);
        p.outputCuts = cutsFor(p.bufferBytes, hw);
        auto fixed = settings.subclusters.find(p.layer->name);
        p.fixedSubclusters = fixed != settings.subclusters.end() && p.demand.usesSubclusters;
        p.minSubclusters = !p.demand.usesSubclusters ? 0 : p.fixedSubclusters ? fixed->second : 1;
        p.minParts = std::max(1, (p.weightCuts + p.outputCuts + hw.l3CutsPerCluster - 1) / hw.l3CutsPerCluster);
        if (auto defused = settings.parts.find(p.layer->name); defused != settings.parts.end())
            p.minParts = std::max(p.minParts, defused->second);
    }
    return plan;
}

LayerWidth narrowest(const PlannedLayer& p, const HwArch& hw)
{
    return {p.minSubclusters, std::max(p.minParts, (p.minSubclusters + hw.maxSubclustersPerLayer - 1) / hw.maxSubclustersPerLayer)};
}

LayerAllocation unitsFor(const PlannedLayer& p, LayerWidth width, const HwArch& hw)
{
    LayerAllocation a;
    a.layer = p.layer->name;
    a.type = p.layer->type();
    a.onChip = p.demand.onChip;
    a.subclusters = width.subclusters;
    a.parts = std::max({width.parts, p.minParts, (width.subclusters + hw.maxSubclustersPerLayer - 1) / hw.maxSubclustersPerLayer});
    if (a.onChip && !p.fusedInto.empty()) {
        a.inputAligners = 1;  // its own input stream; the rest is its host's
        a.l3WeightCuts = p.weightCuts;
        a.l3OutputCuts = p.outputCuts;
        if (p.merged) a.mergedInto = p.fusedInto;
    } else if (a.onChip) {
        a.lcus = a.parts;
        a.apus = p.demand.usesApu ? a.parts : 0;
        a.inputAligners = a.parts;
        a.l3WeightCuts = p.weightCuts;
        a.l3OutputCuts = p.outputCuts;
    }
    a.ops = p.demand.ops;
    a.macs = layerMacs(*p.layer);
    a.weightBytes = p.demand.weightBytes;
    a.outputBytes = p.demand.outputBytes;
    a.bufferBytes = p.bufferBytes;
    a.laneUse = p.demand.laneUse;
    if (p.fusedInto.empty()) {
        const LayerCycleParts c = layerCycleParts(p.demand, a.subclusters, a.parts, hw);
        a.cyclesPerFrame = c.total();
        if (c.total() > 0) a.boundBy = c.compute >= c.stream ? "compute" : p.demand.usesApu ? "apu_output" : "data_movement";
    }
    a.fps = a.cyclesPerFrame > 0 ? hw.clockHz / a.cyclesPerFrame : 0;
    a.fillFraction = p.fillFraction;
    a.ddrTo = p.ddrTo;
    return a;
}

}  // namespace dfc
