#pragma once
// The source model as the user knows it (ONNX nodes, TFLite operators), for the Studio's
// "original graph" side: nodes with their op, tensors, attributes, and what the importer thinks
// of each node. Plain data, no Qt.
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ir/tensor.h"
#include "ir/unsupported_reason.h"

namespace dfc {

enum class NodeSupport {
    Supported,    ///< converts to accelerator layers
    Unsupported,  ///< no converter, or the converter refuses this variant
    Constant,     ///< folded at import time (shape arithmetic, constants)
    NotParsed,    ///< inside a subgraph (If, Loop, Scan): shown as written, never converted
};

struct SourceGraph;

/// A graph-valued attribute of a node (If's then_branch/else_branch, Loop's body).
struct SourceSubgraph {
    std::string attribute;
    std::shared_ptr<const SourceGraph> graph;
};

struct SourceNode {
    std::string name, op;
    std::vector<std::string> inputs, outputs;  ///< tensor names
    nlohmann::ordered_json attributes = nlohmann::ordered_json::object();
    NodeSupport support = NodeSupport::Supported;
    UnsupportedReason reason;  ///< why it is unsupported
    std::vector<SourceSubgraph> subgraphs;
};

struct SourceGraph {
    std::vector<SourceNode> nodes;               ///< topological order
    std::vector<std::string> inputs, outputs;    ///< graph input/output tensors
    std::map<std::string, Shape> shapes;         ///< known tensor shapes (source layout)

    const SourceNode* node(const std::string& name) const;
    /// Nodes that a parse with these start/end nodes would cover (empty lists = the whole model).
    std::set<std::string> scope(const std::vector<std::string>& start, const std::vector<std::string>& end) const;
};

}  // namespace dfc
