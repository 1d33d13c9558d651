#pragma once
// The compilation part of a model script, typed: utilization caps (resources_param), the
// context-switch policy, performance mode and FPS target (performance_param), per-layer
// subclusters (compilation_param), defused layers (a_d0, a_d1, a_dc = defuse(a, 2)), inter-layer
// buffers (buffers, ddr, allocator_param's automatic DDR portals) and a fixed
// partition and placement (context_k = context([...]), place(cluster, [...]) as the saved
// .auto.alls writes them). Read once from
// ModelScript::compilation; the allocator reads only this.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "compiler/hw_arch.h"

namespace dfc {

class Graph;
struct ModelScript;

enum class ContextSwitchMode {
    Allowed,   ///< one context when it fits, else as few as needed (the default)
    Enabled,   ///< partition into several contexts even when one would fit
    Disabled,  ///< one context or a located error
};
const char* contextSwitchModeName(ContextSwitchMode mode);

struct CompileSettings {
    ResourceCaps caps;                          ///< per context
    bool capsFromScript = false;                ///< resources_param gave them
    bool performanceMode = false;               ///< compiler_optimization_level=max: the higher caps, FPS first
    std::optional<double> fpsTarget;            ///< stop adding subclusters once every layer reaches it
    ContextSwitchMode contextSwitch = ContextSwitchMode::Allowed;
    std::map<std::string, int> subclusters;     ///< compilation_param(layer, number_of_subclusters=N)
    std::vector<std::vector<std::string>> contexts;  ///< a fixed partition, in context order
    std::map<std::string, int> clusterOf;       ///< place(cluster, [layers]): layer → cluster
    /// a_d0, a_d1, a_dc = defuse(a, 2): layer → parts, and each part's name → (layer, part).
    std::map<std::string, int> parts;
    std::map<std::string, std::pair<std::string, int>> partNames;
    std::map<std::string, std::map<int, int>> partClusterOf;  ///< place(cluster, [a_d1]): layer → part → cluster
    std::map<std::string, std::map<int, int>> partSubclusters;
    /// Inter-layer buffers: buffers(a, b, rows) sets the rows of a's output kept for b; ddr(a, b)
    /// keeps what b is not yet reading in host memory; allocator_param(automatic_ddr=…,
    /// automatic_ddr_l3_cuts_threshold=N) adds such DDR portals where a buffer passes N L3 cuts.
    using Edge = std::pair<std::string, std::string>;
    std::map<Edge, int64_t> bufferRows;
    std::set<Edge> ddrEdges;
    std::vector<Edge> merges;  ///< merge(a, b): b runs on a's units
    bool automaticDdr = true;
    int automaticDdrCuts = 25;  ///< compilation_param(a_d1, …): layer → part → subclusters
};

/// The compilation commands readCompileSettings carries out (the script registry declares the
/// same ones applied; a coverage test holds the two together).
std::vector<std::string> compilationCommandsRead();

/// Reads the compilation statements of `script` for `graph` on `hw`; layer names and patterns
/// resolve against the graph, and a name it lacks is an InvalidArgument error at its line:col.
CompileSettings readCompileSettings(const ModelScript& script, const Graph& graph, const HwArch& hw);

}  // namespace dfc
