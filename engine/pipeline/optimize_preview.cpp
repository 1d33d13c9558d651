#include "pipeline/optimize_preview.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>

#include "pipeline/runner.h"
#include "quantizer/model_modifications.h"

namespace dfc {

namespace {

// Float passes per calibration item, measured (2 threads) as stage seconds over the time of a
// plain float pass: MobileNetV2 with 64 items, statistics 6.3 s and bias correction 12.8 s against
// 78 ms per item; PP-OCRv4 rec (48×320) with 32 items, statistics 4.3 s against 63 ms per item.
constexpr double kStatisticsPasses = 1.6;      // the pass plus the histograms (1.25 and 2.1 measured)
constexpr double kBiasCorrectionPasses = 2.6;  // a float and a quantized pass, layer by layer
constexpr double kRowCollectionPasses = 2.0;   // AdaRound's inputs and targets
// AdaRound's training step on a layer of k×c weights and b rows costs about (4b + kElementwise)
// k·c floating-point operations (two matrix products, then the soft-rounding and Adam updates per
// weight); Eigen's products run kMatmulSpeedup times the rate of the float pass's kernels.
constexpr double kElementwise = 60;
constexpr double kMatmulSpeedup = 2.0;
// mix_precision_search when the 8-bit model misses its target (assumed: the estimate is an upper
// bound): each layer quantized alone (about half a pass each, the float part upstream reused) and
// about a dozen measured configurations, over dataset_size items. PP-OCRv4 rec (86 layers, 16
// items, 63 ms per float item): (12 + 43) × 16 × 63 ms = 55 s estimated, 55–61 s measured.
constexpr double kSearchConfigurations = 12;
constexpr double kAlonePassShare = 0.5;
// Fine-tuning per training item and epoch: the native target pass, the fake-quantized forward
// pass and the backward pass (about twice a forward pass); plus the held-out items measured twice
// in float and integers. A first estimate from the pass structure, not yet fitted to timings.
constexpr double kFinetunePassesPerItem = 5.0;
constexpr double kFinetuneJudgePasses = 4.0;

}  // namespace

double OptimizeEstimate::seconds() const
{
    double s = 0;
    for (const auto& [stage, t] : stageSeconds) s += t;
    return s;
}

OptimizeEstimate estimateOptimize(const Graph& graph, const QuantizationConfig& c, int64_t items, double f, bool randomData)
{
    OptimizeEstimate e;
    items = std::max<int64_t>(1, items);
    e.stageSeconds["statistics"] = kStatisticsPasses * double(items) * f;
    if (c.biasCorrection)
        e.stageSeconds["bias_correction"] = kBiasCorrectionPasses * double(std::min(items, c.biasCorrectionImages)) * f;
    if (c.precisionSearch.runsOn(randomData)) {
        const double layers = double(graph.topoOrder().size());
        e.stageSeconds["mix_precision_search"] =
            (kSearchConfigurations + kAlonePassShare * layers) * double(std::min(items, c.precisionSearch.datasetSize)) * f;
    }
    if (c.finetune.runsOn(randomData)) {
        const int64_t images = std::min(items, c.finetune.datasetSize), held = std::max<int64_t>(1, images / 8);
        e.stageSeconds["finetune"] =
            (kFinetunePassesPerItem * double(c.finetune.epochs) * double(images - held) + kFinetuneJudgePasses * double(held)) * f;
    }
    if (c.adaround.enabled) {
        const int64_t images = std::min(items, c.adaround.datasetSize);
        const double flopsPerSecond = 2.0 * double(std::max<int64_t>(1, graph.totalMacs())) / std::max(f, 1e-9) * kMatmulSpeedup;
        const double iterations = double(c.adaround.iterations(images));
        const double rows = std::min<double>(double(c.adaround.options.rowsPerStep), double(c.adaround.options.maxRows));
        double flops = 0;
        for (const Layer* l : graph.topoOrder()) {
            const auto kernel = l->weights.find("kernel");
            const bool trained = c.adaround.trainAll || c.adaround.layerPolicy.count(l->name);
            if (kernel != l->weights.end() && trained) flops += double(kernel->second.size()) * iterations * (4 * rows + kElementwise);
        }
        e.stageSeconds["adaround"] = kRowCollectionPasses * double(images) * f + flops / flopsPerSecond;
    }
    return e;
}

double timeFloatPass(const Runner& runner, const CalibrationSet& set, int64_t items)
{
    if (set.size <= 0) return 0;
    using Clock = std::chrono::steady_clock;
    const int64_t first = set.size > 1 ? 1 : 0;  // the first pass pays for allocations
    if (first) runner.infer(InferMode::Native, calibrationBatch(set, 0, 1));
    const int64_t last = std::min(set.size, first + std::max<int64_t>(1, items));
    const auto start = Clock::now();
    runner.infer(InferMode::Native, calibrationBatch(set, first, last));
    return std::chrono::duration<double>(Clock::now() - start).count() / double(last - first);
}

Graph withModifications(const Graph& native, const ModelScript& script)
{
    Graph g = native;
    applyModelModifications(g, script);
    return g;
}

std::vector<std::string> normalizationHints(const Graph& graph, const CalibrationSet& set)
{
    std::vector<std::string> hints;
    for (const auto& [name, tensor] : set.inputs) {
        const Layer* in = graph.find(name);
        if (!in || tensor.size() == 0) continue;
        bool normalized = false;
        for (const std::string& next : in->outputs) normalized |= graph.layer(next).type() == "normalization";
        const auto [lo, hi] = std::minmax_element(tensor.data.begin(), tensor.data.end());
        if (normalized || std::max(std::abs(*lo), std::abs(*hi)) <= 2.0f) continue;
        char range[64];
        std::snprintf(range, sizeof range, "[%g, %g]", double(*lo), double(*hi));
        hints.push_back("input " + name + " receives values in " + range +
                        " and nothing normalizes them; if the model was trained on normalized values (most are: [0, 1], "
                        "[-1, 1] or a mean and std), add it to the script, e.g. normalization([127.5, 127.5, 127.5], "
                        "[127.5, 127.5, 127.5]) for [-1, 1]");
    }
    return hints;
}

std::map<std::string, Tensor> scriptNormalizedInputs(const Graph& native, const ModelScript& script,
                                                     std::map<std::string, Tensor> inputs)
{
    const Graph g = withModifications(native, script);
    for (auto& [name, tensor] : inputs) {
        const Layer* in = g.find(name);
        if (!in || in->outputs.size() != 1) continue;
        const Layer& next = g.layer(in->outputs[0]);
        // Only a normalization the script added: one the source model had is part of the model.
        if (next.type() != "normalization" || native.find(next.name)) continue;
        const Tensor& k = next.weights.at("kernel");
        const Tensor& b = next.weights.at("bias");
        const int64_t channels = k.size();
        if (channels <= 0 || tensor.size() % channels) continue;
        for (int64_t i = 0; i < tensor.size(); ++i) {
            float& v = tensor.data[static_cast<size_t>(i)];
            v = v * k.data[static_cast<size_t>(i % channels)] + b.data[static_cast<size_t>(i % channels)];
        }
    }
    return inputs;
}

}  // namespace dfc
