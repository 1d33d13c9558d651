#pragma once
// HN JSON (the vendor's network description) ↔ Graph, plus the NPZ parameter naming
// "<net>/<layer>/<param>:0". Layer keys are scoped "<net>/<layer>"; shapes carry batch -1.
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "io/npz.h"
#include "ir/graph.h"

namespace dfc {

nlohmann::ordered_json graphToHn(const Graph& graph);
std::string encodeHn(const Graph& graph);  ///< pretty-printed, deterministic

/// Builds a graph from HN JSON (no parameters yet). Errors carry the JSON path.
Graph graphFromHn(const nlohmann::json& hn, const std::string& what);
Graph decodeHn(std::string_view text, const std::string& what);

TensorMap graphParams(const Graph& graph);
/// The unscoped layer a parameter key "<net>/<layer>/<param>:0" belongs to; empty when the key
/// has no layer part.
std::string paramLayerName(const std::string& net, const std::string& key);
/// Attaches NPZ parameters to their layers; unknown layers or params are errors.
void attachParams(Graph& graph, const TensorMap& params, const std::string& what);
/// Re-infers shapes and checks them against the shapes the file declared.
void checkDeclaredShapes(Graph& graph, const std::string& what);

}  // namespace dfc
