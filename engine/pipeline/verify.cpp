#include "pipeline/verify.h"

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "core/error.h"
#include "io/image_decode.h"
#include "io/npy.h"
#include "ir/layout.h"
#include "quantizer/calibration_set.h"

namespace dfc {
namespace fs = std::filesystem;

namespace {

std::string safeName(std::string name)
{
    for (char& c : name)
        if (c == '/' || c == ':' || c == '\\' || c == ';') c = '_';
    return name;
}

Shape withoutUnitAxes(const Shape& s)
{
    Shape out;
    for (int64_t d : s)
        if (d != 1) out.push_back(d);
    return out;
}

OutputCheck compare(const std::string& name, const Tensor& actual, const std::string& file)
{
    OutputCheck check{name, file, actual.shape, {}};
    const Tensor expected = readNpyFile(file);
    check.expectedShape = expected.shape;
    if (expected.size() != actual.size() || withoutUnitAxes(expected.shape) != withoutUnitAxes(actual.shape)) {
        check.note = "the shapes differ: " + shapeToString(actual.shape) + " here, " + shapeToString(expected.shape) + " expected";
        return check;
    }
    if (expected.shape != actual.shape) check.note = "compared ignoring axes of size 1";
    double sum = 0;
    for (size_t i = 0; i < actual.data.size(); ++i) {
        const double e = expected.data[i], a = actual.data[i];
        const double err = std::isnan(e) != std::isnan(a) ? INFINITY : std::isnan(e) ? 0 : std::fabs(a - e);
        check.maxAbsError = std::max(check.maxAbsError, err);
        check.maxAbsExpected = std::max(check.maxAbsExpected, std::isnan(e) ? 0.0 : std::fabs(e));
        sum += err;
    }
    check.meanAbsError = actual.data.empty() ? 0 : sum / double(actual.data.size());
    check.compared = true;
    return check;
}

}  // namespace

bool OutputCheck::matches(double relative) const
{
    return compared && maxAbsError <= std::max(1e-6, relative * maxAbsExpected);
}

std::vector<std::string> sourceInputNames(const Runner& runner)
{
    std::vector<std::string> names;
    for (const Layer* l : runner.graph().inputLayers()) names.push_back(l->params.value("original_name", l->name));
    return names;
}

TensorsByName loadSourceInputs(const Runner& runner, const std::map<std::string, std::string>& files)
{
    const auto inputs = runner.graph().inputLayers();
    TensorsByName out;
    for (const Layer* l : inputs) {
        const std::string name = l->params.value("original_name", l->name);
        auto it = files.find(name);
        if (it == files.end() || it->second.empty()) fail(ErrorCode::InvalidArgument, "no file for input '" + name + "'");
        const std::string& path = it->second;
        if (!fs::is_regular_file(path)) fail(ErrorCode::NotFound, "the input file does not exist", path);
        if (!isImageFileName(path)) {
            out[name] = readNpyFile(path);
            continue;
        }
        const Shape hwc = l->outputShape();  // channel-last, without batch
        if (inputs.size() != 1 || hwc.size() != 3 || hwc[2] != 3)
            fail(ErrorCode::InvalidArgument, "an image feeds a model with one RGB input; input '" + name + "' has shape " +
                                                 shapeToString(hwc) + ": give an .npy", path);
        const RgbImage image = decodeImageFile(path);
        Tensor t = resizeImageBilinear(image.pixels.data(), image.width, image.height, hwc[0], hwc[1]);
        t.shape.insert(t.shape.begin(), 1);
        const bool channelLast = l->params.value("original_layout", std::string()) == "nhwc";
        out[name] = channelLast ? t : toOriginalLayout(t, l->params.value("original_shape", Shape{3, hwc[0], hwc[1]}));
    }
    return out;
}

VerifyReport verifyNative(const Runner& runner, const TensorsByName& inputs, const std::vector<std::string>& expectedFiles,
                          const Progress& progress)
{
    const TensorsByName outputs = runner.inferOriginal(InferMode::Native, inputs, progress);
    std::map<std::string, std::string> byName;  // file stem → path
    for (const std::string& f : expectedFiles) byName[fs::path(f).stem().string()] = f;
    VerifyReport report;
    std::vector<std::string> used;
    for (const auto& [name, tensor] : outputs) {
        std::string file;
        for (const std::string& key : {name, safeName(name)})
            if (byName.count(key)) file = byName[key];
        if (file.empty() && outputs.size() == 1 && expectedFiles.size() == 1) file = expectedFiles[0];
        if (file.empty()) {
            OutputCheck missing{name, {}, tensor.shape, {}};
            missing.note = "no expected array named " + safeName(name) + ".npy";
            report.outputs.push_back(missing);
            continue;
        }
        report.outputs.push_back(compare(name, tensor, file));
        used.push_back(file);
    }
    for (const std::string& f : expectedFiles)
        if (std::find(used.begin(), used.end(), f) == used.end()) report.unusedFiles.push_back(f);
    return report;
}

}  // namespace dfc
