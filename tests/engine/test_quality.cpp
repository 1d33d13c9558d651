// Task-level quality checks: real models are parsed, optimized and run quantized, and what they
// read is scored the way their users score it, against the float model, on data they were not
// calibrated on (tests/support/quality_checks.h): PP-OCRv4 rec, det and the direction
// classifier on rendered text, MediaPipe selfie segmentation on portraits.
#include <QtTest>

#include <memory>

#include "quality_checks.h"

using namespace dfc;

class TestQuality : public QObject {
    Q_OBJECT
    QTemporaryDir mDir;
    std::unique_ptr<test::OcrRecognitionCheck> mOcr;
    std::unique_ptr<test::OcrDirectionCheck> mDirection;
    std::unique_ptr<test::TextDetectionCheck> mDetection;
    std::unique_ptr<test::PersonSegmentationCheck> mSegmentation;

private slots:
    void initTestCase()
    {
        QVERIFY(mDir.isValid());
        mOcr = std::make_unique<test::OcrRecognitionCheck>(mDir.path().toStdString(), 64, 192);
        qInfo("PP-OCRv4 rec, float (ONNX Runtime): %.1f %% of %lld rendered lines read exactly", mOcr->floatAccuracy(),
              static_cast<long long>(mOcr->evaluationLines()));
        // Text this model can read: a check on unreadable lines would prove nothing.
        QVERIFY2(mOcr->floatAccuracy() >= 80, "the float model reads under 80 % of the rendered lines");
        mDirection = std::make_unique<test::OcrDirectionCheck>(mDir.path().toStdString(), 64, 256);
        qInfo("PP-OCR direction classifier, float (ONNX Runtime): %.1f %% of %lld lines (half upside down) right",
              mDirection->floatAccuracy(), static_cast<long long>(mDirection->evaluationLines()));
        QVERIFY2(mDirection->floatAccuracy() >= 90, "the float classifier is right on under 90 % of the rendered lines");
        mDetection = std::make_unique<test::TextDetectionCheck>(mDir.path().toStdString(), 64, 64);
        qInfo("PP-OCRv4 det, float (ONNX Runtime): box F1 %.1f on %lld rendered pages", mDetection->floatAccuracy(),
              static_cast<long long>(mDetection->evaluationPages()));
        QVERIFY2(mDetection->floatAccuracy() >= 85, "the float detector finds under 85 % (F1) of the rendered lines");
        mSegmentation = std::make_unique<test::PersonSegmentationCheck>(mDir.path().toStdString(), 64, 64);
    }

    /// The default flow (no script beyond the input normalization) keeps the recognizer within
    /// one point of float; the search says what it raised and why.
    void ocrRecognitionDefaultFlowKeepsAccuracy()
    {
        const auto o = mOcr->optimizeAndRead("");
        const PrecisionSearchResult& s = o.summary.precisionSearch;
        qInfo("default flow: %.1f %% exact (float %.1f %%), %.1f %% read as float reads; optimize %.1f s", o.accuracy,
              mOcr->floatAccuracy(), o.agreement, o.seconds);
        qInfo("%s", s.summary().c_str());
        QVERIFY(s.ran);
        QVERIFY2(o.accuracy >= mOcr->floatAccuracy() - 1.0, "the default flow loses more than one point of exact lines");
    }

    /// The same for the direction classifier, which runs whole on the accelerator.
    void ocrDirectionDefaultFlowKeepsAccuracy()
    {
        const auto o = mDirection->optimizeAndClassify("");
        qInfo("default flow: %.1f %% right (float %.1f %%), %.1f %% as float; optimize %.1f s", o.accuracy, mDirection->floatAccuracy(),
              o.agreement, o.seconds);
        qInfo("%s", o.summary.precisionSearch.summary().c_str());
        QVERIFY(o.summary.precisionSearch.ran);
        QVERIFY2(o.accuracy >= mDirection->floatAccuracy() - 1.0, "the default flow loses more than one point of directions");
    }

    /// The text detector, whole on the accelerator, scored on the boxes PP-OCR's post-processing
    /// finds in its probability map.
    void ocrDetectionDefaultFlowKeepsAccuracy()
    {
        const auto o = mDetection->optimizeAndDetect("");
        qInfo("default flow: box F1 %.1f (float %.1f), F1 %.1f against float's boxes; optimize %.1f s", o.accuracy,
              mDetection->floatAccuracy(), o.agreement, o.seconds);
        qInfo("%s", o.summary.precisionSearch.summary().c_str());
        QVERIFY(o.summary.precisionSearch.ran);
        QVERIFY2(o.accuracy >= mDetection->floatAccuracy() - 1.0, "the default flow loses more than one point of box F1");
    }

    /// MediaPipe's selfie segmenter: the person masks stay within one point of IoU of float's.
    void selfieSegmentationDefaultFlowKeepsMasks()
    {
        const auto o = mSegmentation->optimizeAndSegment("");
        qInfo("default flow: mask IoU %.1f %% against float on %lld portraits, %.2f %% of pixels alike; optimize %.1f s", o.accuracy,
              static_cast<long long>(mSegmentation->evaluationImages()), o.agreement, o.seconds);
        qInfo("%s", o.summary.precisionSearch.summary().c_str());
        QVERIFY(o.summary.precisionSearch.ran);
        QVERIFY2(o.accuracy >= 99.0, "the default flow's masks are more than one point of IoU from float's");
    }

    /// All 8-bit, bias correction (level 1) keeps the selfie masks where level 0 has them: its
    /// sigmoid sees logits to ±900, and correcting their plain mean error moved the edges
    /// (IoU 95.1 % → 87.9 % before the correction weighed values by the sigmoid's slope).
    void selfieBiasCorrectionKeepsTheMasks()
    {
        const char* searchOff = "post_quantization_optimization(mix_precision_search, policy=disabled)\n";
        const auto zero = mSegmentation->optimizeAndSegment(std::string("model_optimization_flavor(optimization_level=0)\n") + searchOff);
        const auto one = mSegmentation->optimizeAndSegment(std::string("model_optimization_flavor(optimization_level=1)\n") + searchOff);
        qInfo("8 bits: mask IoU level 0 %.1f %%, level 1 %.1f %%", zero.accuracy, one.accuracy);
        QVERIFY2(one.accuracy >= zero.accuracy - 1.0, "bias correction loses more than a point of mask IoU");
    }

    /// Level 2 fine-tunes, and does not read worse than level 1, on the 8-bit recognizer (search
    /// off), where quantization damage leaves fine-tuning something to recover.
    void ocrRecognitionLevelTwoFineTunes()
    {
        const char* searchOff = "post_quantization_optimization(mix_precision_search, policy=disabled)\n";
        const auto one = mOcr->optimizeAndRead(std::string("model_optimization_flavor(optimization_level=1)\n") + searchOff);
        const auto two = mOcr->optimizeAndRead(std::string("model_optimization_flavor(optimization_level=2)\n") + searchOff);
        const FinetuneReport& f = two.summary.finetune;
        qInfo("8 bits: level 1 %.1f %% exact, level 2 %.1f %% (float %.1f %%); %s; optimize %.1f s and %.1f s", one.accuracy, two.accuracy,
              mOcr->floatAccuracy(), f.summary().c_str(), one.seconds, two.seconds);
        QVERIFY2(f.ran, f.skipReason.c_str());
        QVERIFY(f.steps > 0 && !f.trainedLayers.empty());
        QVERIFY2(two.accuracy >= one.accuracy, "level 2 reads fewer lines than level 1");
    }
};

QTEST_GUILESS_MAIN(TestQuality)
#include "test_quality.moc"
