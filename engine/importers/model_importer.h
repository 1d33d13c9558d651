#pragma once
// One entry point for every source format: the format is recognized by content (TFLite's "TFL3"
// identifier, gzip/tar for HARs), never by the file name.
#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "core/progress.h"
#include "ir/graph.h"
#include "ir/parse_report.h"
#include "ir/source_graph.h"

namespace dfc {

struct ImportOptions {
    std::string netName;                        ///< default: the model file's stem
    std::vector<std::string> startNodes, endNodes;
    std::map<std::string, Shape> inputShapes;   ///< graph input → full shape (batch included)
    std::set<std::string> disabledPasses;
    bool applySuggestion = false;  ///< re-parse with the suggested nodes when the scope fails
    /// A previous parse's layerIdentities(): layers made from the same source nodes keep their
    /// names (Runner::translate applies it), so a re-parse does not renumber the model.
    std::map<std::string, std::string> previousLayerNames;
};

struct ImportResult {
    Graph graph;          ///< empty when report.ok() is false
    ParseReport report;
    SourceGraph source;   ///< the whole source model, each node with its support status
};

enum class ModelFormat { Onnx, Tflite, Har, Hef };

/// TFLite and HAR files are recognized by their signatures; anything else is taken for ONNX
/// (protobuf has no signature), unless its name ends in ".tflite": then the TFLite reader
/// explains what is wrong with it.
ModelFormat detectModelFormat(const std::string& path);
const char* modelFormatName(ModelFormat format);  ///< "onnx", "tflite", "har"

/// The format a user asked to parse ("onnx" or "tflite") checked against the content: a HAR is
/// refused; a file that is not TFLite when TFLite was asked for gets the TFLite reader's
/// explanation (identifier, size). Returns the format the content has (it decides).
std::string requireModelFormat(const std::string& path, const std::string& expected);

/// Imports an ONNX or TFLite model; a HAR gives InvalidArgument (it is loaded, not parsed).
ImportResult importModel(const std::string& path, const ImportOptions& options, const Progress& progress = {});
/// The model's inputs and declared shapes (-1 for symbolic dimensions).
std::vector<std::pair<std::string, std::vector<int64_t>>> modelInputSignature(const std::string& path);

/// A network name derived from a file name: its stem with non-identifier characters as '_'.
std::string netNameFromPath(const std::string& path);

}  // namespace dfc
