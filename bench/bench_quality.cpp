// Quantization quality and cost per optimization level, measured the way users judge it:
//   PP-OCRv4 rec (exact lines) and the PP-OCR direction classifier (right directions): the metric
//   PP-OCRv4 det (box F1 after DB post-processing), MediaPipe selfie segmentation (mask IoU vs
//   float);
//   float vs quantized, agreement with float, the worst output SNR the search measured, 16-bit
//   layers, optimize wall time; every level with the default mixed-precision search and with it
//   off (all 8-bit).
//   ResNet-50 (dfc-modelgen, random calibration): optimize wall time per level.
// Usage: dfc-bench-quality [--eval-lines N] [--levels 0,1,2,3,4] [--checks rec,cls,det,selfie] [--skip-resnet]
#include <QCoreApplication>
#include <QStringList>
#include <QTemporaryDir>

#include <chrono>
#include <functional>
#include <cstdio>
#include <string>
#include <vector>

#include "quality_checks.h"
#include "pipeline/runner.h"
#include "script/model_script.h"
#include "script/script_parser.h"
#include "test_support.h"

using namespace dfc;

namespace {

std::string levelLine(int level) { return "model_optimization_flavor(optimization_level=" + std::to_string(level) + ")\n"; }

int sixteenBitLayers(const OptimizeSummary& s)
{
    int n = 0;
    for (const auto& [layer, p] : s.config.precision) n += p.activationBits == 16;
    return n;
}

/// One row per level and search setting: the check's metric, its loss against float, agreement
/// with float, the worst output SNR the search measured, 16-bit layers and optimize time.
void levelRows(const std::vector<int>& levels, double floatAccuracy, const std::function<test::QualityOutcome(const std::string&)>& run)
{
    std::printf("%-6s %-8s %9s %9s %8s %10s %8s %9s  %s\n", "level", "search", "right %", "loss pt", "same %", "worst dB", "16-bit", "seconds",
                "finetune (held-out loss before -> after)");
    for (int level : levels)
        for (bool search : {false, true}) {
            const auto o = run(levelLine(level) + (search ? "" : "post_quantization_optimization(mix_precision_search, policy=disabled)\n"));
            const PrecisionSearchResult& s = o.summary.precisionSearch;
            const FinetuneReport& f = o.summary.finetune;
            char tuned[96] = "-";
            if (f.ran)
                std::snprintf(tuned, sizeof tuned, "%s %.4g -> %.4g (%lld steps)", f.kept ? "kept" : "dropped", f.heldOutBefore, f.heldOutAfter,
                              static_cast<long long>(f.steps));
            std::printf("%-6d %-8s %9.1f %9.1f %8.1f %10s %8d %9.1f  %s\n", level, search ? "default" : "off", o.accuracy,
                        floatAccuracy - o.accuracy, o.agreement, s.ran ? std::to_string(int(s.worstAfterDb + 0.5)).c_str() : "-",
                        sixteenBitLayers(o.summary), o.seconds, tuned);
            std::fflush(stdout);
        }
}

void ocrTables(const std::string& dir, int64_t evalLines, const std::vector<int>& levels, const QStringList& checks)
{
    if (checks.contains("rec")) {
        const test::OcrRecognitionCheck rec(dir, 64, evalLines);
        std::printf("PP-OCRv4 rec: exact lines of %lld rendered (64 calibration lines); float %.1f %%\n",
                    static_cast<long long>(rec.evaluationLines()), rec.floatAccuracy());
        levelRows(levels, rec.floatAccuracy(), [&](const std::string& script) { return rec.optimizeAndRead(script); });
    }
    if (checks.contains("cls")) {
        const test::OcrDirectionCheck cls(dir, 64, 256);
        std::printf("\nPP-OCR direction classifier: right directions of %lld lines, half upside down; float %.1f %%\n",
                    static_cast<long long>(cls.evaluationLines()), cls.floatAccuracy());
        levelRows(levels, cls.floatAccuracy(), [&](const std::string& script) { return cls.optimizeAndClassify(script); });
    }
    if (checks.contains("det")) {
        const test::TextDetectionCheck det(dir, 64, 64);
        std::printf("\nPP-OCRv4 det: box F1 on %lld rendered pages (64 calibration pages); float %.1f\n",
                    static_cast<long long>(det.evaluationPages()), det.floatAccuracy());
        levelRows(levels, det.floatAccuracy(), [&](const std::string& script) { return det.optimizeAndDetect(script); });
    }
    if (checks.contains("selfie")) {
        const test::PersonSegmentationCheck selfie(dir, 64, 64);
        std::printf("\nMediaPipe selfie segmentation: person-mask IoU vs float, pooled over %lld portraits (64 calibration)\n",
                    static_cast<long long>(selfie.evaluationImages()));
        levelRows(levels, selfie.floatAccuracy(), [&](const std::string& script) { return selfie.optimizeAndSegment(script); });
    }
}

void resnetTimes(const std::string& dir, const std::vector<int>& levels)
{
    const std::string onnx = dir + "/resnet_v1_50.onnx";
    QString log;
    if (test::runProgram(DFC_MODELGEN_EXE, {"resnet_v1_50", QString::fromStdString(onnx)}, &log) != 0)
        throw std::runtime_error("dfc-modelgen failed: " + log.toStdString());
    Runner parsed;
    parsed.translate(onnx, {});
    parsed.saveHar(dir + "/resnet.har");
    std::printf("\nResNet-50 (generated), random calibration (64 items), optimize wall time\n%-6s %9s %s\n", "level", "seconds", "stages");
    for (int level : levels) {
        Runner runner;
        runner.loadHar(dir + "/resnet.har");
        const ModelScript script = interpretScript(parseScript(levelLine(level), "bench.alls"), &runner.graph());
        CalibrationOptions data;
        data.random = true;
        const auto start = std::chrono::steady_clock::now();
        const OptimizeSummary s = runner.optimize(script, data);
        const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::string stages;
        for (const auto& [stage, sec] : s.stageSeconds) stages += stage + " " + std::to_string(int(sec + 0.5)) + " s, ";
        std::printf("%-6d %9.1f %s\n", level, seconds, stages.c_str());
        std::fflush(stdout);
    }
}

}  // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    int64_t evalLines = 192;
    std::vector<int> levels = {0, 1, 2, 3, 4};
    bool resnet = true;
    QStringList checks = {"rec", "cls", "det", "selfie"};
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--eval-lines" && i + 1 < argc) evalLines = std::stoll(argv[++i]);
        else if (a == "--levels" && i + 1 < argc) {
            levels.clear();
            for (const QString& l : QString(argv[++i]).split(',')) levels.push_back(l.toInt());
        } else if (a == "--checks" && i + 1 < argc) checks = QString(argv[++i]).split(',');
        else if (a == "--skip-resnet") resnet = false;
        else {
            std::fprintf(stderr, "usage: dfc-bench-quality [--eval-lines N] [--levels 0,1,2,3,4] [--checks rec,cls,det,selfie] [--skip-resnet]\n");
            return 2;
        }
    }
    QTemporaryDir dir;
    try {
        ocrTables(dir.path().toStdString(), evalLines, levels, checks);
        if (resnet) resnetTimes(dir.path().toStdString(), levels);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "dfc-bench-quality: %s\n", e.what());
        return 1;
    }
    return 0;
}
