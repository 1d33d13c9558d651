#pragma once
// What a parse did and why: the start/end nodes used and suggested (with reasons), every
// unsupported node with its reason, and how often each fusion pass rewrote the graph.
// Shared by the ONNX and TFLite importers; stored in the HAR's metadata.
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "ir/unsupported_reason.h"

namespace dfc {

struct UnsupportedNode {
    std::string node, op;
    UnsupportedReason reason;
};

struct ParseReport {
    std::vector<std::string> startNodes, endNodes;          ///< used for this parse
    std::vector<std::string> suggestedStart, suggestedEnd;  ///< our recommendation
    std::vector<ScopeReason> suggestionReasons;
    bool suggestionApplied = false;  ///< the whole model did not parse; this parse used the suggestion
    std::vector<UnsupportedNode> unsupported;  ///< inside the parsed scope
    std::vector<std::pair<std::string, int>> passes;
    int sourceNodes = 0;  ///< nodes of the source model (excluding folded constants)
    /// Quantization parameters of a quantized source model, tensor → {scale, zero_point[, axis]}:
    /// the graph itself is float (values dequantized), the scales are kept for reference.
    nlohmann::ordered_json sourceQuantization = nlohmann::ordered_json::object();

    bool ok() const { return unsupported.empty(); }
    nlohmann::ordered_json toJson() const;
    static ParseReport fromJson(const nlohmann::json& j);
};

}  // namespace dfc
