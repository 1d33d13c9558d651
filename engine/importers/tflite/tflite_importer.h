#pragma once
// TFLite → layer graph: reads and checks the model (TfliteModel), lowers it to an ONNX graph
// (TfliteLowering) and runs the one importer on it; reports, suggestions, layer mappings and
// the source graph come back in TFLite names (operators are named by their first output tensor).
#include <string>
#include <utility>
#include <vector>

#include "importers/model_importer.h"

namespace dfc {

/// Start/end nodes in `options` are TFLite operator names or tensor names; input shapes (rarely
/// needed: TFLite shapes are static) are in TFLite layout.
ImportResult importTflite(const std::string& path, const ImportOptions& options, const Progress& progress = {});

/// The model's inputs with their stored shapes.
std::vector<std::pair<std::string, std::vector<int64_t>>> tfliteInputSignature(const std::string& path);

/// Every TFLite operator the importer lowers (builtins by name, custom ops by custom code).
std::vector<std::string> supportedTfliteOps();

}  // namespace dfc
