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
    cmd->add_option("--calib-set-path", o->calibSet, "Calibration data (quantization: not in this version)");
    cmd->add_flag("--use-random-calib-set", o->randomCalibSet, "Random calibration data (quantization: not in this version)");
    cmd->callback([o] { runOptimize(*o); });
}

}  // namespace dfc::cli
