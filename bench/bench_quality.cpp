// Quantization quality and cost per optimization level, measured the way users judge it:
//   PP-OCRv4 rec (exact lines) and the PP-OCR direction classifier (right directions): the metric
//   PP-OCRv4 det (box F1 after DB post-processing), MediaPipe selfie segmentation (mask IoU vs
//   float);
//   float vs quantized, agreement with float, the worst output SNR the search measured, 16-bit
//   layers, optimize wall time; every level with the default mixed-precision search and with it
//   off (all 8-bit).
//   ResNet-50 (dfc-modelgen, random calibration): optimize wall time per level.
//   --targets adds rows with the search at those target SNRs; --no-off drops the all-8-bit rows;
//   --script-line appends one model-script line to every row (to measure a variant).
// Usage: dfc-bench-quality [--eval-lines N] [--levels 0,1,2,3,4] [--checks rec,cls,det,selfie]
//                          [--targets 30,35] [--no-off] [--script-line TEXT] [--skip-resnet]
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

/// The search settings a level is measured with: off (all 8-bit), the default target, and each
/// target SNR asked for on the command line.
struct SearchSetting {
    std::string label, scriptLine;
};

std::vector<SearchSetting> searchSettings(const std::vector<int>& targets, bool withOff, const std::string& extra)
{
    std::vector<SearchSetting> out;
    if (withOff) out.push_back({"off", "post_quantization_optimization(mix_precision_search, policy=disabled)\n"});
    out.push_back({"default", ""});
    for (int t : targets)
        out.push_back({std::to_string(t) + " dB", "post_quantization_optimization(mix_precision_search, target_snr=" + std::to_string(t) + ")\n"});
    for (SearchSetting& s : out) s.scriptLine += extra.empty() ? "" : extra + "\n";
    return out;
}

/// One row per level and search setting: the check's metric, its loss against float, agreement
/// with float, the worst output SNR the search measured, 16-bit layers and optimize time.
void levelRows(const std::vector<int>& levels, const std::vector<SearchSetting>& settings, double floatAccuracy,
               const std::function<test::QualityOutcome(const std::string&)>& run)
{
    std::printf("%-6s %-8s %9s %9s %8s %10s %8s %9s  %s\n", "level", "search", "right %", "loss pt", "same %", "worst dB", "16-bit", "seconds",
                "finetune (held-out loss before -> after)");
    for (int level : levels)
        for (const SearchSetting& setting : settings) {
            const auto o = run(levelLine(level) + setting.scriptLine);
            const PrecisionSearchResult& s = o.summary.precisionSearch;
            const FinetuneReport& f = o.summary.finetune;
            char tuned[96] = "-";
            std::string epochs;
            if (f.ran) {
                std::snprintf(tuned, sizeof tuned, "%s %.4g -> %.4g (%lld steps)", f.kept ? "kept" : "dropped", f.heldOutBefore, f.heldOutAfter,
                              static_cast<long long>(f.steps));
                for (double l : f.epochLoss) epochs += (epochs.empty() ? "; epoch losses " : " ") + std::to_string(l);
            }
            std::printf("%-6d %-8s %9.1f %9.1f %8.1f %10s %8d %9.1f  %s\n", level, setting.label.c_str(), o.accuracy,
                        floatAccuracy - o.accuracy, o.agreement, s.ran ? std::to_string(int(s.worstAfterDb + 0.5)).c_str() : "-",
                        sixteenBitLayers(o.summary), o.seconds, (tuned + epochs).c_str());
            std::fflush(stdout);
        }
}

/// A check as the bench runs it: built lazily (each renders its data and runs the float model),
/// then measured at every level.
struct BenchCheck {
    const char* name;
    std::function<void(const std::string& dir, int64_t evalLines, const std::vector<int>& levels, const std::vector<SearchSetting>&)> run;
};

template <typename Check, typename Method>
void measure(const Check& check, const char* title, int64_t items, Method method, const std::vector<int>& levels,
             const std::vector<SearchSetting>& settings)
{
    std::printf("\n%s (%lld evaluation items); float %.1f\n", title, static_cast<long long>(items), check.floatAccuracy());
    levelRows(levels, settings, check.floatAccuracy(), [&](const std::string& script) { return (check.*method)(script); });
}

const std::vector<BenchCheck>& benchChecks()
{
    using S = std::vector<SearchSetting>;
    using L = std::vector<int>;
    static const std::vector<BenchCheck> checks = {
        {"rec", [](const std::string& dir, int64_t n, const L& levels, const S& s) {
             const test::OcrRecognitionCheck c(dir, 64, n);
             measure(c, "PP-OCRv4 rec: exact lines, 64 calibration lines", c.evaluationLines(), &test::OcrRecognitionCheck::optimizeAndRead, levels, s);
         }},
        {"cls", [](const std::string& dir, int64_t, const L& levels, const S& s) {
             const test::OcrDirectionCheck c(dir, 64, 256);
             measure(c, "PP-OCR direction classifier: right directions, half upside down", c.evaluationLines(),
                     &test::OcrDirectionCheck::optimizeAndClassify, levels, s);
         }},
        {"det", [](const std::string& dir, int64_t, const L& levels, const S& s) {
             const test::TextDetectionCheck c(dir, 64, 64);
             measure(c, "PP-OCRv4 det: box F1 on rendered pages, 64 calibration pages", c.evaluationPages(),
                     &test::TextDetectionCheck::optimizeAndDetect, levels, s);
         }},
        {"selfie", [](const std::string& dir, int64_t, const L& levels, const S& s) {
             const test::PersonSegmentationCheck c(dir, 64, 64);
             measure(c, "MediaPipe selfie segmentation: person-mask IoU vs float, pooled, 64 calibration portraits",
                     c.evaluationImages(), &test::PersonSegmentationCheck::optimizeAndSegment, levels, s);
         }},
    };
    return checks;
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
    std::vector<int> targets;
    bool withOff = true;
    std::string extra;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--eval-lines" && i + 1 < argc) evalLines = std::stoll(argv[++i]);
        else if (a == "--levels" && i + 1 < argc) {
            levels.clear();
            for (const QString& l : QString(argv[++i]).split(',')) levels.push_back(l.toInt());
        } else if (a == "--checks" && i + 1 < argc) checks = QString(argv[++i]).split(',');
        else if (a == "--targets" && i + 1 < argc) {
            for (const QString& t : QString(argv[++i]).split(',')) targets.push_back(t.toInt());
        } else if (a == "--no-off") withOff = false;
        else if (a == "--script-line" && i + 1 < argc) extra = argv[++i];
        else if (a == "--skip-resnet") resnet = false;
        else {
            std::fprintf(stderr, "usage: dfc-bench-quality [--eval-lines N] [--levels 0,1,2,3,4] [--checks rec,cls,det,selfie] [--targets 30,35]\n"
                                 "                         [--no-off] [--script-line TEXT] [--skip-resnet]\n");
            return 2;
        }
    }
    QTemporaryDir dir;
    try {
        const auto settings = searchSettings(targets, withOff, extra);
        for (const BenchCheck& c : benchChecks())
            if (checks.contains(c.name)) c.run(dir.path().toStdString(), evalLines, levels, settings);
        if (resnet) resnetTimes(dir.path().toStdString(), levels);
    } catch (const std::exception& e) {
        std::fprintf(stderr, "dfc-bench-quality: %s\n", e.what());
        return 1;
    }
    return 0;
}
