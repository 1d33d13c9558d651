#pragma once
// ONNX → layer graph. Chooses the parsing scope (start/end nodes, or our suggestion), converts
// every node in it (collecting every unsupported node at once), runs the fusion passes and
// records for every layer the ONNX nodes it came from.
#include <map>
#include <set>
#include <string>
#include <vector>

#include <onnx/onnx_pb.h>

#include "core/progress.h"
#include "importers/parse_report.h"
#include "importers/source_graph.h"
#include "ir/graph.h"

namespace dfc {

struct ImportOptions {
    std::string netName;                        ///< default: the model file's stem
    std::vector<std::string> startNodes, endNodes;
    std::map<std::string, Shape> inputShapes;   ///< graph input → full shape (batch included)
    std::set<std::string> disabledPasses;
    bool applySuggestion = false;  ///< re-parse with the suggested nodes when the scope fails
};

struct ImportResult {
    Graph graph;          ///< empty when report.ok() is false
    ParseReport report;
    SourceGraph source;   ///< the whole source model, each node with its support status
};

ImportResult importOnnx(const std::string& path, const ImportOptions& options,
                        const Progress& progress = {});
/// The same for a model already in memory; `path` names it in messages and locates external data.
ImportResult importOnnxModel(onnx::ModelProto model, const std::string& path,
                             const ImportOptions& options, const Progress& progress = {});

/// The graph inputs of an ONNX file with their declared shapes (-1 where a dimension is symbolic);
/// cheap enough for a UI to ask the user about dynamic dimensions before parsing.
std::vector<std::pair<std::string, std::vector<int64_t>>> onnxInputSignature(const std::string& path);

/// A network name derived from a file name: its stem with non-identifier characters as '_'.
std::string netNameFromPath(const std::string& path);

}  // namespace dfc
