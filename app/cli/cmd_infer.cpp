// dfc infer FILE.har --mode native --input NAME=file.npy … --output-dir DIR
#include <filesystem>
#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "core/error.h"
#include "io/npy.h"
#include "pipeline/runner.h"

namespace dfc::cli {
namespace {

struct InferOptions {
    std::string har, mode = "native", outputDir;
    std::vector<std::string> inputs;
    bool originalLayout = false;
};

void runInfer(const InferOptions& o)
{
    Runner runner;
    runner.loadHar(o.har);
    TensorsByName inputs;
    for (const auto& spec : o.inputs) {
        auto [name, path] = parseNamedValue(spec, "file.npy");
        inputs[name] = readNpyFile(path);
    }
    const InferMode mode = inferModeFromName(o.mode);
    const auto progress = terminalProgress("emulating");
    const TensorsByName outputs = o.originalLayout ? runner.inferOriginal(mode, inputs, progress)
                                                   : runner.infer(mode, inputs, progress);
    std::filesystem::create_directories(o.outputDir);
    for (const auto& [name, t] : outputs) {
        const std::string path = (std::filesystem::path(o.outputDir) / (fileNameFor(name) + ".npy")).string();
        writeNpyFile(path, t);
        std::cout << name << " [" << shapeToString(t.shape, ",") << "] → " << path << "\n";
    }
}

}  // namespace

void addInferCommand(CLI::App& app)
{
    auto o = std::make_shared<InferOptions>();
    auto* cmd = app.add_subcommand("infer", "Run the emulator on .npy inputs");
    cmd->add_option("har", o->har, "The .har file")->required()->check(CLI::ExistingFile);
    cmd->add_option("--mode", o->mode, "native, fp_optimized or quantized")
        ->check(CLI::IsMember({"native", "fp_optimized", "quantized"}));
    cmd->add_option("--input", o->inputs, "NAME=file.npy (input layer name, or the source "
                                          "tensor name with --original-layout)")->required();
    cmd->add_option("--output-dir", o->outputDir, "Where outputs are written as .npy")->required();
    cmd->add_flag("--original-layout", o->originalLayout,
                  "Use the source model's tensor names and layout (NCHW for ONNX)");
    cmd->callback([o] { runInfer(*o); });
}

}  // namespace dfc::cli
