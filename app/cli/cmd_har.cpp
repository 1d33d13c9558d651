// dfc har info | extract — inspect a HAR.
#include <filesystem>
#include <iostream>
#include <map>
#include <optional>

#include "cli_common.h"
#include "commands.h"
#include "core/error.h"
#include "io/archive.h"
#include "io/atomic_file.h"
#include "io/har.h"
#include "ir/layout.h"
#include "ir/layer_kind.h"
#include "pipeline/runner.h"

namespace dfc::cli {
namespace {

/// The compiled binary a compiled HAR holds, read and verified once.
std::optional<HefInfo> binaryOf(const Har& har)
{
    auto hef = har.extraMembers.find(har.graph.name + ".hef");
    if (hef == har.extraMembers.end()) return std::nullopt;
    return readHef(hef->second, har.graph.name + ".hef").info;
}

nlohmann::ordered_json harSummary(const Har& har, const std::optional<HefInfo>& binary)
{
    const Graph& g = har.graph;
    nlohmann::ordered_json j;
    j["network"] = g.name;
    j["state"] = modelStateName(har.state);
    const auto& arch = har.metadata.value("hw_arch", nlohmann::ordered_json());
    j["hw_arch"] = arch.is_string() ? arch.get<std::string>() : std::string();
    const auto& compilation = har.metadata.value("compilation", nlohmann::ordered_json());
    if (compilation.is_object() && compilation.contains("contexts") && compilation["contexts"].is_number_integer())
        j["contexts"] = compilation["contexts"];
    j["layers"] = g.size();
    std::map<std::string, int> byType;
    for (const Layer* l : g.layers()) ++byType[l->hnType()];
    j["layers_by_type"] = byType;
    auto io = [&](const std::vector<const Layer*>& layers) {
        nlohmann::ordered_json list = nlohmann::ordered_json::array();
        for (const Layer* l : layers) {
            nlohmann::ordered_json e = {{"name", l->name},
                                        {"original_name", l->params.value("original_name", "")},
                                        {"shape", hostShape(*l)}};
            if (runsTransposed(*l)) e["device_shape"] = l->outputShape();  // transpose(): [W, H, C] on chip
            list.push_back(std::move(e));
        }
        return list;
    };
    j["inputs"] = io(g.inputLayers());
    j["outputs"] = io(g.outputLayers());
    j["params"] = g.totalParams();
    j["macs"] = g.totalMacs();
    j["ops"] = 2 * g.totalMacs();
    if (binary) j["hef"] = binary->toJson();
    return j;
}

void printInfo(const std::string& path, bool json)
{
    const Har har = readHar(path);
    const std::optional<HefInfo> binary = binaryOf(har);
    const auto j = harSummary(har, binary);
    if (json) {
        std::cout << j.dump(2) << "\n";
        return;
    }
    std::cout << "Network:   " << j["network"].get<std::string>() << "\n"
              << "State:     " << j["state"].get<std::string>() << "\n"
              << "Hardware:  " << (j["hw_arch"].get<std::string>().empty() ? std::string("not recorded (dfc assumes hailo8)")
                                                                         : j["hw_arch"].get<std::string>()) << "\n"
              << "Layers:    " << j["layers"].get<int>() << "\n";
    if (j.contains("contexts")) std::cout << "Contexts:  " << j["contexts"].get<int>() << "\n";
    for (auto it = j["layers_by_type"].begin(); it != j["layers_by_type"].end(); ++it)
        std::cout << "  " << it.key() << ": " << it.value().get<int>() << "\n";
    for (const char* side : {"inputs", "outputs"})
        for (const auto& io : j[side])
            std::cout << (side[0] == 'i' ? "Input:     " : "Output:    ") << io["name"].get<std::string>()
                      << " [-1," << shapeToString(io["shape"].get<Shape>(), ",") << "]"
                      << " ← " << io["original_name"].get<std::string>() << "\n";
    std::printf("Params:    %.2f M\nOPS:       %.3f G (2 × MACs)\n", j["params"].get<double>() / 1e6,
                j["ops"].get<double>() / 1e9);
    if (binary) printHefInfo(*binary);
}

void extract(const std::string& path, const std::string& dir)
{
    namespace fs = std::filesystem;
    const auto members = readArchive(readFile(path), path);
    fs::create_directories(dir);
    for (const auto& [name, data] : members) {
        const fs::path target = fs::path(dir) / name;
        fs::create_directories(target.parent_path());
        writeFileAtomic(target.string(), data);
        std::cout << target.string() << "\n";
    }
}

}  // namespace

void addHarCommand(CLI::App& app)
{
    auto* har = app.add_subcommand("har", "Inspect or unpack a HAR");
    har->require_subcommand(1);
    auto path = std::make_shared<std::string>();
    auto json = std::make_shared<bool>(false);
    auto* info = har->add_subcommand("info", "Show state, layers, inputs/outputs, params and OPS");
    info->add_option("har", *path, "The .har file")->required()->check(CLI::ExistingFile);
    info->add_flag("--json", *json, "Print JSON");
    info->callback([path, json] { printInfo(*path, *json); });
    auto dir = std::make_shared<std::string>();
    auto autoScript = std::make_shared<std::string>();
    auto* ex = har->add_subcommand("extract", "Write the HAR's members to a folder, or a compiled HAR's automatic model script");
    ex->add_option("har", *path, "The .har file")->required()->check(CLI::ExistingFile);
    ex->add_option("--output-dir", *dir, "Target folder for every member");
    ex->add_option("--auto-model-script-path", *autoScript, "Write the .auto.alls that reproduces the compiled allocation");
    ex->callback([path, dir, autoScript] {
        if (dir->empty() && autoScript->empty()) fail(ErrorCode::InvalidArgument, "give --output-dir or --auto-model-script-path");
        if (!autoScript->empty()) {
            Runner runner;
            runner.loadHar(*path);
            writeFileAtomic(*autoScript, runner.autoModelScript());
            std::cout << *autoScript << "\n";
        }
        if (!dir->empty()) extract(*path, *dir);
    });
}

}  // namespace dfc::cli
