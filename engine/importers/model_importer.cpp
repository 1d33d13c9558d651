#include "importers/model_importer.h"

#include <fstream>

#include "core/error.h"
#include "importers/onnx/onnx_importer.h"
#include "importers/tflite/tflite_importer.h"
#include "importers/tflite/tflite_model.h"

namespace dfc {

ModelFormat detectModelFormat(const std::string& path)
{
    std::ifstream in(path, std::ios::binary);
    if (!in) fail(ErrorCode::NotFound, "cannot open the file", path);
    std::string head(512, '\0');
    in.read(head.data(), static_cast<std::streamsize>(head.size()));
    head.resize(static_cast<size_t>(in.gcount()));
    if (hasTfliteIdentifier(head)) return ModelFormat::Tflite;
    if (head.compare(0, 4, std::string("\x01HEF", 4)) == 0) return ModelFormat::Hef;
    const bool gzip = head.size() >= 2 && static_cast<unsigned char>(head[0]) == 0x1f &&
                      static_cast<unsigned char>(head[1]) == 0x8b;
    const bool tar = head.size() >= 262 && head.compare(257, 5, "ustar") == 0;
    if (gzip || tar) return ModelFormat::Har;
    // No magic matched: the name decides (ONNX has none of its own), so a damaged .har is read
    // as a HAR and its reader says what is wrong, not the ONNX parser.
    std::string lower = path;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    auto endsWith = [&](const std::string& ext) {
        return lower.size() >= ext.size() && lower.compare(lower.size() - ext.size(), ext.size(), ext) == 0;
    };
    if (endsWith(".tflite")) return ModelFormat::Tflite;
    if (endsWith(".har")) return ModelFormat::Har;
    if (endsWith(".hef")) return ModelFormat::Hef;
    return ModelFormat::Onnx;
}

const char* modelFormatName(ModelFormat f)
{
    switch (f) {
    case ModelFormat::Onnx: return "onnx";
    case ModelFormat::Tflite: return "tflite";
    case ModelFormat::Har: return "har";
    case ModelFormat::Hef: return "hef";
    }
    return "?";
}

std::string requireModelFormat(const std::string& path, const std::string& expected)
{
    const ModelFormat actual = detectModelFormat(path);
    if (actual == ModelFormat::Har) fail(ErrorCode::InvalidArgument, "this is a HAR archive, not a source model", path);
    if (actual == ModelFormat::Hef) fail(ErrorCode::InvalidArgument, "this is a compiled binary (.hef), not a source model", path);
    if (expected == "tflite" && actual != ModelFormat::Tflite) TfliteModel::load(path);  // not TFLite: its reader says why
    return modelFormatName(actual);
}

ImportResult importModel(const std::string& path, const ImportOptions& options, const Progress& progress)
{
    switch (detectModelFormat(path)) {
    case ModelFormat::Tflite: return importTflite(path, options, progress);
    case ModelFormat::Har:
        fail(ErrorCode::InvalidArgument, "this is a HAR archive, not a source model: open or load it instead", path);
    case ModelFormat::Hef:
        fail(ErrorCode::InvalidArgument, "this is a compiled binary (.hef), not a source model: dfc hef info and dfc infer read it", path);
    case ModelFormat::Onnx: break;
    }
    return importOnnx(path, options, progress);
}

std::vector<std::pair<std::string, std::vector<int64_t>>> modelInputSignature(const std::string& path)
{
    return detectModelFormat(path) == ModelFormat::Tflite ? tfliteInputSignature(path) : onnxInputSignature(path);
}

}  // namespace dfc
