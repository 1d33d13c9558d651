#include "ir/source_graph.h"

#include <algorithm>

namespace dfc {

const SourceNode* SourceGraph::node(const std::string& name) const
{
    for (const auto& n : nodes)
        if (n.name == name) return &n;
    return nullptr;
}

std::set<std::string> SourceGraph::scope(const std::vector<std::string>& start,
                                         const std::vector<std::string>& end) const
{
    std::map<std::string, const SourceNode*> producer;
    for (const auto& n : nodes)
        for (const auto& o : n.outputs) producer[o] = &n;
    // Stop tensors: the inputs of the start nodes (the parse begins at those nodes).
    std::set<std::string> stop;
    for (const auto& s : start)
        if (const SourceNode* n = node(s))
            for (const auto& in : n->inputs) stop.insert(in);
    std::vector<std::string> stack;
    if (end.empty()) stack = outputs;
    for (const auto& e : end)
        if (const SourceNode* n = node(e)) stack.insert(stack.end(), n->outputs.begin(), n->outputs.end());
    std::set<std::string> seen, result;
    while (!stack.empty()) {
        const std::string t = stack.back();
        stack.pop_back();
        if (!seen.insert(t).second || stop.count(t)) continue;
        auto it = producer.find(t);
        if (it == producer.end()) continue;
        if (!result.insert(it->second->name).second) continue;
        stack.insert(stack.end(), it->second->inputs.begin(), it->second->inputs.end());
    }
    return result;
}

}  // namespace dfc
