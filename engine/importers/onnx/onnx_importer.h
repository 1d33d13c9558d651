#pragma once
// ONNX → layer graph. Chooses the parsing scope (start/end nodes, or our suggestion), converts
// every node in it (collecting every unsupported node at once), runs the fusion passes and
// records for every layer the ONNX nodes it came from.
#include <string>
#include <vector>

#include <onnx/onnx_pb.h>

#include "importers/model_importer.h"

namespace dfc {

ImportResult importOnnx(const std::string& path, const ImportOptions& options,
                        const Progress& progress = {});
/// The same for a model already in memory; `path` names it in messages and locates external data.
ImportResult importOnnxModel(onnx::ModelProto model, const std::string& path,
                             const ImportOptions& options, const Progress& progress = {});

/// The graph inputs of an ONNX file with their declared shapes (-1 where a dimension is symbolic);
/// cheap enough for a UI to ask the user about dynamic dimensions before parsing.
std::vector<std::pair<std::string, std::vector<int64_t>>> onnxInputSignature(const std::string& path);

}  // namespace dfc
