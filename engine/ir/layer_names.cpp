#include "ir/layer_names.h"

#include <cctype>
#include <set>

namespace dfc {

namespace {

std::string prefixOf(const std::string& name)
{
    size_t end = name.size();
    while (end > 0 && std::isdigit(static_cast<unsigned char>(name[end - 1]))) --end;
    return name.substr(0, end);
}

}  // namespace

std::map<std::string, std::string> layerIdentities(const Graph& graph)
{
    std::map<std::string, std::string> byIdentity;
    std::map<std::string, int> seen;  // first source node → layers made from it so far
    for (const Layer* l : graph.layers()) {
        if (l->originalNames.empty()) continue;
        const std::string& node = l->originalNames.front();
        byIdentity[node + '#' + std::to_string(seen[node]++)] = l->name;
    }
    return byIdentity;
}

void keepLayerNames(Graph& graph, const std::map<std::string, std::string>& previous)
{
    if (previous.empty()) return;
    std::map<std::string, std::string> wanted;  // current name → previous name
    std::set<std::string> claimed;
    for (const auto& [identity, name] : layerIdentities(graph)) {
        auto it = previous.find(identity);
        if (it == previous.end() || prefixOf(it->second) != prefixOf(name) || !claimed.insert(it->second).second)
            continue;
        wanted[name] = it->second;
    }
    // Every name that stays or is claimed is taken; a layer whose current name another claims
    // moves to the smallest free number of its prefix.
    std::set<std::string> taken = claimed;
    for (const Layer* l : graph.layers())
        if (!wanted.count(l->name) && !claimed.count(l->name)) taken.insert(l->name);
    for (const Layer* l : graph.layers()) {
        if (wanted.count(l->name) || !claimed.count(l->name)) continue;
        const std::string prefix = prefixOf(l->name);
        int n = 1;
        while (taken.count(prefix + std::to_string(n))) ++n;
        wanted[l->name] = prefix + std::to_string(n);
        taken.insert(wanted[l->name]);
    }
    graph.renameLayers(wanted);
}

}  // namespace dfc
