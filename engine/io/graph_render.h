#pragma once
// Graph drawings through Graphviz: DOT text of a layer graph, and an SVG laid out by `dot`.
#include <string>

#include "ir/graph.h"

namespace dfc {

std::string graphToDot(const Graph& graph);
/// Lays out DOT text with Graphviz's dot engine and renders it as SVG.
std::string renderDotToSvg(const std::string& dot);

}  // namespace dfc
