// dfc infer FILE.har --mode native|fp_optimized|quantized|hw --input NAME=file.npy … --output-dir DIR
// dfc infer FILE.hef --input NAME=file.npy … --output-dir DIR   (the compiled binary on the CPU runtime)
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

TensorsByName inferOutputs(const InferOptions& o, const TensorsByName& inputs)
{
    if (Runner::formatOf(o.har) == "hef") {
        if (o.originalLayout) fail(ErrorCode::InvalidArgument, "--original-layout needs the HAR (a .hef knows only its streams)");
        if (o.mode != "hw" && o.mode != "native")  // native is the default: a .hef has one mode
            fail(ErrorCode::InvalidArgument, "a .hef runs only on the runtime (--mode hw); emulator modes need the HAR");
        return inferHefFile(o.har, inputs, terminalProgress("running"));
    }
    Runner runner;
    runner.loadHar(o.har);
    const InferMode mode = inferModeFromName(o.mode);
    const auto progress = terminalProgress(mode == InferMode::Hardware ? "running" : "emulating");
    return o.originalLayout ? runner.inferOriginal(mode, inputs, progress) : runner.infer(mode, inputs, progress);
}

void runInfer(const InferOptions& o)
{
    TensorsByName inputs;
    for (const auto& spec : o.inputs) {
        auto [name, path] = parseNamedValue(spec, "file.npy");
        inputs[name] = readNpyFile(path);
    }
    const TensorsByName outputs = inferOutputs(o, inputs);
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
    auto* cmd = app.add_subcommand("infer", "Run the emulator, or the compiled binary on the CPU runtime, on .npy inputs");
    cmd->add_option("file", o->har, "The .har file, or a .hef (runs on the runtime)")->required()->check(CLI::ExistingFile);
    cmd->add_option("--mode", o->mode, "native, fp_optimized, quantized, or hw (the compiled HAR's binary on the runtime)")
        ->check(CLI::IsMember({"native", "fp_optimized", "quantized", "hw"}));
    cmd->add_option("--input", o->inputs, "NAME=file.npy (input layer name, or the source "
                                          "tensor name with --original-layout)")->required();
    cmd->add_option("--output-dir", o->outputDir, "Where outputs are written as .npy")->required();
    cmd->add_flag("--original-layout", o->originalLayout,
                  "Use the source model's tensor names and layout (NCHW for ONNX)");
    cmd->callback([o] { runInfer(*o); });
}

}  // namespace dfc::cli
