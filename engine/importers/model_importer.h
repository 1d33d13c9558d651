#pragma once
// One entry point for every source format: the format is recognized by content (TFLite's "TFL3"
// identifier, gzip/tar for HARs), never by the file name.
#include <string>
#include <utility>
#include <vector>

#include "importers/onnx/onnx_importer.h"

namespace dfc {

enum class ModelFormat { Onnx, Tflite, Har };

/// TFLite and HAR files are recognized by their signatures; anything else is taken for ONNX
/// (protobuf has no signature), unless its name ends in ".tflite": then the TFLite reader
/// explains what is wrong with it.
ModelFormat detectModelFormat(const std::string& path);
const char* modelFormatName(ModelFormat format);  ///< "onnx", "tflite", "har"

/// Imports an ONNX or TFLite model; a HAR gives InvalidArgument (it is loaded, not parsed).
ImportResult importModel(const std::string& path, const ImportOptions& options, const Progress& progress = {});
/// The model's inputs and declared shapes (-1 for symbolic dimensions).
std::vector<std::pair<std::string, std::vector<int64_t>>> modelInputSignature(const std::string& path);

}  // namespace dfc
