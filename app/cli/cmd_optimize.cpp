// dfc optimize FILE.har [--model-script F.alls] (--calib-set-path P | --use-random-calib-set)
//              [--full-precision-only] [--output-har-path OUT.har]
// Full precision: the model script's modifications. Without --full-precision-only the model is
// also equalized, calibrated and quantized (state "quantized", <net>.q.npz in the HAR).
#include <iomanip>
#include <iostream>
#include <optional>

#include "cli_common.h"
#include "commands.h"
#include "core/error.h"
#include "pipeline/runner.h"
#include "script/optimization_levels.h"

namespace dfc::cli {
namespace {

struct OptimizeOptions {
    std::string har, script, output, calibSet, hwArch;
    bool fullPrecisionOnly = false, randomCalibSet = false;
    int64_t calibSetSize = 0, batchSize = 0;  ///< 0: the script's calibration settings
    std::optional<int> explainLevel;
};

void printScriptReport(const ScriptCheck& check, const nlohmann::ordered_json& meta)
{
    for (const auto& d : check.diagnostics)
        if (d.severity != ScriptDiagnostic::Severity::Note) std::cout << d.text() << "\n";
    if (meta.is_object())
        for (const auto& m : meta["modifications"])
            std::cout << "applied " << m["command"].get<std::string>() << " (line " << m["at"].get<std::string>()
                      << "): " << m["summary"].get<std::string>() << "\n";
    if (!check.notApplied.empty()) {
        std::cout << "accepted, not applied by this version:";
        for (const auto& c : check.notApplied) std::cout << " " << c;
        std::cout << "\n";
    }
}

/// The flags' calibration data; sizes left at 0 come from the script (and its registry defaults).
CalibrationOptions calibrationOptions(const OptimizeOptions& o)
{
    CalibrationOptions c;
    c.path = o.calibSet;
    c.random = o.randomCalibSet;
    c.size = o.calibSetSize;
    c.batchSize = o.batchSize;
    return c;
}

void explainLevel(int level)
{
    const OptimizationLevel* l = findOptimizationLevel(level);
    if (!l) {
        std::string known;
        for (const OptimizationLevel& k : optimizationLevels()) known += " " + std::to_string(k.level);
        fail(ErrorCode::InvalidArgument, "optimization_level " + std::to_string(level) + " is not defined; levels:" + known);
    }
    std::cout << explainOptimizationLevel(*l);
    std::cout << "compression_level (4-bit weights, independent of the optimization level):\n";
    for (const CompressionLevel& c : compressionLevels()) std::cout << "  " << c.level << ": " << c.summary << "\n";
}

void printQuantizationSummary(const OptimizeSummary& s, const Runner& runner)
{
    for (const auto& w : s.warnings) std::cout << "WARNING: " << w << "\n";
    const QuantizationConfig& c = s.config;
    std::cout << "optimization_level " << c.optimizationLevel << ", compression_level " << c.compressionLevel << " (4-bit share "
              << c.fourBitRatio() << "); calibration over " << s.calibrationImages << " items";
    if (s.trainingImages > 0) std::cout << ", " << (c.adaround.enabled ? "adaround" : "finetune") << " over " << s.trainingImages;
    std::cout << "\n";
    if (const OptimizationLevel* level = findOptimizationLevel(c.optimizationLevel); level && !level->notRun.empty())
        std::cout << "NOTE: optimization_level " << level->level << ": " << level->notRun << " is not run by this version; ran "
                  << level->summary << "\n";
    if (!s.equalized.empty()) {
        double before = 0, after = 0;
        for (const auto& p : s.equalized) before = std::max(before, p.rangeRatioBefore), after = std::max(after, p.rangeRatioAfter);
        std::cout << "equalization: " << s.equalized.size() << " layer pairs; worst per-channel range ratio " << std::setprecision(4)
                  << before << " -> " << after << "\n";
    }
    if (!s.removedChannels.empty()) {
        size_t channels = 0;
        for (const auto& r : s.removedChannels) channels += r.channels.size();
        std::cout << "dead_channels_removal: " << channels << " dead output channels pruned from " << s.removedChannels.size()
                  << " layers\n";
    }
    if (!s.zeroedChannels.empty()) {
        size_t channels = 0;
        for (const auto& z : s.zeroedChannels) channels += z.channels.size();
        std::cout << "zero_static_channels: weights of " << channels << " static input channels zeroed in " << s.zeroedChannels.size()
                  << " layers\n";
    }
    if (!s.biasCorrected.empty()) {
        double shift = 0;
        for (const auto& r : s.biasCorrected) shift += r.meanAbsShift;
        std::cout << "bias correction: " << s.biasCorrected.size() << " layers; mean |shift| removed " << shift / s.biasCorrected.size()
                  << "\n";
    }
    if (c.adaround.enabled) {
        int kept = 0, skipped = 0;
        double nearest = 0, learned = 0;
        for (const auto& r : s.adarounded) {
            skipped += !r.skipped.empty();
            kept += r.kept, nearest += r.nearestMse, learned += std::min(r.learnedMse, r.nearestMse);
        }
        std::cout << "adaround: " << s.adarounded.size() - skipped << " layers trained, " << kept
                  << " improved on held-out rows (summed output MSE " << std::setprecision(4) << nearest << " -> " << learned << ")";
        if (skipped) std::cout << "; " << skipped << " skipped for too few calibration rows";
        std::cout << "\n";
    }
    if (c.finetune.enabled) {
        std::cout << s.finetune.summary() << "\n";
        if (s.finetune.ran && !s.finetune.epochLoss.empty()) {
            std::cout << "  training loss per epoch:";
            for (double l : s.finetune.epochLoss) std::cout << " " << std::setprecision(4) << l;
            std::cout << "\n";
        }
    }
    if (!s.precisionSearch.skipReason.empty()) std::cout << s.precisionSearch.summary() << "\n";
    if (s.precisionSearch.ran) {
        std::cout << s.precisionSearch.summary() << "\n";
        if (!s.precisionSearch.raised.empty()) std::cout << "  keep it with: " << s.precisionSearch.scriptLine() << "\n";
    }
    int fourBit = 0, sixteen = 0;
    for (const auto& [name, e] : runner.har().metadata["quantization"]["layers"].items()) {
        fourBit += e.value("weight_bits", 8) == 4;
        sixteen += e["output_bits"].get<int>() == 16;
    }
    std::cout << "layers with 4-bit weights: " << fourBit << ", with 16-bit outputs: " << sixteen << "\n";
    for (const auto& [stage, sec] : s.stageSeconds) std::cout << "  " << stage << ": " << std::fixed << std::setprecision(2) << sec << " s\n";
    std::cout.unsetf(std::ios::fixed);
}

void runOptimize(const OptimizeOptions& o)
{
    if (o.explainLevel) return explainLevel(*o.explainLevel);
    if (o.har.empty()) fail(ErrorCode::InvalidArgument, "give the HAR to optimize (or --explain-level N)");
    Runner runner;
    runner.loadHar(o.har);
    if (!o.hwArch.empty() && o.hwArch != runner.hwArch()) {
        std::cout << "target: " << runner.hwArch() << " -> " << o.hwArch << "\n";
        runner.setHwArch(o.hwArch);
    }
    // Checked against the graph the script first applies to; modifications name new layers.
    const ModelScript script = o.script.empty() ? ModelScript{} : readModelScript(o.script, &runner.graph());
    const CalibrationOptions calibration = calibrationOptions(o);
    const bool calibrate = o.randomCalibSet || !o.calibSet.empty();
    if (!o.fullPrecisionOnly) {
        if (!calibrate)
            fail(ErrorCode::InvalidArgument, "quantization needs calibration data: --calib-set-path P or --use-random-calib-set "
                                             "(or --full-precision-only)");
        const OptimizeSummary summary = runner.optimize(script, calibration, terminalProgress("optimizing"));
        printScriptReport(summary.check, runner.har().metadata.value("model_script", nlohmann::ordered_json()));
        printQuantizationSummary(summary, runner);
        const std::string out = o.output.empty() ? runner.graph().name + "_quantized.har" : o.output;
        runner.saveHar(out);
        std::cout << "State quantized; HAR saved to " << out << "\n";
        return;
    }
    const ScriptCheck check = runner.optimizeFullPrecision(script);
    printScriptReport(check, runner.har().metadata["model_script"]);
    if (calibrate) {
        const auto stats = runner.collectStatistics(script, calibration, terminalProgress("calibrating"));
        const auto& cal = runner.har().metadata["calibration"];
        for (const auto& w : cal["warnings"]) std::cout << "WARNING: " << w.get<std::string>() << "\n";
        std::cout << "statistics of " << stats.size() << " layers over " << cal["size"].get<int64_t>()
                  << " items (" << cal["source"].get<std::string>() << ")\n";
    }
    const std::string out = o.output.empty() ? runner.graph().name + "_fp_optimized.har" : o.output;
    runner.saveHar(out);
    std::cout << "State fp_optimized; HAR saved to " << out << "\n";
}

}  // namespace

void addOptimizeCommand(CLI::App& app)
{
    auto o = std::make_shared<OptimizeOptions>();
    auto* cmd = app.add_subcommand("optimize", "Optimize a HAR: model-script modifications, calibration and quantization");
    cmd->add_option("har", o->har, "The native or fp-optimized .har file")->check(CLI::ExistingFile);
    cmd->add_option("--model-script", o->script, "Model script (.alls)")->check(CLI::ExistingFile);
    cmd->add_option("--output-har-path", o->output, "Where to write the result (default: <net>_quantized.har)");
    addHwArchOption(*cmd, o->hwArch, "Retarget the model (default: the HAR's own target)");
    cmd->add_flag("--full-precision-only", o->fullPrecisionOnly, "Apply the modifications only (no quantization)");
    cmd->add_option("--calib-set-path", o->calibSet, "Calibration data: .npy, .npz, a directory of .npy or of PNG/JPEG images");
    cmd->add_flag("--use-random-calib-set", o->randomCalibSet, "Random calibration data (uniform [0, 1))");
    cmd->add_option("--calibset-size", o->calibSetSize,
                    "Items used at most (default: the script's calibset_size)")->check(CLI::PositiveNumber);
    cmd->add_option("--batch-size", o->batchSize, "Items per emulator batch (default: the script's batch_size)")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--explain-level", o->explainLevel, "Print what optimization level N switches on, and exit");
    cmd->callback([o] { runOptimize(*o); });
}

}  // namespace dfc::cli
