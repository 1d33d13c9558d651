#include "pipeline/runner.h"

#include <chrono>
#include <functional>
#include <filesystem>

#include "core/error.h"
#include "emulator/quantized_executor.h"
#include "io/atomic_file.h"
#include "io/hn_json.h"
#include "io/npz.h"
#include "ir/layout.h"
#include "quantizer/model_modifications.h"
#include "quantizer/quantizer.h"
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
    const std::string algorithm = pos.empty() ? std::string() : pos[0]->value.text;
    if (st.command == "model_optimization_config") return algorithm == "calibration" || algorithm == "compression_params";
    if (st.command == "pre_quantization_optimization")
        return algorithm == "equalization" || algorithm == "activation_clipping" || algorithm == "weights_clipping" ||
               algorithm == "zero_static_channels" || algorithm == "dead_channels_removal";
    if (st.command == "post_quantization_optimization") return algorithm == "bias_correction" || algorithm == "adaround";
    if (st.command == "set_seed") return true;
    if (st.command == "model_optimization_flavor") {
        // Level 2 adds fine-tuning, which this version does not run (3 and 4: AdaRound, run).
        const ScriptArgument* level = st.keyword("optimization_level");
        return !level || level->value.number != 2;
    }
    if (st.command == "quantization_param") {
        for (const ScriptArgument& a : st.args)
            if (!a.keyword.empty() && a.keyword != "precision_mode") return false;
        return true;
    }
    return false;
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
    // Native emulation stays possible on every later state: keep the unmodified model.
    har.extraMembers[har.graph.name + ".native.hn"] = encodeHn(har.graph);
    har.extraMembers[har.graph.name + ".native.npz"] = encodeNpz(graphParams(har.graph));
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

namespace {

/// The layers the configuration trains: explicit per-layer policies first, then every supported
/// layer (train_all) or the 4-bit ones (train_4bit).
std::vector<AdaRoundReport> runAdaRound(const Graph& graph, const QuantizationConfig& c, QuantizedModel& model,
                                        const CalibrationSet& set, int64_t batchSize, const Progress& progress)
{
    std::vector<std::string> layers;
    for (const Layer* l : graph.topoOrder()) {
        const LayerQuant& q = model.at(l->name);
        if (!adaroundSupports(*l, q)) continue;
        const auto policy = c.adaround.layerPolicy.find(l->name);
        if (policy != c.adaround.layerPolicy.end() ? policy->second : c.adaround.trainAll || q.weightBits == 4)
            layers.push_back(l->name);
    }
    const int64_t images = std::min(set.size, c.adaround.datasetSize);
    AdaRoundOptions options = c.adaround.options;
    options.iterations = c.adaround.iterations(images);
    return adaroundLayers(graph, model, layers, set, images, batchSize, options, progress);
}

}  // namespace

OptimizeSummary Runner::optimize(const Script& script, const CalibrationOptions& calibration, int64_t batchSize,
                                 const Progress& progress)
{
    if (state() == ModelState::Quantized || state() == ModelState::Compiled)
        fail(ErrorCode::InvalidArgument, std::string("the model is already ") + modelStateName(state()) + "; optimize a native or fp-optimized HAR");
    OptimizeSummary summary;
    using Clock = std::chrono::steady_clock;
    auto timed = [&](const char* stage, auto&& fn) {
        const auto start = Clock::now();
        fn();
        summary.stageSeconds[stage] = std::chrono::duration<double>(Clock::now() - start).count();
    };
    const Har before = *mHar;  // the runner only moves forward when everything succeeded
    try {
        if (state() == ModelState::Native) summary.check = optimizeFullPrecision(script);
        else summary.check = checkScript(script, &graph(), scriptCommandApplied);
        for (const auto& d : summary.check.diagnostics)
            if (d.severity == ScriptDiagnostic::Severity::Error) fail(ErrorCode::InvalidArgument, d.message, d.file, d.at.text());
        summary.config = quantizationConfigFromScript(script, graph());
        Har& har = *mHar;
        if (summary.config.deadChannelsRemoval)
            timed("dead_channels_removal", [&] { summary.removedChannels = removeDeadChannels(har.graph); });
        if (summary.config.equalization) timed("equalization", [&] { summary.equalized = equalizeWeights(har.graph); });
        CalibrationSet set;
        std::vector<ActivationStats> stats;
        timed("statistics", [&] {
            set = loadCalibrationSet(graph(), calibration, progress);
            stats = activationStatistics(graph(), set, batchSize, progress);
        });
        summary.calibrationImages = set.size;
        summary.warnings = set.warnings;
        QuantizedModel model;
        if (summary.config.zeroStaticChannels)
            timed("zero_static_channels", [&] {
                summary.zeroedChannels = zeroStaticChannels(har.graph, stats, summary.config.zeroStaticEps, summary.config.zeroStaticDisabled);
            });
        timed("quantization", [&] { model = quantizeGraph(graph(), stats, summary.config); });
        for (const ZeroedChannels& z : summary.zeroedChannels) model.layers.at(z.layer).algorithms.push_back("zero_static_channels");
        for (const RemovedChannels& r : summary.removedChannels)
            model.layers.at(r.layer).algorithms.insert(model.layers.at(r.layer).algorithms.begin(), "dead_channels_removal");
        if (summary.config.adaround.enabled)
            timed("adaround", [&] { summary.adarounded = runAdaRound(graph(), summary.config, model, set, batchSize, progress); });
        if (summary.config.biasCorrection) {
            const int64_t wanted = std::min(set.size, summary.config.biasCorrectionImages);
            const int64_t used = iterativeCorrectionImages(graph(), wanted);
            if (used < wanted)
                summary.warnings.push_back("bias correction measures " + std::to_string(used) + " of " + std::to_string(wanted) +
                                           " images: they run as one batch, and more would exceed about 2 GB");
            timed("bias_correction", [&] {
                summary.biasCorrected =
                    correctBiases(graph(), stats, model, set, summary.config.biasCorrectionImages, batchSize, progress);
            });
        }
        for (const EqualizedPair& p : summary.equalized) {
            model.layers.at(p.first).algorithms.insert(model.layers.at(p.first).algorithms.begin(), "equalization");
            model.layers.at(p.second).algorithms.insert(model.layers.at(p.second).algorithms.begin(), "equalization");
        }
        const std::string net = har.graph.name;
        har.extraMembers[net + ".stats.json"] = activationStatisticsJson(stats).dump();
        har.extraMembers[net + ".q.npz"] = encodeQuantizedModel(model);
        har.metadata["calibration"] = {{"source", set.source}, {"size", set.size}, {"warnings", summary.warnings}};
        nlohmann::ordered_json layers = nlohmann::ordered_json::object();
        for (const Layer* l : har.graph.topoOrder()) {
            const LayerQuant& q = model.at(l->name);
            nlohmann::ordered_json e = {{"output_bits", q.output.bits}, {"algorithms", q.algorithms}};
            if (q.weightBits) e["weight_bits"] = q.weightBits;
            layers[l->name] = std::move(e);
        }
        const QuantizationConfig& c = summary.config;
        har.metadata["quantization"] = {{"q_npz", net + ".q.npz"},
                                        {"optimization_level", c.optimizationLevel},
                                        {"compression_level", c.compressionLevel},
                                        {"four_bit_ratio", c.fourBitRatio()},
                                        {"equalization", c.equalization},
                                        {"bias_correction", c.biasCorrection},
                                        {"adaround", c.adaround.enabled},
                                        {"zero_static_channels", c.zeroStaticChannels},
                                        {"dead_channels_removal", c.deadChannelsRemoval},
                                        {"not_run", c.optimizationLevel == 2 ? std::vector<std::string>{"finetune of optimization_level 2"}
                                                                              : std::vector<std::string>{}},
                                        {"layers", std::move(layers)}};
        har.state = ModelState::Quantized;
    } catch (...) {
        *mHar = before;
        throw;
    }
    return summary;
}

QuantizedModel Runner::quantizedModel() const
{
    if (state() != ModelState::Quantized && state() != ModelState::Compiled)
        fail(ErrorCode::InvalidArgument, std::string("the HAR is ") + modelStateName(state()) + "; run dfc optimize first");
    const std::string member = graph().name + ".q.npz";
    auto it = har().extraMembers.find(member);
    if (it == har().extraMembers.end()) fail(ErrorCode::InvalidFormat, "the quantized HAR lacks its member " + member);
    return decodeQuantizedModel(it->second, graph(), member);
}

Graph Runner::nativeGraph() const
{
    if (state() == ModelState::Native) return graph();
    const std::string net = graph().name;
    auto hn = har().extraMembers.find(net + ".native.hn");
    auto npz = har().extraMembers.find(net + ".native.npz");
    if (hn == har().extraMembers.end() || npz == har().extraMembers.end())
        fail(ErrorCode::NotFound, "this HAR does not keep its native model (written by an older version)");
    Graph g = decodeHn(hn->second, hn->first);
    attachParams(g, decodeNpz(npz->second, npz->first), npz->first);
    return g;
}

NoiseReport Runner::analyzeNoise(const CalibrationOptions& data, int64_t batchSize, const Progress& progress)
{
    const QuantizedModel model = quantizedModel();
    const CalibrationSet set = loadCalibrationSet(graph(), data, progress);
    NoiseReport report = dfc::analyzeNoise(graph(), model, set, batchSize, progress);
    mHar->extraMembers[graph().name + ".noise.json"] = noiseReportJson(report, graph(), model).dump();
    return report;
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

/// Native mode runs the unmodified model (kept in later states), fp_optimized the one with the
/// script's modifications and equalization, quantized the integer model.
static void requireMode(InferMode mode, ModelState state)
{
    if (mode == InferMode::FpOptimized && state == ModelState::Native)
        fail(ErrorCode::InvalidArgument, "the HAR is native: run dfc optimize first, or use --mode native");
    if (mode == InferMode::Quantized && state != ModelState::Quantized && state != ModelState::Compiled)
        fail(ErrorCode::InvalidArgument, std::string("the HAR is ") + modelStateName(state) + ": quantized emulation needs dfc optimize first");
}

/// Runs `g` on host-ordered tensors: inputs and outputs of layers the model script transposed
/// swap height and width on the way in and out, as HailoRT does on the host.
static TensorsByName onHostTensors(const Graph& g, const TensorsByName& inputs,
                                   const std::function<TensorsByName(const TensorsByName&)>& run)
{
    TensorsByName device = inputs;
    for (auto& [name, t] : device)
        if (const Layer* l = g.find(name)) t = hostDeviceSwap(*l, t);
    TensorsByName outputs = run(device);
    for (auto& [name, t] : outputs) t = hostDeviceSwap(g.layer(name), t);
    return outputs;
}

TensorsByName Runner::infer(InferMode mode, const TensorsByName& inputs, const Progress& progress) const
{
    requireMode(mode, state());
    if (mode == InferMode::Native && state() != ModelState::Native) return Executor(nativeGraph()).run(inputs, false, progress).outputs;
    return onHostTensors(graph(), inputs, [&](const TensorsByName& device) {
        if (mode == InferMode::Quantized) return QuantizedExecutor(graph(), quantizedModel()).run(device, false, progress).outputs;
        return Executor(graph()).run(device, false, progress).outputs;
    });
}

/// Maps inputs from the source model's names and layout to the graph's, runs, maps outputs back.
static TensorsByName inSourceLayout(const Graph& graph, const TensorsByName& inputs,
                                    const std::function<TensorsByName(const TensorsByName&)>& run)
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
    for (auto& [name, t] : run(internal)) {
        const Layer& l = graph.layer(name);
        const Shape original = l.params.value("original_shape", Shape{});
        const bool channelLast = l.params.value("original_layout", std::string()) == "nhwc";
        outputs[l.params.value("original_name", name)] = original.empty() || channelLast ? t : toOriginalLayout(t, original);
    }
    return outputs;
}

TensorsByName inferOriginalLayout(const Graph& graph, const TensorsByName& inputs, const Progress& progress)
{
    return inSourceLayout(graph, inputs, [&](const TensorsByName& in) { return Executor(graph).run(in, false, progress).outputs; });
}

TensorsByName Runner::inferOriginal(InferMode mode, const TensorsByName& inputs, const Progress& progress) const
{
    requireMode(mode, state());
    if (mode == InferMode::Native && state() != ModelState::Native) return inferOriginalLayout(nativeGraph(), inputs, progress);
    return inSourceLayout(graph(), inputs, [&](const TensorsByName& in) { return infer(mode, in, progress); });
}

}  // namespace dfc
