// dfc compiler FILE.har [--hw-arch ARCH] [--model-script F.alls] [--output-har-path OUT.har]
//              [--auto-model-script-path OUT.alls] [--hef-path OUT.hef] [--hef-version 2|3]
// Allocates the quantized model onto the target: contexts, subclusters, controllers, memory;
// says why it needed the contexts it has and where each context's bottleneck is.
#include <cstdio>
#include <filesystem>
#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "core/error.h"
#include "io/atomic_file.h"
#include "pipeline/runner.h"

namespace dfc::cli {
namespace {

struct CompilerOptions {
    std::string har, hwArch, script, output, outputDir, autoScript, hefPath;
    int hefVersion = 3;
};

void printAllocation(const Allocation& a)
{
    std::cout << a.contexts.size() << " context(s) on " << a.hwArch << (a.settings.performanceMode ? " (performance mode)" : "")
              << ": " << a.whyContexts << "\n";
    for (const ContextAllocation& c : a.contexts)
        std::printf("  context %d: %zu layers, %d LCUs, %d subclusters, %d APUs, %d L3 cuts; %.1f FPS, bottleneck %s\n", c.index,
                    c.layers.size(), c.used.lcus, c.used.subclusters, c.used.apus, c.used.l3Cuts, c.fps, c.bottleneck.c_str());
}

void runCompiler(const CompilerOptions& o)
{
    Runner runner;
    const ModelScript script = openHarForStage(runner, o.har, o.hwArch, o.script);
    const Allocation a = runner.compile(script, terminalProgress("compiling"));
    printAllocation(a);
    const std::string name = runner.graph().name + "_compiled.har";
    const std::string out = !o.output.empty() ? o.output : o.outputDir.empty() ? name : (std::filesystem::path(o.outputDir) / name).string();
    if (!o.outputDir.empty()) std::filesystem::create_directories(o.outputDir);
    runner.saveHar(out);
    std::cout << "State compiled; HAR saved to " << out << "\n";
    // The binary beside the HAR (the HAR holds it too), as the vendor's compiler leaves it.
    const std::string hef = !o.hefPath.empty() ? o.hefPath
                            : (std::filesystem::path(out).parent_path() / (runner.graph().name + ".hef")).string();
    writeFileAtomic(hef, o.hefVersion == 3 ? runner.hef() : runner.hef(o.hefVersion));
    std::cout << "Binary written to " << hef << " (dfc hef info shows its streams)\n";
    if (!o.autoScript.empty()) {
        writeFileAtomic(o.autoScript, a.autoScript());
        std::cout << "Automatic model script written to " << o.autoScript << "\n";
    }
}

}  // namespace

void addCompilerCommand(CLI::App& app)
{
    auto o = std::make_shared<CompilerOptions>();
    auto* cmd = app.add_subcommand("compiler", "Compile a quantized HAR for a target: contexts, resources, placement");
    cmd->add_option("har", o->har, "The quantized .har file")->required()->check(CLI::ExistingFile);
    addHwArchOption(*cmd, o->hwArch, "Target (default: the HAR's)");
    cmd->add_option("--model-script", o->script, "Model script with compilation commands (.alls)")->check(CLI::ExistingFile);
    cmd->add_option("--output-har-path", o->output, "Where to write the compiled HAR (default: <net>_compiled.har)");
    cmd->add_option("--output-dir", o->outputDir, "Folder for <net>_compiled.har (instead of --output-har-path)");
    cmd->add_option("--auto-model-script-path", o->autoScript, "Also write the .auto.alls that reproduces the allocation");
    cmd->add_option("--hef-path", o->hefPath, "Where to write the binary (default: <net>.hef beside the compiled HAR)");
    cmd->add_option("--hef-version", o->hefVersion, "HEF container version: 3 (default) or 2 (for HailoRT 4.20)")
        ->check(CLI::IsMember({2, 3}));
    cmd->callback([o] { runCompiler(*o); });
}

}  // namespace dfc::cli
