// dfc optimize FILE.har --model-script F.alls --full-precision-only [--output-har-path OUT.har]
// The full-precision stage (model modifications). Quantization is not in this version: without
// --full-precision-only the command says so instead of pretending.
#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "core/error.h"
#include "pipeline/runner.h"
#include "script/script_parser.h"

namespace dfc::cli {
namespace {

struct OptimizeOptions {
    std::string har, script, output, calibSet;
    bool fullPrecisionOnly = false, randomCalibSet = false;
    int64_t calibSetSize = 0, batchSize = 0;  ///< 0: from the script, else 64 and 8
};

void runOptimize(const OptimizeOptions& o)
{
    if (!o.fullPrecisionOnly)
        fail(ErrorCode::Unsupported, "quantization (calibration, optimization levels) is not available in this "
                                     "version; --full-precision-only applies the model script's modifications");
    Runner runner;
    runner.loadHar(o.har);
    const Script script = o.script.empty() ? Script{} : parseScriptFile(o.script);
    const ScriptCheck check = runner.optimizeFullPrecision(script);
    for (const auto& d : check.diagnostics)
        if (d.severity != ScriptDiagnostic::Severity::Note) std::cout << d.text() << "\n";
    const auto& meta = runner.har().metadata["model_script"];
    for (const auto& m : meta["modifications"])
        std::cout << "applied " << m["command"].get<std::string>() << " (line " << m["at"].get<std::string>()
                  << "): " << m["summary"].get<std::string>() << "\n";
    if (!check.notApplied.empty()) {
        std::cout << "accepted, not applied by this version:";
        for (const auto& c : check.notApplied) std::cout << " " << c;
        std::cout << "\n";
    }
    if (o.randomCalibSet || !o.calibSet.empty()) {
        CalibrationOptions c;
        c.path = o.calibSet;
        c.random = o.randomCalibSet;
        int64_t size = 64, batch = 8;  // the script's calibration settings, then the flags
        calibrationSettingsFromScript(script, size, batch);
        c.size = o.calibSetSize > 0 ? o.calibSetSize : size;
        const auto stats = runner.collectStatistics(c, o.batchSize > 0 ? o.batchSize : batch, terminalProgress("calibrating"));
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
    auto* cmd = app.add_subcommand("optimize", "Optimize a HAR: model-script modifications (full precision)");
    cmd->add_option("har", o->har, "The native .har file")->required()->check(CLI::ExistingFile);
    cmd->add_option("--model-script", o->script, "Model script (.alls)")->check(CLI::ExistingFile);
    cmd->add_option("--output-har-path", o->output, "Where to write the result (default: <net>_fp_optimized.har)");
    cmd->add_flag("--full-precision-only", o->fullPrecisionOnly, "Apply the modifications only (no quantization)");
    cmd->add_option("--calib-set-path", o->calibSet,
                    "Calibration data: .npy, .npz, a directory of .npy or of PNG/JPEG images (collects statistics)");
    cmd->add_flag("--use-random-calib-set", o->randomCalibSet, "Random calibration data (uniform [0, 1))");
    cmd->add_option("--calibset-size", o->calibSetSize,
                    "Items used at most (default: the script's calibset_size, else 64)")->check(CLI::PositiveNumber);
    cmd->add_option("--batch-size", o->batchSize, "Items per emulator batch (default: the script's, else 8)")
        ->check(CLI::PositiveNumber);
    cmd->callback([o] { runOptimize(*o); });
}

}  // namespace dfc::cli
