// dfc hef info FILE.hef [--json] — what a user checks before deploying a compiled binary: the
// target, the network group and its contexts, every stream with its shape, format and
// quantization, the estimated FPS and latency.
#include <cstdio>
#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "hef/hef.h"

namespace dfc::cli {

void printHefInfo(const HefInfo& info)
{
    std::printf("Binary:    container V%d, %.2f MB, xxh3 %s\n", info.containerVersion, double(info.fileBytes) / 1e6,
                info.toJson()["xxh3"].get<std::string>().c_str());
    std::printf("Target:    %s\nCompiler:  %s\n", info.hwArch.c_str(),
                info.compilerName.empty() ? info.compilerVersion.c_str() : info.compilerName.c_str());
    if (info.contexts.size() == 1) std::printf("Network group: %s, single context\n", info.networkGroup.c_str());
    else std::printf("Network group: %s, multi context: %zu contexts\n", info.networkGroup.c_str(), info.contexts.size());
    std::printf("Estimated: %.1f FPS, latency %.2f ms (batch 1)\n", info.bottleneckFps, info.latencySeconds * 1e3);
    for (const auto* list : {&info.inputs, &info.outputs})
        for (const HefStream& s : *list) {
            const std::string shape = s.order == "NC" ? std::to_string(s.features)
                                                      : std::to_string(s.height) + "x" + std::to_string(s.width) + "x" + std::to_string(s.features);
            std::printf("%s %s %s, %s(%s)%s  zero point %g, scale %.6g, range [%.4g, %.4g], context %d\n", s.input ? "Input " : "Output",
                        s.name.c_str(), s.dataBytes == 2 ? "UINT16" : "UINT8", s.order.c_str(), shape.c_str(),
                        s.transposed ? " transposed" : "", s.zeroPoint, s.scale, s.limMin, s.limMax, s.context);
        }
    if (!info.hasPayload) {
        std::printf("Program:   none for the Dataflow Studio runtime (not written by Dataflow Studio)\n");
        return;
    }
    for (const HefContext& c : info.contexts)
        std::printf("Context %d: %zu layers, %zu tensors in from earlier contexts, %zu out to later ones\n", c.index, c.layers.size(),
                    c.carriedIn.size(), c.carriedOut.size());
}

namespace {

void runHefInfo(const std::string& path, bool json)
{
    const HefFile file = readHefFile(path);
    if (json) std::cout << file.info.toJson().dump(2) << "\n";
    else printHefInfo(file.info);
}

}  // namespace

void addHefCommand(CLI::App& app)
{
    auto* hef = app.add_subcommand("hef", "Inspect a compiled binary (.hef)");
    hef->require_subcommand(1);
    auto path = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    auto* info = hef->add_subcommand("info", "Show the target, contexts, streams (shape, format, quantization) and estimated FPS");
    info->add_option("hef", *path, "The .hef file")->required()->check(CLI::ExistingFile);
    info->add_flag("--json", *json, "Print JSON");
    info->callback([path, json] { runHefInfo(*path, *json); });
}

}  // namespace dfc::cli
