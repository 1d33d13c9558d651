#include "quality_checks.h"

#include <QStringList>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <tuple>

#include "io/npy.h"
#include "quality_check_tools.h"
#include "test_support.h"

namespace dfc::test {
using namespace quality;
namespace {

/// Words of a line, single spaces: leading, trailing and doubled spaces are not read errors.
std::string collapsedSpaces(const std::string& s)
{
    std::istringstream in(s);
    std::string word, out;
    while (in >> word) out += (out.empty() ? "" : " ") + word;
    return out;
}

/// Greedy CTC: the best class per time step, repeats merged, blanks (class 0) dropped; class k
/// is the dictionary's line k − 1, the class after the dictionary a space.
std::vector<std::string> ctcDecode(const Tensor& probs, const std::vector<std::string>& keys)
{
    const int64_t n = probs.shape.at(0), steps = probs.shape.at(1), classes = probs.shape.at(2);
    std::vector<std::string> out;
    for (int64_t b = 0; b < n; ++b) {
        std::string text;
        int64_t previous = 0;
        for (int64_t t = 0; t < steps; ++t) {
            const float* row = probs.data.data() + (b * steps + t) * classes;
            const int64_t best = std::max_element(row, row + classes) - row;
            if (best != 0 && best != previous) text += best - 1 < int64_t(keys.size()) ? keys[size_t(best - 1)] : " ";
            previous = best;
        }
        out.push_back(collapsedSpaces(text));
    }
    return out;
}

double exactShare(const std::vector<std::string>& read, const std::vector<std::string>& truth)
{
    int64_t same = 0;
    for (size_t i = 0; i < read.size(); ++i) same += read[i] == collapsedSpaces(truth.at(i));
    return 100.0 * double(same) / double(read.size());
}

constexpr const char* kOutput = "softmax_11.tmp_0";  // the CTC head's probabilities [N, 40, 6625]

float toUnitRange(float pixel) { return (pixel - 127.5f) / 127.5f; }  // PP-OCR's input normalization

}  // namespace

const char* OcrRecognitionCheck::normalizationLine()
{
    return "normalization1 = normalization([127.5, 127.5, 127.5], [127.5, 127.5, 127.5])\n";
}

OcrRecognitionCheck::OcrRecognitionCheck(const std::string& workDir, int64_t calibrationLines, int64_t evaluationLines)
    : mDir(workDir), mRec(assetModel("ch_PP-OCRv4_rec_infer.onnx"))
{
    mKeys = readLines(assetModel("ppocr_keys_v1.txt"));
    const QString render = toolScript("render_text.py");
    python({render, QString::fromStdString(path("calib")), "--count", QString::number(calibrationLines), "--seed", "1"});
    python({render, QString::fromStdString(path("eval")), "--count", QString::number(evaluationLines), "--seed", "2"});
    mTruth = readLines(path("eval/truth.txt"));
    const Tensor eval = readNpyFile(path("eval/images.npy"));
    mEvalRaw = toNchw(eval, [](float v) { return v; });

    Runner runner;
    ImportOptions options;
    options.inputShapes["x"] = {1, 3, 48, 320};
    options.applySuggestion = true;
    if (!runner.translate(mRec, options).suggestionApplied) throw std::runtime_error("the rec model parsed without its suggestion");
    runner.saveHar(path("rec.har"));
    QStringList cut = {toolScript("onnx_tail.py"), QString::fromStdString(mRec),
                       QString::fromStdString(mTail = path("tail.onnx"))};
    for (const Layer* l : runner.graph().outputLayers()) cut << QString::fromStdString(l->params.value("original_name", l->name));
    python(cut);

    mFloatRead = ctcDecode(onnxRuntime(mDir, mRec, {{"x", toNchw(eval, toUnitRange)}}, kOutput), mKeys);
    mFloatAccuracy = exactShare(mFloatRead, mTruth);
}

QualityOutcome OcrRecognitionCheck::optimizeAndRead(const std::string& scriptText) const
{
    Runner runner;
    QualityOutcome o = optimizeTimed(runner, path("rec.har"), path("calib/images.npy"), normalizationLine() + scriptText);
    const TensorsByName backbone = runner.inferOriginal(InferMode::Quantized, {{"x", mEvalRaw}});
    const std::vector<std::string> read = ctcDecode(onnxRuntime(mDir, mTail, backbone, kOutput), mKeys);
    o.accuracy = exactShare(read, mTruth);
    o.agreement = exactShare(read, mFloatRead);
    return o;
}

namespace {

/// Every odd item turned 180° (an upside-down line); NHWC.
void turnOddItems(Tensor& nhwc)
{
    const int64_t n = nhwc.shape[0], pixels = nhwc.shape[1] * nhwc.shape[2], c = nhwc.shape[3];
    for (int64_t b = 1; b < n; b += 2) {
        float* item = nhwc.data.data() + b * pixels * c;
        for (int64_t p = 0; p < pixels / 2; ++p)
            for (int64_t k = 0; k < c; ++k) std::swap(item[p * c + k], item[(pixels - 1 - p) * c + k]);
    }
}

/// The larger of the two direction probabilities per item ([N, 2]).
std::vector<int> directions(const Tensor& probs)
{
    std::vector<int> out;
    for (int64_t b = 0; b < probs.shape.at(0); ++b) out.push_back(probs.data[size_t(b * 2 + 1)] > probs.data[size_t(b * 2)] ? 1 : 0);
    return out;
}

double sameShare(const std::vector<int>& a, const std::vector<int>& b)
{
    int64_t same = 0;
    for (size_t i = 0; i < a.size(); ++i) same += a[i] == b.at(i);
    return 100.0 * double(same) / double(a.size());
}

}  // namespace

OcrDirectionCheck::OcrDirectionCheck(const std::string& workDir, int64_t calibrationLines, int64_t evaluationLines)
    : mDir(workDir), mModel(assetModel("ch_ppocr_mobile_v2.0_cls_infer.onnx"))
{
    const QString render = toolScript("render_text.py");
    for (const auto& [name, count, seed] : {std::tuple{"cls_calib", calibrationLines, 3}, std::tuple{"cls_eval", evaluationLines, 4}}) {
        python({render, QString::fromStdString(path(name)), "--count", QString::number(count), "--seed", QString::number(seed), "--width",
                "192"});
        Tensor t = readNpyFile(path(std::string(name) + "/images.npy"));
        turnOddItems(t);
        writeNpyFile(path(std::string(name) + "/turned.npy"), t);
        if (std::string(name) == "cls_eval") mEvalRaw = toNchw(t, [](float v) { return v; });
    }
    for (int64_t i = 0; i < evaluationLines; ++i) mTruth.push_back(int(i % 2));
    parseWhole(mModel, "x", {1, 3, 48, 192}, path("cls.har"), "the direction classifier");
    Tensor normalized = mEvalRaw;
    for (float& v : normalized.data) v = toUnitRange(v);
    mFloatClass = directions(onnxRuntime(mDir, mModel, {{"x", normalized}}, "softmax_0.tmp_0"));
    mFloatAccuracy = sameShare(mFloatClass, mTruth);
}

QualityOutcome OcrDirectionCheck::optimizeAndClassify(const std::string& scriptText) const
{
    Runner runner;
    QualityOutcome o = optimizeTimed(runner, path("cls.har"), path("cls_calib/turned.npy"), OcrRecognitionCheck::normalizationLine() + scriptText);
    const std::vector<int> classes = directions(runner.inferOriginal(InferMode::Quantized, {{"x", mEvalRaw}}).begin()->second);
    o.accuracy = sameShare(classes, mTruth);
    o.agreement = sameShare(classes, mFloatClass);
    return o;
}

}  // namespace dfc::test
