#include "pipeline/runner.h"

#include "pipeline/optimize_preview.h"

#include <algorithm>
#include <chrono>
#include <functional>
#include <filesystem>

#include "compiler/compile_settings.h"
#include "compiler/compiler.h"
#include "compiler/hw_arch.h"
#include "core/error.h"
#include "emulator/quantized_executor.h"
#include "hef/hef.h"
#include "io/atomic_file.h"
#include "io/hn_json.h"
#include "io/npz.h"
#include "ir/layer_names.h"
#include "ir/layout.h"
#include "quantizer/model_modifications.h"
#include "profiler/performance_model.h"
#include "profiler/profile_report.h"
#include "quantizer/quantizer.h"
#include "runtime/hef_runtime.h"
#include "script/optimization_levels.h"
#include "script/script_parser.h"

namespace dfc {

InferMode inferModeFromName(const std::string& name)
{
    if (name == "native") return InferMode::Native;
    if (name == "fp_optimized") return InferMode::FpOptimized;
    if (name == "quantized") return InferMode::Quantized;
    if (name == "hw") return InferMode::Hardware;
    fail(ErrorCode::InvalidArgument, "unknown emulator mode '" + name +
                                         "' (expected native, fp_optimized, quantized or hw)");
}

namespace {

void requireKnownTarget(const std::string& hwArch)
{
    const std::vector<std::string> known = Runner::hwArchNames();
    if (std::find(known.begin(), known.end(), hwArch) != known.end()) return;
    std::string list;
    for (const std::string& n : known) list += (list.empty() ? "" : ", ") + n;
    fail(ErrorCode::InvalidArgument, "unknown hardware '" + hwArch + "' (expected one of " + list + ")");
}

/// Runs a stage on a copy of the HAR and keeps the result only when the stage succeeded: the
/// runner never holds a half-done state, and Cancel leaves it as it was.
template <typename Fn>
auto transactional(std::optional<Har>& har, Fn&& stage)
{
    const Har before = *har;
    try {
        return stage();
    } catch (...) {
        *har = before;
        throw;
    }
}

}  // namespace

std::vector<std::string> Runner::hwArchNames() { return HwArch::builtinNames(); }

const HwArch& Runner::hwArchDescription(const std::string& hwArch)
{
    requireKnownTarget(hwArch);
    return HwArch::builtin(hwArch);
}

Runner::Runner(std::string hwArch) : mHwArch(std::move(hwArch)) { requireKnownTarget(mHwArch); }

std::string Runner::formatOf(const std::string& path) { return modelFormatName(detectModelFormat(path)); }

std::string Runner::requireFormat(const std::string& path, const std::string& format)
{
    return requireModelFormat(path, format);
}

InputSignature Runner::inputSignature(const std::string& path) { return modelInputSignature(path); }

void Runner::setHwArch(const std::string& hwArch)
{
    requireKnownTarget(hwArch);
    mHwArch = hwArch;
    if (mHar) mHar->metadata["hw_arch"] = hwArch;
}

ParseReport Runner::translate(const std::string& path, const ImportOptions& options, const Progress& progress,
                              SourceGraph* source)
{
    const std::string format = formatOf(path);
    ImportResult result = importModel(path, options, progress);
    if (source) *source = std::move(result.source);
    if (!result.report.ok()) return result.report;
    Har har;
    har.graph = std::move(result.graph);
    keepLayerNames(har.graph, options.previousLayerNames);
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

ScriptCheck Runner::optimizeFullPrecision(const ModelScript& script)
{
    if (state() != ModelState::Native)
        fail(ErrorCode::InvalidArgument, std::string("the model is already ") + modelStateName(state()) +
                                             "; full-precision optimization starts from a native HAR");
    script.throwIfErrors();
    Graph modified = graph();
    const auto records = applyModelModifications(modified, script);
    Har& har = *mHar;
    // Native emulation stays possible on every later state: keep the unmodified model.
    har.extraMembers[har.graph.name + ".native.hn"] = encodeHn(har.graph);
    har.extraMembers[har.graph.name + ".native.npz"] = encodeNpz(graphParams(har.graph));
    har.graph = std::move(modified);
    har.state = ModelState::FpOptimized;
    nlohmann::ordered_json j;
    j["file"] = script.file();
    j["text"] = formatScript(script.source);
    j["modifications"] = nlohmann::ordered_json::array();
    for (const auto& r : records)
        j["modifications"].push_back({{"command", r.command}, {"at", r.at.text()}, {"summary", r.summary}});
    j["accepted_not_applied"] = script.check.notApplied;
    har.metadata["model_script"] = j;
    return script.check;
}

std::vector<ActivationStats> Runner::collectStatistics(const ModelScript& script, const CalibrationOptions& data,
                                                       const Progress& progress)
{
    if (state() != ModelState::Native && state() != ModelState::FpOptimized)
        fail(ErrorCode::InvalidArgument, std::string("statistics are collected on the float model; the HAR is ") +
                                             modelStateName(state()));
    const CalibrationOptions options = data.withDefaults(script.calibration);
    const CalibrationSet set = loadCalibrationSet(graph(), options, progress);
    auto stats = activationStatistics(graph(), set, options.batchSize, progress);
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

CalibrationSet Runner::readCalibrationSet(const CalibrationOptions& data, const Progress& progress) const
{
    return loadCalibrationSet(graph(), data.withDefaults(CalibrationSettings()), progress);
}

OptimizeSummary Runner::optimize(const ModelScript& script, const CalibrationOptions& data, const Progress& progress,
                                 const OptimizeOptions& options)
{
    if (state() == ModelState::Quantized || state() == ModelState::Compiled)
        fail(ErrorCode::InvalidArgument, std::string("the model is already ") + modelStateName(state()) + "; optimize a native or fp-optimized HAR");
    script.throwIfErrors();
    return transactional(mHar, [&] { return optimizeStages(script, data.withDefaults(script.calibration), progress, options); });
}

namespace {

nlohmann::ordered_json precisionSearchJson(const PrecisionSearchResult& r)
{
    if (!r.ran) return {{"ran", false}, {"skipped", r.skipReason}};
    return {{"ran", true},
            {"target_snr_db", r.targetDb},
            {"worst_output_snr_before_db", r.worstBeforeDb},
            {"worst_output_snr_after_db", r.worstAfterDb},
            {"items", r.images},
            {"candidates", r.candidates},
            {"raised", r.raised},
            {"script_line", r.scriptLine()}};
}

nlohmann::ordered_json finetuneJson(const FinetuneReport& r, bool enabled)
{
    if (!enabled) return {{"ran", false}};
    if (!r.ran) return {{"ran", false}, {"skipped", r.skipReason}};
    return {{"ran", true},
            {"train_items", r.trainItems},
            {"held_out_items", r.heldOutItems},
            {"steps", r.steps},
            {"layers", r.trainedLayers},
            {"loss_layers", r.lossLayers},
            {"epoch_loss", r.epochLoss},
            {"held_out_loss_before", r.heldOutBefore},
            {"held_out_loss_after", r.heldOutAfter},
            {"kept", r.kept}};
}

}  // namespace

OptimizeSummary Runner::optimizeStages(const ModelScript& script, const CalibrationOptions& data, const Progress& whole,
                                       const OptimizeOptions& options)
{
    const Progress progress = options.measureNoise ? whole.part(0, 0.92) : whole;
    OptimizeSummary summary;
    using Clock = std::chrono::steady_clock;
    auto timed = [&](const char* stage, auto&& fn) {
        const auto start = Clock::now();
        fn();
        summary.stageSeconds[stage] = std::chrono::duration<double>(Clock::now() - start).count();
    };
    summary.check = state() == ModelState::Native ? optimizeFullPrecision(script) : script.check;
    summary.config = script.quantization.resolve(graph(), script.file());
    const QuantizationConfig& c = summary.config;
    Har& har = *mHar;
    if (c.deadChannelsRemoval) timed("dead_channels_removal", [&] { summary.removedChannels = removeDeadChannels(har.graph); });
    if (c.equalization)
        timed("equalization", [&] { summary.equalized = equalizeWeights(har.graph, {}, c.equalizationDisabled); });
    // Statistics use calibset_size items; the level's training may want more (AdaRound: 256 at
    // level 3, 1024 at level 4; fine-tuning 1024 at level 2): as many are read when the data
    // holds them, within 2 GB.
    CalibrationOptions load = data;
    const bool finetunes = c.finetune.runsOn(data.random);
    const int64_t trainingItems =
        std::max(c.adaround.enabled ? c.adaround.datasetSize : int64_t{0}, finetunes ? c.finetune.datasetSize : int64_t{0});
    if (!data.random && trainingItems > data.size) {
        load.size = std::max(data.size, std::min(trainingItems, calibrationItemsWithin(graph(), int64_t{2} << 30)));
        load.calibsetSize = data.size;  // the training's own warning below says what more items would do
    }
    CalibrationSet set;
    std::vector<ActivationStats> stats;
    timed("statistics", [&] {
        set = loadCalibrationSet(graph(), load, progress);
        stats = activationStatistics(graph(), firstCalibrationItems(set, data.size), data.batchSize, progress);
    });
    summary.calibrationImages = std::min(set.size, data.size);
    summary.trainingImages = trainingItems > 0 ? std::min(set.size, trainingItems) : 0;
    summary.calibrationFingerprint = calibrationFingerprint(set);
    summary.warnings = set.warnings;
    if (trainingItems > set.size && !data.random)
        summary.warnings.push_back(std::string(c.adaround.enabled ? "adaround" : "finetune") + " at this level trains on " +
                                   std::to_string(trainingItems) + " items; the data gave " +
                                   std::to_string(set.size) + ": more items would let it generalize better");
    for (std::string& hint : normalizationHints(graph(), set)) summary.warnings.push_back(std::move(hint));
    QuantizedModel model;
    if (c.zeroStaticChannels)
        timed("zero_static_channels",
              [&] { summary.zeroedChannels = zeroStaticChannels(har.graph, stats, c.zeroStaticEps, c.zeroStaticDisabled); });
    // Random data measures nothing the model will see: the default search does not run on it
    // (policy=enabled still makes it).
    if (c.precisionSearch.enabled && !c.precisionSearch.runsOn(data.random))
        summary.precisionSearch.skipReason = "random calibration data says nothing about the model's real inputs "
                                             "(policy=enabled runs it anyway)";
    else if (c.precisionSearch.enabled)
        timed("mix_precision_search", [&] {
            // The first items: the search quantizes the model a dozen times.
            summary.precisionSearch = searchMixedPrecision(graph(), stats, summary.config,
                                                           firstCalibrationItems(set, c.precisionSearch.datasetSize), data.batchSize, progress);
        });
    timed("quantization", [&] { model = quantizeGraph(graph(), stats, c); });
    for (const std::string& layer : summary.precisionSearch.raised) model.layers.at(layer).algorithms.push_back("mix_precision_search");
    for (const ZeroedChannels& z : summary.zeroedChannels) model.layers.at(z.layer).algorithms.push_back("zero_static_channels");
    for (const RemovedChannels& r : summary.removedChannels)
        model.layers.at(r.layer).algorithms.insert(model.layers.at(r.layer).algorithms.begin(), "dead_channels_removal");
    if (c.adaround.enabled)
        timed("adaround", [&] { summary.adarounded = runAdaRound(graph(), c, model, set, data.batchSize, progress); });
    if (c.biasCorrection) {
        const int64_t wanted = std::min(set.size, c.biasCorrectionImages);
        const int64_t used = iterativeCorrectionImages(graph(), wanted);
        if (used < wanted)
            summary.warnings.push_back("bias correction measures " + std::to_string(used) + " of " + std::to_string(wanted) +
                                       " images: they run as one batch, and more would exceed about 2 GB");
        timed("bias_correction", [&] {
            summary.biasCorrected = correctBiases(graph(), stats, model, set, c.biasCorrectionImages, data.batchSize, progress);
        });
    }
    if (c.finetune.enabled && !finetunes)
        summary.finetune.skipReason = "random calibration data says nothing about the model's real inputs "
                                      "(post_quantization_optimization(finetune, policy=enabled) runs it anyway)";
    else if (finetunes)
        timed("finetune", [&] {
            FinetuneConfig f = c.finetune;
            if (f.batchSize <= 0) f.batchSize = data.batchSize;
            summary.finetune = finetuneQuantized(graph(), model, set, std::min(set.size, f.datasetSize), f, progress);
        });
    for (const EqualizedPair& p : summary.equalized)
        for (const std::string& layer : {p.first, p.second}) {  // a layer in two pairs lists it once
            auto& algorithms = model.layers.at(layer).algorithms;
            if (std::find(algorithms.begin(), algorithms.end(), "equalization") == algorithms.end())
                algorithms.insert(algorithms.begin(), "equalization");
        }
    const std::string net = har.graph.name;
    har.extraMembers[net + ".stats.json"] = activationStatisticsJson(stats).dump();
    har.extraMembers[net + ".q.npz"] = encodeQuantizedModel(model, net);
    har.metadata["calibration"] = {{"source", set.source}, {"size", set.size}, {"fingerprint", summary.calibrationFingerprint},
                                   {"warnings", summary.warnings}};
    nlohmann::ordered_json layers = nlohmann::ordered_json::object();
    for (const Layer* l : har.graph.topoOrder()) {
        const LayerQuant& q = model.at(l->name);
        nlohmann::ordered_json e = {{"output_bits", q.output.bits}, {"algorithms", q.algorithms}};
        if (q.weightBits) e["weight_bits"] = q.weightBits;
        layers[l->name] = std::move(e);
    }
    const OptimizationLevel* level = findOptimizationLevel(c.optimizationLevel);
    std::vector<std::string> notRun;
    if (level && !level->notRun.empty()) notRun.push_back(level->notRun + " of optimization_level " + std::to_string(level->level));
    har.metadata["quantization"] = {{"q_npz", net + ".q.npz"},
                                    {"optimization_level", c.optimizationLevel},
                                    {"compression_level", c.compressionLevel},
                                    {"four_bit_ratio", c.fourBitRatio()},
                                    {"equalization", c.equalization},
                                    {"bias_correction", c.biasCorrection},
                                    {"adaround", c.adaround.enabled},
                                    {"zero_static_channels", c.zeroStaticChannels},
                                    {"dead_channels_removal", c.deadChannelsRemoval},
                                    {"mix_precision_search", precisionSearchJson(summary.precisionSearch)},
                                    {"finetune", finetuneJson(summary.finetune, c.finetune.enabled)},
                                    {"not_run", notRun},
                                    {"layers", std::move(layers)}};
    har.state = ModelState::Quantized;
    if (options.measureNoise) {
        // On the items already in memory: reading the set again would cost as much as this pass.
        const CalibrationSet few = firstCalibrationItems(set, OptimizeOptions::kQuickNoiseItems);  // no copy of the whole set
        timed("noise_measurement", [&] { summary.noise = dfc::analyzeNoise(graph(), model, few, data.batchSize, whole.part(0.92, 1), false); });
        for (LayerNoise& l : summary.noise->layers) l.scatter.clear();
    }
    return summary;
}

namespace {

/// Compiles `graph` for `hwArch` with the script's compilation commands. A float model compiles
/// at the precisions the script's quantization settings will give it.
Allocation compileFor(const Graph& graph, const QuantizedModel* model, const std::string& hwArch, const ModelScript& script,
                      const Progress& progress)
{
    const HwArch& hw = HwArch::builtin(hwArch);
    script.throwIfErrors();
    const LayerBitsMap bits =
        model ? bitsOfModel(*model) : bitsOfPrecisions(choosePrecisions(graph, script.quantization.resolve(graph, script.file())));
    return compileModel(graph, bits, hw, readCompileSettings(script, graph, hw), progress);
}

/// The .hef of a compiled model, with the profiler's batch-1 FPS and latency in its metadata.
std::string compiledBinary(const Graph& graph, const QuantizedModel& model, const Allocation& a, int containerVersion)
{
    const Performance perf = estimatePerformance(a, HwArch::builtin(a.hwArch), 1);
    HefOptions o;
    o.containerVersion = containerVersion;
    o.bottleneckFps = perf.fps;
    o.latencySeconds = perf.latencySeconds;
    o.compilerVersion = DFC_VERSION;
    return writeHef(graph, model, a, o);
}

}  // namespace

Allocation Runner::compile(const ModelScript& script, const Progress& progress)
{
    if (state() != ModelState::Quantized && state() != ModelState::Compiled)
        fail(ErrorCode::InvalidArgument, std::string("the HAR is ") + modelStateName(state()) +
                                             ": compile a quantized HAR (run dfc optimize first); dfc profiler estimates any state");
    const QuantizedModel model = quantizedModel();
    Allocation a = compileFor(graph(), &model, mHwArch, script, progress);
    Har& har = *mHar;
    const std::string net = har.graph.name;
    const std::string binary = compiledBinary(har.graph, model, a, 3);
    har.extraMembers[net + ".allocation.json"] = a.toJson().dump(1) + "\n";
    har.extraMembers[net + ".auto.alls"] = a.autoScript();
    har.extraMembers[net + ".hef"] = binary;
    har.metadata["hw_arch"] = mHwArch;
    har.metadata["compilation"] = {{"allocation", net + ".allocation.json"},
                                   {"auto_model_script", net + ".auto.alls"},
                                   {"hef", net + ".hef"},
                                   {"hw_arch", mHwArch},
                                   {"contexts", a.contexts.size()},
                                   {"why_contexts", a.whyContexts}};
    har.state = ModelState::Compiled;
    return a;
}

CompileSettings Runner::compileSettings(const ModelScript& script) const
{
    return readCompileSettings(script, graph(), HwArch::builtin(mHwArch));
}

Allocation Runner::allocation() const
{
    if (state() != ModelState::Compiled)
        fail(ErrorCode::InvalidArgument, std::string("the HAR is ") + modelStateName(state()) + "; run dfc compiler first");
    const std::string member = graph().name + ".allocation.json";
    auto it = har().extraMembers.find(member);
    if (it == har().extraMembers.end()) fail(ErrorCode::InvalidFormat, "the compiled HAR lacks its member " + member);
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(it->second);
    } catch (const nlohmann::json::parse_error& e) {
        fail(ErrorCode::InvalidFormat, std::string("invalid JSON: ") + e.what(), member);
    }
    return Allocation::fromJson(j, member);
}

std::string Runner::autoModelScript() const { return allocation().autoScript(); }

std::string Runner::hef() const
{
    allocation();  // states the HAR is compiled
    auto it = har().extraMembers.find(graph().name + ".hef");
    if (it == har().extraMembers.end())
        fail(ErrorCode::NotFound, "this compiled HAR has no .hef (compiled before Dataflow Studio wrote binaries): compile it again");
    return it->second;
}

std::string Runner::hef(int containerVersion) const
{
    return compiledBinary(graph(), quantizedModel(), allocation(), containerVersion);
}

nlohmann::ordered_json Runner::profile(const ModelScript& script, const Progress& progress, const ProfileOptions& options) const
{
    ProfileInputs in;
    in.streamFps = options.streamFps;
    in.graph = &graph();
    const HwArch hw = options.hostLink ? withHostLink(HwArch::builtin(mHwArch), *options.hostLink) : HwArch::builtin(mHwArch);
    in.hw = &hw;
    if (options.hostLink) in.hostLink = options.hostLink->name();
    in.state = modelStateName(state());
    Allocation a;
    const auto& compilation = har().metadata.value("compilation", nlohmann::ordered_json::object());
    if (state() == ModelState::Compiled && compilation.is_object() && compilation.value("hw_arch", std::string()) == mHwArch) {
        a = allocation();
    } else {
        std::optional<QuantizedModel> model;
        if (state() == ModelState::Quantized || state() == ModelState::Compiled) model = quantizedModel();
        a = compileFor(graph(), model ? &*model : nullptr, mHwArch, script, progress);
        in.compiledImplicitly = true;
    }
    in.allocation = &a;
    if (har().metadata.contains("quantization")) in.quantization = har().metadata["quantization"];
    if (auto it = har().extraMembers.find(graph().name + ".noise.json"); it != har().extraMembers.end())
        in.noise = nlohmann::json::parse(it->second, nullptr, false);  // a damaged report is left out
    return profileReport(in);
}

std::string Runner::reportHtml(const nlohmann::ordered_json& report) { return profileHtml(report); }
std::string Runner::reportCsv(const nlohmann::ordered_json& report) { return profileCsv(report); }
ReportComparison Runner::compareReports(const nlohmann::ordered_json& before, const nlohmann::ordered_json& after)
{
    return dfc::compareReports(before, after);
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

NoiseReport Runner::analyzeNoise(const CalibrationOptions& data, const Progress& progress, bool perLayer)
{
    const QuantizedModel model = quantizedModel();
    const CalibrationOptions options = data.withDefaults(CalibrationSettings());
    const CalibrationSet set = loadCalibrationSet(graph(), options, progress);
    NoiseReport report = dfc::analyzeNoise(graph(), model, set, options.batchSize, progress, perLayer);
    if (perLayer) mHar->extraMembers[graph().name + ".noise.json"] = noiseReportJson(report, graph(), model).dump();
    return report;
}

std::optional<NoiseReport> Runner::noiseReport() const
{
    const std::string member = graph().name + ".noise.json";
    auto it = har().extraMembers.find(member);
    if (it == har().extraMembers.end()) return std::nullopt;
    const nlohmann::json j = nlohmann::json::parse(it->second, nullptr, false);
    if (j.is_discarded()) fail(ErrorCode::InvalidFormat, "not JSON", member);
    return noiseReportFromJson(j, member);
}

std::vector<ActivationStats> Runner::storedActivationStatistics() const
{
    const std::string member = graph().name + ".stats.json";
    auto it = har().extraMembers.find(member);
    if (it == har().extraMembers.end()) return {};
    const nlohmann::json j = nlohmann::json::parse(it->second, nullptr, false);
    if (j.is_discarded()) fail(ErrorCode::InvalidFormat, "not JSON", member);
    return activationStatisticsFromJson(j, member);
}

std::string Runner::paramsCsv() const { return weightStatisticsCsv(weightStatistics(graph())); }

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
    if (mode == InferMode::Hardware && state != ModelState::Compiled)
        fail(ErrorCode::InvalidArgument, std::string("the HAR is ") + modelStateName(state) + ": --mode hw runs the compiled binary; run dfc compiler first");
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
    // The runtime swaps height and width of a transposed network itself, as HailoRT does.
    if (mode == InferMode::Hardware) return HefRuntime(readHef(hef(), graph().name + ".hef")).run(inputs, progress).outputs;
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

TensorsByName inferHefFile(const std::string& path, const TensorsByName& inputs, const Progress& progress)
{
    return HefRuntime::fromFile(path).run(inputs, progress).outputs;
}

}  // namespace dfc
