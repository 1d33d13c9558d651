#pragma once
// Layer names that survive a re-parse. The importer numbers layers in order (conv1, conv2, …), so
// moving a start or end node would renumber every layer after the cut, and a model script or a
// selection that names "conv17" would silently mean another layer. A layer made from the same
// source node as before keeps its name instead.
#include <map>
#include <string>

#include "ir/graph.h"

namespace dfc {

/// identity → layer name. A layer's identity is its first source node and, when several layers
/// come from that node, its place among them; layers made from no source node have none.
std::map<std::string, std::string> layerIdentities(const Graph& graph);

/// Gives every layer the name `previous` (from layerIdentities of an earlier parse) has for its
/// identity, when that name has the same kind prefix ("conv" for conv5) and no other layer claims
/// it; layers whose names then collide get the smallest free number of their prefix.
void keepLayerNames(Graph& graph, const std::map<std::string, std::string>& previous);

}  // namespace dfc
