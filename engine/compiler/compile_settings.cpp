#include "compiler/compile_settings.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <map>

#include "core/error.h"
#include "ir/graph.h"
#include "script/model_script.h"
#include "script/script_commands.h"

namespace dfc {
namespace {

/// Layers a statement names; every plain name must exist (a pattern may match none).
std::vector<std::string> namedLayers(const ScriptValue& v, const Graph& graph, const ModelScript& script, const ScriptStatement& st)
{
    auto check = [&](const ScriptValue& item) {
        if (item.kind != ScriptValue::Kind::Name) return;
        if (resolveScriptLayers(item, graph).empty())
            fail(ErrorCode::InvalidArgument, st.command + " names '" + item.text + "', which " + graph.name + " does not have",
                 script.file(), item.at.text());
    };
    if (v.kind == ScriptValue::Kind::List)
        for (const ScriptValue& item : v.items) check(item);
    else check(v);
    return resolveScriptLayers(v, graph);
}

double number(const ScriptArgument& a, double min, double max, const ModelScript& script)
{
    if (a.value.kind != ScriptValue::Kind::Number || a.value.number < min || a.value.number > max)
        fail(ErrorCode::InvalidArgument, a.keyword + " must be a number in [" + std::to_string(min) + ", " + std::to_string(max) + "]",
             script.file(), a.value.at.text());
    return a.value.number;
}

void readResources(const ScriptStatement& st, CompileSettings& s, const ModelScript& script)
{
    if (!st.object.empty()) return;  // per-context caps are not applied by this version
    if (const ScriptArgument* a = st.keyword("max_utilization"); a && a->value.number > 0)
        s.caps.control = s.caps.compute = s.caps.memory = number(*a, 0.05, 1.0, script);
    if (const ScriptArgument* a = st.keyword("max_control_utilization")) s.caps.control = number(*a, 0.05, 1.2, script);
    if (const ScriptArgument* a = st.keyword("max_compute_utilization")) s.caps.compute = number(*a, 0.05, 1.0, script);
    if (const ScriptArgument* a = st.keyword("max_memory_utilization")) s.caps.memory = number(*a, 0.05, 1.0, script);
    if (const ScriptArgument* a = st.keyword("max_apu_utilization")) s.caps.apus = number(*a, 0.05, 1.0, script);
    if (const ScriptArgument* a = st.keyword("max_input_aligner_utilization")) s.caps.inputAligners = number(*a, 0.05, 1.0, script);
    s.capsFromScript = true;
}

void readPerformance(const ScriptStatement& st, CompileSettings& s, const ModelScript& script)
{
    if (const ScriptArgument* a = st.keyword("compiler_optimization_level")) s.performanceMode = a->value.text == "max";
    if (const ScriptArgument* a = st.keyword("fps"); a && a->value.kind == ScriptValue::Kind::Number)
        s.fpsTarget = number(*a, 0.001, 1e9, script);  // fps=None: no target
}

void readContextSwitch(const ScriptStatement& st, CompileSettings& s, const ModelScript& script)
{
    const ScriptArgument* a = st.keyword("mode");
    if (!a) return;
    // "automatic" and "manual" (contexts given by the script) are older spellings.
    if (a->value.text == "allowed" || a->value.text == "automatic" || a->value.text == "manual") s.contextSwitch = ContextSwitchMode::Allowed;
    else if (a->value.text == "enabled") s.contextSwitch = ContextSwitchMode::Enabled;
    else if (a->value.text == "disabled") s.contextSwitch = ContextSwitchMode::Disabled;
    else fail(ErrorCode::InvalidArgument, "context_switch_param mode must be allowed, enabled or disabled", script.file(), a->value.at.text());
}

/// compilation_param(layer, number_of_subclusters=N); on a defused layer's part, N is that
/// part's share and the layer's total is the sum of its parts'.
void readCompilationParam(const ScriptStatement& st, CompileSettings& s, const Graph& g, const ModelScript& script, const HwArch& hw)
{
    const auto pos = st.positional();
    const ScriptArgument* n = st.keyword("number_of_subclusters");
    if (!st.object.empty() || pos.empty() || !n) return;
    const int count = static_cast<int>(number(*n, 0, hw.subclustersPerCluster, script));
    if (count == 0) return;  // a layer without subclusters: nothing to fix
    if (pos[0]->value.kind == ScriptValue::Kind::Name)
        if (auto part = s.partNames.find(pos[0]->value.text); part != s.partNames.end()) {
            s.partSubclusters[part->second.first][part->second.second] = count;
            return;
        }
    for (const std::string& l : namedLayers(pos[0]->value, g, script, st)) s.subclusters[l] = count;
}

/// "context_3" → 3; contexts named otherwise take the next index.
size_t contextIndex(const std::string& name, size_t next)
{
    const std::string prefix = "context_";
    if (name.rfind(prefix, 0) != 0 || name.size() == prefix.size()) return next;
    for (size_t i = prefix.size(); i < name.size(); ++i)
        if (!std::isdigit(static_cast<unsigned char>(name[i]))) return next;
    return std::stoul(name.substr(prefix.size()));
}

void readContext(const ScriptStatement& st, CompileSettings& s, const Graph& g, const ModelScript& script)
{
    const auto pos = st.positional();
    if (pos.empty() || st.targets.size() != 1) return;
    const size_t k = contextIndex(st.targets[0], s.contexts.size());
    if (k > 1024) fail(ErrorCode::InvalidArgument, "more contexts than a network group holds (1024)", script.file(), st.at.text());
    if (s.contexts.size() <= k) s.contexts.resize(k + 1);
    s.contexts[k] = namedLayers(pos[0]->value, g, script, st);
}

/// parts…, concat = defuse(layer, N): the layer runs as N parts, each placeable by its name
/// (INPUT_FEATURES, and SPATIAL with splitter=True, name a splitter first). The forms that rewrite
/// the layer into other kinds are reported as not applied by the script checker and skipped here.
void readDefuse(const ScriptStatement& st, CompileSettings& s, const Graph& g, const ModelScript& script, const HwArch& hw)
{
    if (!ScriptCommandRegistry::instance().applied(st)) return;
    const auto pos = st.positional();
    if (pos.size() < 2 || pos[1]->value.kind != ScriptValue::Kind::Number)
        fail(ErrorCode::InvalidArgument, "defuse needs a layer and a number of parts", script.file(), st.at.text());
    const std::vector<std::string> layers = namedLayers(pos[0]->value, g, script, st);
    const double n = pos[1]->value.number;
    const int most = hw.clusters * hw.subclustersPerCluster;
    if (layers.size() != 1 || n < 1 || n > most || n != std::floor(n))
        fail(ErrorCode::InvalidArgument, "defuse splits one layer into 1.." + std::to_string(most) + " parts", script.file(),
             pos[1]->value.at.text());
    const int parts = static_cast<int>(n);
    const ScriptArgument* type = st.keyword("defuse_type");
    const ScriptArgument* splitterFlag = st.keyword("splitter");
    const bool splitter = (type && type->value.text == "INPUT_FEATURES") ||
                          (splitterFlag && (splitterFlag->value.text == "True" || splitterFlag->value.text == "true"));
    const size_t first = splitter ? 1 : 0;
    if (st.targets.size() != first + parts + 1)
        fail(ErrorCode::InvalidArgument,
             "defuse of " + std::to_string(parts) + " parts names " + std::to_string(first + parts + 1) + " layers (" +
                 (splitter ? "a splitter, " : "") + "the parts and their concat), not " + std::to_string(st.targets.size()),
             script.file(), st.at.text());
    s.parts[layers[0]] = parts;
    for (int k = 0; k < parts; ++k) s.partNames[st.targets[first + k]] = {layers[0], k};
}

void readPlace(const ScriptStatement& st, CompileSettings& s, const Graph& g, const ModelScript& script, const HwArch& hw)
{
    const auto pos = st.positional();
    if (pos.size() < 2) fail(ErrorCode::InvalidArgument, "place needs a cluster and a list of layers", script.file(), st.at.text());
    const int cluster = static_cast<int>(pos[0]->value.number);
    if (pos[0]->value.kind != ScriptValue::Kind::Number || cluster < 0 || cluster >= hw.clusters)
        fail(ErrorCode::InvalidArgument, "cluster must be 0.." + std::to_string(hw.clusters - 1) + " on " + hw.name, script.file(),
             pos[0]->value.at.text());
    // The parts of a defused layer go by their own names; every other name is the graph's.
    ScriptValue graphNames = pos[1]->value;
    if (graphNames.kind == ScriptValue::Kind::List) {
        std::vector<ScriptValue> rest;
        for (const ScriptValue& item : graphNames.items) {
            auto part = item.kind == ScriptValue::Kind::Name ? s.partNames.find(item.text) : s.partNames.end();
            if (part == s.partNames.end()) rest.push_back(item);
            else s.partClusterOf[part->second.first][part->second.second] = cluster;
        }
        graphNames.items = std::move(rest);
    }
    for (const std::string& l : namedLayers(graphNames, g, script, st)) s.clusterOf[l] = cluster;
}

/// The edge a statement names as (layer_from, layer_to): two layers, the second reading the first.
CompileSettings::Edge namedEdge(const ScriptStatement& st, const Graph& g, const ModelScript& script)
{
    const auto pos = st.positional();
    if (pos.size() < 2 || pos[0]->value.kind != ScriptValue::Kind::Name || pos[1]->value.kind != ScriptValue::Kind::Name)
        fail(ErrorCode::InvalidArgument, st.command + " needs two layers: the one writing and the one reading", script.file(), st.at.text());
    const std::string from = namedLayers(pos[0]->value, g, script, st).at(0), to = namedLayers(pos[1]->value, g, script, st).at(0);
    const auto& outputs = g.layer(from).outputs;
    if (std::find(outputs.begin(), outputs.end(), to) == outputs.end())
        fail(ErrorCode::InvalidArgument, st.command + ": " + to + " does not read " + from + " directly", script.file(),
             pos[1]->value.at.text());
    return {from, to};
}

/// buffers(a, b, rows[, rows_after_a_cluster_transition][, FULL_ROW|PARTIAL_ROW]): the first
/// count is the buffer when there is no cluster transition, which is how this build models it.
void readBuffers(const ScriptStatement& st, CompileSettings& s, const Graph& g, const ModelScript& script)
{
    const CompileSettings::Edge edge = namedEdge(st, g, script);
    const auto pos = st.positional();
    if (pos.size() < 3 || pos[2]->value.kind != ScriptValue::Kind::Number || pos[2]->value.number < 1 ||
        pos[2]->value.number != std::floor(pos[2]->value.number))
        fail(ErrorCode::InvalidArgument, "buffers needs a whole number of rows (at least 1)", script.file(),
             (pos.size() >= 3 ? pos[2]->value.at : st.at).text());
    s.bufferRows[edge] = static_cast<int64_t>(pos[2]->value.number);
}

/// merged = merge(a, b): two layers of the graph, b computed on a's units.
void readMerge(const ScriptStatement& st, CompileSettings& s, const Graph& g, const ModelScript& script)
{
    const auto pos = st.positional();
    if (pos.size() != 2 || pos[0]->value.kind != ScriptValue::Kind::Name || pos[1]->value.kind != ScriptValue::Kind::Name ||
        pos[0]->value.text == pos[1]->value.text)
        fail(ErrorCode::InvalidArgument, "merge needs two different layers", script.file(), st.at.text());
    s.merges.push_back({namedLayers(pos[0]->value, g, script, st).at(0), namedLayers(pos[1]->value, g, script, st).at(0)});
}

void readAllocatorParam(const ScriptStatement& st, CompileSettings& s, const ModelScript& script)
{
    if (const ScriptArgument* a = st.keyword("automatic_ddr")) {
        const std::string v = a->value.text;
        s.automaticDdr = !(v == "False" || v == "false" || v == "disabled");
    }
    if (const ScriptArgument* a = st.keyword("automatic_ddr_l3_cuts_threshold"))
        s.automaticDdrCuts = static_cast<int>(number(*a, 1, 1e6, script));
}

using SettingsReader = std::function<void(const ScriptStatement&, CompileSettings&, const Graph&, const ModelScript&, const HwArch&)>;

const std::map<std::string, SettingsReader>& settingsReaders()
{
    static const std::map<std::string, SettingsReader> table = {
        {"resources_param", [](auto& st, auto& s, auto&, auto& script, auto&) { readResources(st, s, script); }},
        {"performance_param", [](auto& st, auto& s, auto&, auto& script, auto&) { readPerformance(st, s, script); }},
        {"context_switch_param", [](auto& st, auto& s, auto&, auto& script, auto&) { readContextSwitch(st, s, script); }},
        {"compilation_param", readCompilationParam},
        {"context", [](auto& st, auto& s, auto& g, auto& script, auto&) { readContext(st, s, g, script); }},
        {"place", readPlace},
        {"defuse", readDefuse},
        {"buffers", [](auto& st, auto& s, auto& g, auto& script, auto&) { readBuffers(st, s, g, script); }},
        {"ddr", [](auto& st, auto& s, auto& g, auto& script, auto&) { s.ddrEdges.insert(namedEdge(st, g, script)); }},
        {"allocator_param", [](auto& st, auto& s, auto&, auto& script, auto&) { readAllocatorParam(st, s, script); }},
        {"merge", [](auto& st, auto& s, auto& g, auto& script, auto&) { readMerge(st, s, g, script); }},
    };
    return table;
}

}  // namespace

const char* contextSwitchModeName(ContextSwitchMode mode)
{
    switch (mode) {
    case ContextSwitchMode::Allowed: return "allowed";
    case ContextSwitchMode::Enabled: return "enabled";
    case ContextSwitchMode::Disabled: return "disabled";
    }
    return "?";
}

std::vector<std::string> compilationCommandsRead()
{
    std::vector<std::string> names;
    for (const auto& [name, reader] : settingsReaders()) names.push_back(name);
    return names;
}

CompileSettings readCompileSettings(const ModelScript& script, const Graph& graph, const HwArch& hw)
{
    CompileSettings s;
    for (const ScriptStatement& st : script.compilation)
        if (auto it = settingsReaders().find(st.command); it != settingsReaders().end()) it->second(st, s, graph, script, hw);
    for (const auto& [layer, perPart] : s.partSubclusters) {
        int total = 0;
        for (const auto& [part, count] : perPart) total += count;
        s.subclusters[layer] = total;
    }
    if (!s.capsFromScript) s.caps = s.performanceMode ? hw.performanceCaps : hw.defaultCaps;
    return s;
}

}  // namespace dfc
