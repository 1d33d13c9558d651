#include "compiler/allocation.h"

#include <cmath>
#include <map>
#include <set>
#include <sstream>
#include <type_traits>

#include "core/error.h"

namespace dfc {
namespace {

nlohmann::ordered_json unitsJson(const UnitCounts& u)
{
    return {{"lcus", u.lcus}, {"subclusters", u.subclusters}, {"apus", u.apus}, {"input_aligners", u.inputAligners}, {"l3_cuts", u.l3Cuts}};
}

/// Reads fields of an untrusted JSON object with their path in errors.
class Fields {
public:
    Fields(const nlohmann::json& j, std::string path, const std::string& what) : mJ(j), mPath(std::move(path)), mWhat(what)
    {
        if (!j.is_object()) fail(ErrorCode::InvalidFormat, "expected an object", what, mPath);
    }
    const nlohmann::json& at(const char* key) const
    {
        if (!mJ.contains(key)) fail(ErrorCode::InvalidFormat, "missing", mWhat, mPath + "." + key);
        return mJ[key];
    }
    template <typename T> T get(const char* key) const
    {
        const nlohmann::json& v = at(key);
        if constexpr (std::is_same_v<T, std::string>) {
            if (!v.is_string()) fail(ErrorCode::InvalidFormat, "expected a string", mWhat, mPath + "." + key);
        } else if constexpr (std::is_same_v<T, bool>) {
            if (!v.is_boolean()) fail(ErrorCode::InvalidFormat, "expected true or false", mWhat, mPath + "." + key);
        } else {
            if (!v.is_number()) fail(ErrorCode::InvalidFormat, "expected a number", mWhat, mPath + "." + key);
            const double d = v.get<double>();
            const double max = std::is_same_v<T, int> ? 2147483647.0 : 1e18;
            if (!std::isfinite(d) || d < 0 || d > max) fail(ErrorCode::InvalidFormat, "number out of range", mWhat, mPath + "." + key);
        }
        return v.get<T>();
    }
    const std::string& path() const { return mPath; }

private:
    const nlohmann::json& mJ;
    std::string mPath;
    const std::string& mWhat;
};

UnitCounts unitsFrom(const nlohmann::json& j, const std::string& path, const std::string& what)
{
    const Fields f(j, path, what);
    return {f.get<int>("lcus"), f.get<int>("subclusters"), f.get<int>("apus"), f.get<int>("input_aligners"), f.get<int>("l3_cuts")};
}

std::string layerList(const std::vector<std::string>& layers)
{
    std::string s = "[";
    for (size_t i = 0; i < layers.size(); ++i) s += (i ? ", " : "") + layers[i];
    return s + "]";
}

}  // namespace

const LayerAllocation* Allocation::find(const std::string& layer) const
{
    for (const LayerAllocation& l : layers)
        if (l.layer == layer) return &l;
    return nullptr;
}

nlohmann::ordered_json Allocation::toJson() const
{
    nlohmann::ordered_json j;
    j["format_version"] = 1;
    j["network"] = network;
    j["hw_arch"] = hwArch;
    j["caps"] = {{"control", settings.caps.control},
                 {"compute", settings.caps.compute},
                 {"memory", settings.caps.memory},
                 {"apus", settings.caps.apuShare()},
                 {"input_aligners", settings.caps.inputAlignerShare()}};
    j["performance_mode"] = settings.performanceMode;
    j["context_switch"] = contextSwitchModeName(settings.contextSwitch);
    j["why_contexts"] = whyContexts;
    j["notes"] = notes;
    j["contexts"] = nlohmann::ordered_json::array();
    for (const ContextAllocation& c : contexts) {
        nlohmann::ordered_json cj = {{"index", c.index},         {"layers", c.layers},
                                     {"used", unitsJson(c.used)}, {"fps", c.fps},
                                     {"bottleneck", c.bottleneck}, {"weight_bytes", c.weightBytes},
                                     {"host_input_bytes", c.hostInputBytes}, {"host_output_bytes", c.hostOutputBytes}, {"ddr_write_bytes", c.ddrWriteBytes}, {"ddr_read_bytes", c.ddrReadBytes},
                                     {"macs", c.macs}};
        cj["clusters"] = nlohmann::ordered_json::array();
        for (const UnitCounts& u : c.clusters) cj["clusters"].push_back(unitsJson(u));
        j["contexts"].push_back(std::move(cj));
    }
    j["layers"] = nlohmann::ordered_json::array();
    for (const LayerAllocation& l : layers) {
        nlohmann::ordered_json lj = {{"layer", l.layer}, {"type", l.type}, {"on_chip", l.onChip}};
        lj.update(l.placementJson());
        lj.update(nlohmann::ordered_json{{"ops", l.ops},
                                         {"macs", l.macs},
                                         {"weight_bytes", l.weightBytes},
                                         {"output_bytes", l.outputBytes},
                                         {"buffer_bytes", l.bufferBytes},
                                         {"lane_use", l.laneUse},
                                         {"cycles_per_frame", l.cyclesPerFrame},
                                         {"bound_by", l.boundBy},
                                         {"fps", l.fps},
                                         {"fill_fraction", l.fillFraction},
                                         {"ddr_to", l.ddrTo},
                                         {"merged_into", l.mergedInto}});
        j["layers"].push_back(std::move(lj));
    }
    return j;
}

nlohmann::ordered_json LayerAllocation::placementJson() const
{
    return {{"context", context},       {"clusters", clusters},
            {"subclusters", subclusters}, {"parts", parts},
            {"lcus", lcus},               {"apus", apus},
            {"input_aligners", inputAligners}, {"l3_weight_cuts", l3WeightCuts},
            {"l3_output_cuts", l3OutputCuts}};
}

Allocation Allocation::fromJson(const nlohmann::json& j, const std::string& what)
{
    const Fields top(j, "allocation", what);
    if (top.get<int>("format_version") != 1) fail(ErrorCode::Unsupported, "allocation format_version is not 1", what);
    Allocation a;
    a.network = top.get<std::string>("network");
    a.hwArch = top.get<std::string>("hw_arch");
    const Fields caps(top.at("caps"), "allocation.caps", what);
    a.settings.caps = {caps.get<double>("control"), caps.get<double>("compute"), caps.get<double>("memory"), caps.get<double>("apus"),
                       caps.get<double>("input_aligners")};
    a.settings.performanceMode = top.get<bool>("performance_mode");
    const std::string mode = top.get<std::string>("context_switch");
    for (ContextSwitchMode m : {ContextSwitchMode::Allowed, ContextSwitchMode::Enabled, ContextSwitchMode::Disabled})
        if (mode == contextSwitchModeName(m)) a.settings.contextSwitch = m;
    a.whyContexts = top.get<std::string>("why_contexts");
    const nlohmann::json& contexts = top.at("contexts");
    const nlohmann::json& layers = top.at("layers");
    if (!contexts.is_array() || !layers.is_array() || contexts.size() > 1024)
        fail(ErrorCode::InvalidFormat, "contexts and layers must be lists (at most 1024 contexts)", what, "allocation");
    for (size_t i = 0; i < contexts.size(); ++i) {
        const Fields f(contexts[i], "allocation.contexts[" + std::to_string(i) + "]", what);
        ContextAllocation c;
        c.index = f.get<int>("index");
        if (c.index != static_cast<int>(i)) fail(ErrorCode::InvalidFormat, "contexts out of order", what, f.path());
        for (const auto& l : f.at("layers"))
            if (l.is_string()) c.layers.push_back(l.get<std::string>());
        c.used = unitsFrom(f.at("used"), f.path() + ".used", what);
        for (const auto& u : f.at("clusters")) c.clusters.push_back(unitsFrom(u, f.path() + ".clusters", what));
        c.fps = f.get<double>("fps");
        c.bottleneck = f.get<std::string>("bottleneck");
        c.weightBytes = f.get<int64_t>("weight_bytes");
        c.hostInputBytes = f.get<int64_t>("host_input_bytes");
        c.hostOutputBytes = f.get<int64_t>("host_output_bytes");
        c.ddrWriteBytes = f.get<int64_t>("ddr_write_bytes");
        c.ddrReadBytes = f.get<int64_t>("ddr_read_bytes");
        c.macs = f.get<int64_t>("macs");
        a.contexts.push_back(std::move(c));
    }
    for (size_t i = 0; i < layers.size(); ++i) {
        const Fields f(layers[i], "allocation.layers[" + std::to_string(i) + "]", what);
        LayerAllocation l;
        l.layer = f.get<std::string>("layer");
        l.type = f.get<std::string>("type");
        l.onChip = f.get<bool>("on_chip");
        l.context = f.get<int>("context");
        if (l.onChip && l.context >= static_cast<int>(a.contexts.size()))
            fail(ErrorCode::InvalidFormat, "layer in a context that does not exist", what, f.path());
        for (const auto& c : f.at("clusters"))
            if (c.is_number_integer()) l.clusters.push_back(c.get<int>());
        l.subclusters = f.get<int>("subclusters");
        l.parts = f.get<int>("parts");
        l.lcus = f.get<int>("lcus");
        l.apus = f.get<int>("apus");
        l.inputAligners = f.get<int>("input_aligners");
        l.l3WeightCuts = f.get<int>("l3_weight_cuts");
        l.l3OutputCuts = f.get<int>("l3_output_cuts");
        l.ops = f.get<int64_t>("ops");
        l.macs = f.get<int64_t>("macs");
        l.weightBytes = f.get<int64_t>("weight_bytes");
        l.outputBytes = f.get<int64_t>("output_bytes");
        l.bufferBytes = f.get<int64_t>("buffer_bytes");
        l.laneUse = f.get<double>("lane_use");
        l.cyclesPerFrame = f.get<double>("cycles_per_frame");
        // Allocations saved before the pace was recorded lack it: unknown, not an error.
        if (layers[i].contains("bound_by") && layers[i]["bound_by"].is_string()) l.boundBy = layers[i]["bound_by"].get<std::string>();
        l.fps = f.get<double>("fps");
        l.fillFraction = f.get<double>("fill_fraction");
        l.mergedInto = f.get<std::string>("merged_into");
        for (const auto& to : f.at("ddr_to"))
            if (to.is_string()) l.ddrTo.push_back(to.get<std::string>());
        a.layers.push_back(std::move(l));
    }
    // Each context lists on-chip layers of this allocation that say they are in it, once.
    std::map<std::string, const LayerAllocation*> byName;
    for (const LayerAllocation& l : a.layers) byName[l.layer] = &l;
    for (size_t i = 0; i < a.layers.size(); ++i)
        if (!a.layers[i].mergedInto.empty() && !byName.count(a.layers[i].mergedInto))
            fail(ErrorCode::InvalidFormat, "merged into unknown layer '" + a.layers[i].mergedInto + "'", what,
                 "allocation.layers[" + std::to_string(i) + "].merged_into");
    for (size_t i = 0; i < a.layers.size(); ++i)
        for (const std::string& to : a.layers[i].ddrTo)
            if (!byName.count(to))
                fail(ErrorCode::InvalidFormat, "DDR portal to unknown layer '" + to + "'", what,
                     "allocation.layers[" + std::to_string(i) + "].ddr_to");
    std::set<std::string> listed;
    for (const ContextAllocation& c : a.contexts)
        for (const std::string& name : c.layers) {
            const std::string path = "allocation.contexts[" + std::to_string(c.index) + "].layers";
            auto it = byName.find(name);
            if (it == byName.end()) fail(ErrorCode::InvalidFormat, "unknown layer '" + name + "'", what, path);
            if (!it->second->onChip || it->second->context != c.index || !listed.insert(name).second)
                fail(ErrorCode::InvalidFormat, "layer '" + name + "' does not belong to this context", what, path);
        }
    if (top.at("notes").is_array())
        for (const auto& n : top.at("notes"))
            if (n.is_string()) a.notes.push_back(n.get<std::string>());
    return a;
}

std::string Allocation::autoScript() const
{
    std::ostringstream s;
    s << "# Allocation of " << network << " for " << hwArch << ", written by Dataflow Studio.\n"
      << "# Compiling the same model with this script reproduces it.\n";
    s << "resources_param(max_control_utilization=" << settings.caps.control << ", max_compute_utilization=" << settings.caps.compute
      << ", max_memory_utilization=" << settings.caps.memory << ", max_apu_utilization=" << settings.caps.apuShare()
      << ", max_input_aligner_utilization=" << settings.caps.inputAlignerShare() << ")\n";
    if (settings.performanceMode) s << "performance_param(compiler_optimization_level=max)\n";
    s << "context_switch_param(mode=" << (contexts.size() > 1 ? "enabled" : "disabled") << ")\n";
    for (const LayerAllocation& l : layers)
        if (!l.mergedInto.empty()) s << "merged_" << l.mergedInto << "_" << l.layer << " = merge(" << l.mergedInto << ", " << l.layer << ")\n";
    // The DDR portals it chose, named; no others are added on the way back.
    s << "allocator_param(automatic_ddr=False)\n";
    for (const LayerAllocation& l : layers)
        for (const std::string& to : l.ddrTo) s << "ddr_" << l.layer << "_to_" << to << " = ddr(" << l.layer << ", " << to << ")\n";
    // A layer split over several units is defused into named parts (the vendor's form); each part
    // gets its own subclusters and placement.
    auto partName = [](const LayerAllocation& l, size_t part) { return l.layer + "_d" + std::to_string(part); };
    for (const LayerAllocation& l : layers) {
        if (!l.onChip || l.parts < 2) continue;
        for (int part = 0; part < l.parts; ++part) s << partName(l, size_t(part)) << ", ";
        s << l.layer << "_dc = defuse(" << l.layer << ", " << l.parts << ")\n";
    }
    for (const LayerAllocation& l : layers) {
        if (!l.onChip || l.subclusters <= 0) continue;
        if (l.parts < 2) {
            s << "compilation_param(" << l.layer << ", number_of_subclusters=" << l.subclusters << ")\n";
            continue;
        }
        for (int part = 0; part < l.parts; ++part)
            s << "compilation_param(" << partName(l, size_t(part)) << ", number_of_subclusters=" << l.partShare(l.subclusters, part) << ")\n";
    }
    for (const ContextAllocation& c : contexts) {
        const std::string prefix = contexts.size() > 1 ? "context_" + std::to_string(c.index) : std::string();
        if (!prefix.empty()) s << prefix << " = context(" << layerList(c.layers) << ")\n";
        for (size_t k = 0; k < c.clusters.size(); ++k) {
            std::vector<std::string> on;
            for (const std::string& name : c.layers) {
                const LayerAllocation* l = find(name);
                if (!l) continue;
                for (size_t part = 0; part < l->clusters.size(); ++part)
                    if (l->clusters[part] == int(k)) on.push_back(l->parts > 1 ? partName(*l, part) : name);
            }
            if (!on.empty()) s << (prefix.empty() ? "" : prefix + ".") << "place(" << k << ", " << layerList(on) << ")\n";
        }
    }
    return s.str();
}

}  // namespace dfc
