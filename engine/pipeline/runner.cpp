#include "pipeline/runner.h"

#include <filesystem>

#include "core/error.h"
#include "io/atomic_file.h"
#include "ir/layout.h"
#include "quantizer/model_modifications.h"
#include "script/script_parser.h"

namespace dfc {

InferMode inferModeFromName(const std::string& name)
{
    if (name == "native") return InferMode::Native;
    if (name == "fp_optimized") return InferMode::FpOptimized;
    if (name == "quantized") return InferMode::Quantized;
    fail(ErrorCode::InvalidArgument, "unknown emulator mode '" + name +
                                         "' (expected native, fp_optimized or quantized)");
}

Runner::Runner(std::string hwArch) : mHwArch(std::move(hwArch))
{
    if (mHwArch != "hailo8" && mHwArch != "hailo8l" && mHwArch != "hailo8r")
        fail(ErrorCode::InvalidArgument, "unknown hardware '" + mHwArch +
                                             "' (expected hailo8, hailo8l or hailo8r)");
}

ParseReport Runner::translate(const std::string& path, const ImportOptions& options, const Progress& progress)
{
    const std::string format = modelFormatName(detectModelFormat(path));
    ImportResult result = importModel(path, options, progress);
    if (!result.report.ok()) return result.report;
    Har har;
    har.graph = std::move(result.graph);
    har.state = ModelState::Native;
    const std::string original = har.graph.name + ".original." + format;
    har.extraMembers[original] = readFile(path, size_t{2} << 30);
    har.metadata["hw_arch"] = mHwArch;
    har.metadata["original_model"] = original;
    har.metadata["original_model_format"] = format;
    har.metadata["original_model_file"] = std::filesystem::path(path).filename().string();
    har.metadata["parse"] = result.report.toJson();
    mHar = std::move(har);
    return result.report;
}

bool scriptCommandApplied(const ScriptStatement& st)
{
    if (ModelModificationRegistry::instance().find(st.command)) return true;
    const auto pos = st.positional();
    return st.command == "model_optimization_config" && !pos.empty() && pos[0]->value.isName("calibration");
}

void calibrationSettingsFromScript(const Script& script, int64_t& calibsetSize, int64_t& batchSize)
{
    for (const ScriptStatement& st : script.statements) {
        const auto pos = st.positional();
        if (st.command != "model_optimization_config" || pos.empty() || !pos[0]->value.isName("calibration")) continue;
        if (const ScriptArgument* a = st.keyword("calibset_size")) calibsetSize = static_cast<int64_t>(a->value.number);
        if (const ScriptArgument* a = st.keyword("batch_size")) batchSize = static_cast<int64_t>(a->value.number);
    }
}

ScriptCheck Runner::optimizeFullPrecision(const Script& script)
{
    if (state() != ModelState::Native)
        fail(ErrorCode::InvalidArgument, std::string("the model is already ") + modelStateName(state()) +
                                             "; full-precision optimization starts from a native HAR");
    ScriptCheck check = checkScript(script, &graph(), scriptCommandApplied);
    for (const auto& d : check.diagnostics)
        if (d.severity == ScriptDiagnostic::Severity::Error)
            fail(ErrorCode::InvalidArgument, d.message, d.file, d.at.text());
    Graph modified = graph();
    const auto records = applyModelModifications(modified, script);
    Har& har = *mHar;
    har.graph = std::move(modified);
    har.state = ModelState::FpOptimized;
    nlohmann::ordered_json j;
    j["file"] = script.file;
    j["text"] = formatScript(script);
    j["modifications"] = nlohmann::ordered_json::array();
    for (const auto& r : records)
        j["modifications"].push_back({{"command", r.command}, {"at", r.at.text()}, {"summary", r.summary}});
    j["accepted_not_applied"] = check.notApplied;
    har.metadata["model_script"] = j;
    return check;
}

std::vector<ActivationStats> Runner::collectStatistics(const CalibrationOptions& options, int64_t batchSize,
                                                       const Progress& progress)
{
    if (state() != ModelState::Native && state() != ModelState::FpOptimized)
        fail(ErrorCode::InvalidArgument, std::string("statistics are collected on the float model; the HAR is ") +
                                             modelStateName(state()));
    const CalibrationSet set = loadCalibrationSet(graph(), options, progress);
    auto stats = activationStatistics(graph(), set, batchSize, progress);
    Har& har = *mHar;
    har.extraMembers[har.graph.name + ".stats.json"] = activationStatisticsJson(stats).dump();
    har.metadata["calibration"] = {{"source", set.source}, {"size", set.size}, {"warnings", set.warnings}};
    return stats;
}

void Runner::loadHar(const std::string& path)
{
    Har har = readHar(path);
    if (har.metadata.contains("hw_arch") && har.metadata["hw_arch"].is_string())
        mHwArch = har.metadata["hw_arch"].get<std::string>();
    mHar = std::move(har);
}

void Runner::saveHar(const std::string& path) const { writeHar(path, har()); }

const Har& Runner::har() const
{
    if (!mHar) fail(ErrorCode::InvalidArgument, "the runner holds no model yet (translate or load a HAR first)");
    return *mHar;
}

ModelState Runner::state() const { return har().state; }
const Graph& Runner::graph() const { return har().graph; }

ParseReport Runner::parseReport() const
{
    const auto& meta = har().metadata;
    return meta.contains("parse") ? ParseReport::fromJson(meta["parse"]) : ParseReport{};
}

/// Float emulation runs the graph the HAR holds: the native one, or the one with the script's
/// modifications. Each mode needs its state; quantized emulation comes with quantization.
static void requireMode(InferMode mode, ModelState state)
{
    const bool ok = (mode == InferMode::Native && state == ModelState::Native) ||
                    (mode == InferMode::FpOptimized && state == ModelState::FpOptimized);
    if (ok) return;
    if (mode == InferMode::Quantized)
        fail(ErrorCode::Unsupported, "quantized emulation needs a quantized HAR; quantization is not available in this version");
    fail(ErrorCode::InvalidArgument, std::string("the HAR is in state ") + modelStateName(state) + ": use --mode " +
                                         (state == ModelState::Native ? "native" : "fp_optimized"));
}

TensorsByName Runner::infer(InferMode mode, const TensorsByName& inputs, const Progress& progress) const
{
    requireMode(mode, state());
    return Executor(graph()).run(inputs, false, progress).outputs;
}

TensorsByName inferOriginalLayout(const Graph& graph, const TensorsByName& inputs,
                                  const Progress& progress)
{
    TensorsByName internal;
    for (const Layer* l : graph.inputLayers()) {
        const std::string name = l->params.value("original_name", l->name);
        auto it = inputs.find(name);
        if (it == inputs.end()) fail(ErrorCode::InvalidArgument, "no data for input '" + name + "'");
        // TFLite tensors are channel-last already: the source layout is ours.
        const bool channelLast = l->params.value("original_layout", std::string()) == "nhwc";
        internal[l->name] = channelLast ? it->second : fromOriginalLayout(it->second);
    }
    TensorsByName outputs;
    for (auto& [name, t] : Executor(graph).run(internal, false, progress).outputs) {
        const Layer& l = graph.layer(name);
        const Shape original = l.params.value("original_shape", Shape{});
        const bool channelLast = l.params.value("original_layout", std::string()) == "nhwc";
        outputs[l.params.value("original_name", name)] =
            original.empty() || channelLast ? t : toOriginalLayout(t, original);
    }
    return outputs;
}

TensorsByName Runner::inferOriginal(InferMode mode, const TensorsByName& inputs,
                                    const Progress& progress) const
{
    requireMode(mode, state());
    return inferOriginalLayout(graph(), inputs, progress);
}

}  // namespace dfc
