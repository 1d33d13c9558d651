// TextDetectionCheck (quality_checks.h): rendered pages, DB post-processing, box F1.
#include <QStringList>

#include <algorithm>
#include <deque>
#include <sstream>
#include <stdexcept>
#include <tuple>

#include "io/npy.h"
#include "quality_check_tools.h"
#include "quality_checks.h"
#include "test_support.h"

namespace dfc::test {
using namespace quality;
namespace {

constexpr float kBinarizeAt = 0.3f, kMinBoxScore = 0.6f;  // PP-OCR det's thresh and box_thresh
constexpr double kUnclipRatio = 1.5, kMatchIou = 0.5;

/// "x0,y0,x1,y1 x0,y0,x1,y1 …" per page.
std::vector<std::vector<TextBox>> readBoxes(const std::string& file)
{
    std::vector<std::vector<TextBox>> pages;
    for (const std::string& line : readLines(file)) {
        if (line.empty()) continue;
        std::vector<TextBox>& page = pages.emplace_back();
        std::istringstream in(line);
        for (std::string box; in >> box;) {
            TextBox b;
            char comma = 0;
            std::istringstream fields(box);
            if (!(fields >> b.x0 >> comma >> b.y0 >> comma >> b.x1 >> comma >> b.y1)) throw std::runtime_error("bad box " + box);
            page.push_back(b);
        }
    }
    return pages;
}

/// DB post-processing of one [H, W] probability map: 8-connected regions above kBinarizeAt, each
/// scored by its mean probability, grown on every side by area · ratio / perimeter (DB's unclip
/// of an axis-aligned box; the rendered lines are horizontal).
std::vector<TextBox> dbBoxes(const float* prob, int64_t h, int64_t w)
{
    std::vector<char> seen(size_t(h * w), 0);
    std::vector<TextBox> boxes;
    std::deque<int64_t> queue;
    for (int64_t start = 0; start < h * w; ++start) {
        if (seen[size_t(start)] || prob[start] <= kBinarizeAt) continue;
        seen[size_t(start)] = 1;
        queue.assign(1, start);
        int64_t x0 = w, y0 = h, x1 = 0, y1 = 0, count = 0;
        double sum = 0;
        while (!queue.empty()) {
            const int64_t p = queue.front(), y = p / w, x = p % w;
            queue.pop_front();
            x0 = std::min(x0, x), x1 = std::max(x1, x + 1), y0 = std::min(y0, y), y1 = std::max(y1, y + 1);
            sum += prob[p], ++count;
            for (int64_t dy = -1; dy <= 1; ++dy)
                for (int64_t dx = -1; dx <= 1; ++dx) {
                    const int64_t ny = y + dy, nx = x + dx, q = ny * w + nx;
                    if (ny < 0 || ny >= h || nx < 0 || nx >= w || seen[size_t(q)] || prob[q] <= kBinarizeAt) continue;
                    seen[size_t(q)] = 1;
                    queue.push_back(q);
                }
        }
        const double bw = double(x1 - x0), bh = double(y1 - y0);
        if (std::min(bw, bh) < 3 || sum / double(count) < kMinBoxScore) continue;
        const double grow = bw * bh * kUnclipRatio / (2 * (bw + bh));
        boxes.push_back({double(x0) - grow, double(y0) - grow, double(x1) + grow, double(y1) + grow});
    }
    return boxes;
}

/// Boxes per page of an [N, 1, H, W] probability map.
std::vector<std::vector<TextBox>> detect(const Tensor& maps)
{
    const int64_t n = maps.shape.at(0), h = maps.shape.at(2), w = maps.shape.at(3);
    std::vector<std::vector<TextBox>> pages;
    for (int64_t b = 0; b < n; ++b) pages.push_back(dbBoxes(maps.data.data() + b * h * w, h, w));
    return pages;
}

double iou(const TextBox& a, const TextBox& b)
{
    const double ix = std::max(0.0, std::min(a.x1, b.x1) - std::max(a.x0, b.x0));
    const double iy = std::max(0.0, std::min(a.y1, b.y1) - std::max(a.y0, b.y0));
    const double inter = ix * iy;
    return inter / ((a.x1 - a.x0) * (a.y1 - a.y0) + (b.x1 - b.x0) * (b.y1 - b.y0) - inter);
}

/// F1 (%) of the found boxes against the expected ones, each expected box matched at most once
/// (greedily, best IoU first per found box).
double boxF1(const std::vector<std::vector<TextBox>>& found, const std::vector<std::vector<TextBox>>& expected)
{
    int64_t matched = 0, nFound = 0, nExpected = 0;
    for (size_t page = 0; page < found.size(); ++page) {
        const auto& want = expected.at(page);
        std::vector<char> used(want.size(), 0);
        for (const TextBox& f : found[page]) {
            double best = 0;
            size_t bestAt = 0;
            for (size_t j = 0; j < want.size(); ++j)
                if (!used[j] && iou(f, want[j]) > best) best = iou(f, want[j]), bestAt = j;
            if (best >= kMatchIou) used[bestAt] = 1, ++matched;
        }
        nFound += int64_t(found[page].size()), nExpected += int64_t(want.size());
    }
    if (nFound + nExpected == 0) return 100;
    return 100.0 * 2.0 * double(matched) / double(nFound + nExpected);
}

constexpr float kMean[3] = {123.675f, 116.28f, 103.53f}, kDeviation[3] = {58.395f, 57.12f, 57.375f};

}  // namespace

const char* TextDetectionCheck::normalizationLine()
{
    return "normalization1 = normalization([123.675, 116.28, 103.53], [58.395, 57.12, 57.375])\n";
}

TextDetectionCheck::TextDetectionCheck(const std::string& workDir, int64_t calibrationPages, int64_t evaluationPages)
    : mDir(workDir), mModel(assetModel("ch_PP-OCRv4_det_infer.onnx"))
{
    for (const auto& [name, count, seed] : {std::tuple{"det_calib", calibrationPages, 11}, std::tuple{"det_eval", evaluationPages, 12}})
        python({toolScript("render_page.py"), QString::fromStdString(path(name)), "--count", QString::number(count), "--seed",
                QString::number(seed)});
    mTruth = readBoxes(path("det_eval/boxes.txt"));
    mEvalRaw = toNchw(readNpyFile(path("det_eval/images.npy")), [](float v) { return v; });
    parseWhole(mModel, "x", {1, 3, 320, 320}, path("det.har"), "the text detector");
    Tensor normalized = mEvalRaw;
    const int64_t plane = normalized.shape[2] * normalized.shape[3];
    for (int64_t i = 0; i < int64_t(normalized.data.size()); ++i) {
        const int64_t c = (i / plane) % 3;
        normalized.data[size_t(i)] = (normalized.data[size_t(i)] - kMean[c]) / kDeviation[c];
    }
    mFloatBoxes = detect(onnxRuntime(mDir, mModel, {{"x", normalized}}, "sigmoid_0.tmp_0"));
    mFloatAccuracy = boxF1(mFloatBoxes, mTruth);
}

QualityOutcome TextDetectionCheck::optimizeAndDetect(const std::string& scriptText) const
{
    Runner runner;
    QualityOutcome o = optimizeTimed(runner, path("det.har"), path("det_calib/images.npy"), normalizationLine() + scriptText);
    const auto boxes = detect(runner.inferOriginal(InferMode::Quantized, {{"x", mEvalRaw}}).begin()->second);
    o.accuracy = boxF1(boxes, mTruth);
    o.agreement = boxF1(boxes, mFloatBoxes);
    return o;
}

}  // namespace dfc::test
