// PersonSegmentationCheck (quality_checks.h): MediaPipe selfie segmentation on portraits made
// from python3-skimage's photographs, masks against the float model's.
#include <QStringList>

#include <stdexcept>
#include <tuple>

#include "io/npy.h"
#include "quality_check_tools.h"
#include "quality_checks.h"
#include "test_support.h"

namespace dfc::test {
using namespace quality;
namespace {

constexpr float kPerson = 0.5f;  // MediaPipe's selfie segmenter: a pixel is the person from 0.5

/// IoU (%) of the person masks of two [N, H, W, 1] probability maps over the whole set (the
/// intersections of every image over their unions, as segmentation benchmarks pool it): a crop
/// that shows a few pixels of the person would swing a per-image mean on one pixel.
double pooledMaskIou(const Tensor& a, const Tensor& b)
{
    int64_t both = 0, either = 0;
    for (size_t p = 0; p < a.data.size(); ++p) {
        const bool x = a.data[p] >= kPerson, y = b.data.at(p) >= kPerson;
        both += x && y, either += x || y;
    }
    return either ? 100.0 * double(both) / double(either) : 100.0;
}

double samePixels(const Tensor& a, const Tensor& b)
{
    int64_t same = 0;
    for (size_t p = 0; p < a.data.size(); ++p) same += (a.data[p] >= kPerson) == (b.data.at(p) >= kPerson);
    return 100.0 * double(same) / double(a.data.size());
}

}  // namespace

const char* PersonSegmentationCheck::normalizationLine() { return "normalization1 = normalization([0, 0, 0], [255, 255, 255])\n"; }

PersonSegmentationCheck::PersonSegmentationCheck(const std::string& workDir, int64_t calibrationImages, int64_t evaluationImages)
    : mDir(workDir), mModel(assetModel("selfie_segmentation.tflite"))
{
    const QString photos = QString::fromStdString(assetCache() + "/skimage-data");
    for (const auto& [split, count, seed] : {std::tuple{"calibration", calibrationImages, 21}, std::tuple{"evaluation", evaluationImages, 22}})
        python({toolScript("make_portraits.py"), photos, QString::fromStdString(path(std::string("selfie_") + split)), "--split", split,
                "--count", QString::number(count), "--seed", QString::number(seed)});
    mEvalRaw = readNpyFile(path("selfie_evaluation/images.npy"));
    parseWhole(mModel, "input_1", {}, path("selfie.har"), "the selfie segmenter");
    Tensor unit = mEvalRaw;
    for (float& v : unit.data) v /= 255.0f;
    mFloatMask = liteRt(mDir, mModel, {{"#0", unit}}, 0);
}

QualityOutcome PersonSegmentationCheck::optimizeAndSegment(const std::string& scriptText) const
{
    Runner runner;
    QualityOutcome o = optimizeTimed(runner, path("selfie.har"), path("selfie_calibration/images.npy"), normalizationLine() + scriptText);
    const Tensor mask = runner.inferOriginal(InferMode::Quantized, {{"input_1", mEvalRaw}}).begin()->second;
    o.accuracy = pooledMaskIou(mask, mFloatMask);
    o.agreement = samePixels(mask, mFloatMask);
    return o;
}

}  // namespace dfc::test
