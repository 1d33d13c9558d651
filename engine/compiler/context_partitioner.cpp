#include "compiler/context_partitioner.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "compiler/hw_arch.h"
#include "core/error.h"

namespace dfc {
namespace {

UnitCounts operator+(UnitCounts a, const UnitCounts& b)
{
    return {a.lcus + b.lcus, a.subclusters + b.subclusters, a.apus + b.apus, a.inputAligners + b.inputAligners, a.l3Cuts + b.l3Cuts};
}

bool fits(const UnitCounts& u, const UnitCounts& cap)
{
    return u.lcus <= cap.lcus && u.subclusters <= cap.subclusters && u.apus <= cap.apus && u.inputAligners <= cap.inputAligners &&
           u.l3Cuts <= cap.l3Cuts;
}

struct Shortage {
    const char* what;
    int need, have;
    const char* unit;
};

std::vector<Shortage> shortages(const UnitCounts& u, const UnitCounts& cap)
{
    std::vector<Shortage> s;
    if (u.lcus > cap.lcus) s.push_back({"layer controllers (one per layer part)", u.lcus, cap.lcus, "LCUs"});
    if (u.apus > cap.apus) s.push_back({"activation units (one per layer part)", u.apus, cap.apus, "APUs"});
    if (u.inputAligners > cap.inputAligners) s.push_back({"input aligners", u.inputAligners, cap.inputAligners, "IAs"});
    if (u.subclusters > cap.subclusters) s.push_back({"subclusters (one per computing layer at least)", u.subclusters, cap.subclusters, "SCs"});
    if (u.l3Cuts > cap.l3Cuts) s.push_back({"L3 memory (weights and row buffers)", u.l3Cuts, cap.l3Cuts, "cuts"});
    return s;
}

std::string capText(double share, int total, const char* unit)
{
    char text[96];
    std::snprintf(text, sizeof text, "%.2f × %d %s", share, total, unit);
    return text;
}

/// The layers that take the most of the memory, for the explanation.
std::string biggestMemoryUsers(const std::vector<PlannedLayer>& plan)
{
    std::vector<const PlannedLayer*> sorted;
    for (const PlannedLayer& p : plan)
        if (p.demand.onChip) sorted.push_back(&p);
    std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->weightCuts + a->outputCuts > b->weightCuts + b->outputCuts; });
    std::string s;
    for (size_t i = 0; i < std::min<size_t>(3, sorted.size()); ++i)
        s += (i ? ", " : "") + sorted[i]->layer->name + " (" + std::to_string(sorted[i]->weightCuts + sorted[i]->outputCuts) + " cuts)";
    return s;
}

std::string explainShortage(const UnitCounts& need, const UnitCounts& cap, const std::vector<PlannedLayer>& plan,
                            const HwArch& hw, const CompileSettings& s)
{
    std::string why;
    for (const Shortage& sh : shortages(need, cap)) {
        std::string capacity;
        if (std::string(sh.unit) == "LCUs") capacity = capText(s.caps.control, hw.totalLcus(), "LCUs");
        else if (std::string(sh.unit) == "APUs") capacity = capText(s.caps.apuShare(), hw.totalApus(), "APUs");
        else if (std::string(sh.unit) == "IAs") capacity = capText(s.caps.inputAlignerShare(), hw.totalInputAligners(), "IAs");
        else if (std::string(sh.unit) == "SCs") capacity = capText(s.caps.compute, hw.totalSubclusters(), "SCs");
        else capacity = capText(s.caps.memory, hw.totalL3Cuts(), "cuts");
        why += (why.empty() ? "" : "; ") + std::string(sh.what) + ": the model needs " + std::to_string(sh.need) + " " + sh.unit +
               ", one context holds " + std::to_string(sh.have) + " (" + capacity + "), " + std::to_string(sh.need - sh.have) + " over";
        if (std::string(sh.unit) == "cuts") why += "; the largest users are " + biggestMemoryUsers(plan);
    }
    return why;
}

}  // namespace

UnitCounts contextCapacity(const HwArch& hw, const ResourceCaps& caps)
{
    return {static_cast<int>(std::floor(caps.control * hw.totalLcus() + 1e-9)),
            static_cast<int>(std::floor(caps.compute * hw.totalSubclusters() + 1e-9)),
            static_cast<int>(std::floor(caps.apuShare() * hw.totalApus() + 1e-9)),
            static_cast<int>(std::floor(caps.inputAlignerShare() * hw.totalInputAligners() + 1e-9)),
            static_cast<int>(std::floor(caps.memory * hw.totalL3Cuts() + 1e-9))};
}

UnitCounts minimalUnits(const PlannedLayer& p, const HwArch& hw)
{
    const LayerAllocation a = unitsFor(p, narrowest(p, hw), hw);
    return {a.lcus, a.subclusters, a.apus, a.inputAligners, a.l3WeightCuts + a.l3OutputCuts};
}

Partition partitionContexts(const std::vector<PlannedLayer>& plan, const HwArch& hw, const CompileSettings& settings)
{
    const UnitCounts cap = contextCapacity(hw, settings.caps);
    Partition part;
    if (!settings.contexts.empty()) {  // the script fixes the partition
        std::map<std::string, size_t> index;
        for (size_t i = 0; i < plan.size(); ++i) index[plan[i].layer->name] = i;
        std::map<size_t, size_t> contextOf;
        for (size_t k = 0; k < settings.contexts.size(); ++k) {
            part.contexts.emplace_back();
            for (const std::string& name : settings.contexts[k]) {
                const size_t i = index.at(name);
                if (!plan[i].demand.onChip) continue;
                if (contextOf.count(i)) fail(ErrorCode::InvalidArgument, "layer " + name + " is in two contexts");
                contextOf[i] = k;
            }
        }
        for (size_t i = 0; i < plan.size(); ++i) {
            if (!plan[i].demand.onChip) continue;
            if (!contextOf.count(i)) fail(ErrorCode::InvalidArgument, "the script's contexts leave out layer " + plan[i].layer->name);
            part.contexts[contextOf[i]].push_back(i);
        }
        part.why = "the model script fixes " + std::to_string(part.contexts.size()) + " context(s)";
        return part;
    }
    UnitCounts whole;
    std::vector<size_t> onChip;
    for (size_t i = 0; i < plan.size(); ++i) {
        if (!plan[i].demand.onChip) continue;
        const UnitCounts u = minimalUnits(plan[i], hw);
        if (!fits(u, cap))
            fail(ErrorCode::InvalidArgument, "no context can hold this layer: " + explainShortage(u, cap, {plan[i]}, hw, settings), {},
                 plan[i].layer->name);
        whole = whole + u;
        onChip.push_back(i);
    }
    const bool oneFits = fits(whole, cap);
    if (oneFits && settings.contextSwitch != ContextSwitchMode::Enabled) {
        part.contexts.push_back(onChip);
        part.why = "one context holds the whole model: " + std::to_string(whole.lcus) + " of " + std::to_string(cap.lcus) +
                   " layer controllers, " + std::to_string(whole.l3Cuts) + " of " + std::to_string(cap.l3Cuts) + " L3 cuts at the fewest units";
        return part;
    }
    const std::string shortage = explainShortage(whole, cap, plan, hw, settings);
    if (!oneFits && settings.contextSwitch == ContextSwitchMode::Disabled)
        fail(ErrorCode::InvalidArgument, "the model does not fit one context and context_switch_param(mode=disabled) forbids more: " +
                                             shortage);
    if (oneFits) {  // mode=enabled: two contexts, split where half the work is done
        int64_t total = 0, sum = 0;
        for (size_t i : onChip) total += plan[i].demand.ops;
        part.contexts.emplace_back();
        for (size_t i : onChip) {
            if (sum >= total / 2 && !part.contexts.back().empty() && part.contexts.size() < 2) part.contexts.emplace_back();
            part.contexts.back().push_back(i);
            sum += plan[i].demand.ops;
        }
        part.why = "context_switch_param(mode=enabled) asks for several contexts although one would hold the model";
        return part;
    }
    UnitCounts current;
    part.contexts.emplace_back();
    for (size_t i : onChip) {
        const UnitCounts u = minimalUnits(plan[i], hw);
        if (!fits(current + u, cap) && !part.contexts.back().empty()) {
            part.contexts.emplace_back();
            current = {};
        }
        part.contexts.back().push_back(i);
        current = current + u;
    }
    part.why = "the model needs " + std::to_string(part.contexts.size()) + " contexts: " + shortage;
    return part;
}

}  // namespace dfc
