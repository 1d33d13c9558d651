#include "quantizer/bias_correction.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/error.h"
#include "emulator/executor.h"
#include "emulator/quantized_executor.h"

namespace dfc {
namespace {

/// Per-channel sums of a channel-last tensor, added into `sum`.
void addChannelSums(const Tensor& t, std::vector<double>& sum, int64_t& count)
{
    const int64_t c = t.shape.back(), rows = t.size() / c;
    if (sum.empty()) sum.assign(static_cast<size_t>(c), 0.0);
    for (int64_t r = 0; r < rows; ++r) {
        const float* row = t.data.data() + r * c;
        for (int64_t j = 0; j < c; ++j) sum[static_cast<size_t>(j)] += row[j];
    }
    count += rows;
}

using ChannelMeans = std::map<std::string, std::vector<double>>;

template <typename RunFn>
ChannelMeans measure(const std::vector<std::string>& layers, const CalibrationSet& set, int64_t images, int64_t batchSize, RunFn run)
{
    ChannelMeans sums;
    std::map<std::string, int64_t> counts;
    for (const std::string& l : layers) sums[l], counts[l];  // no insertion below: threads share the maps
    for (int64_t i = 0; i < images; i += batchSize) {
        const std::map<std::string, Tensor> values = run(calibrationBatch(set, i, std::min(images, i + batchSize)));
#pragma omp parallel for schedule(dynamic)
        for (size_t j = 0; j < layers.size(); ++j)
            if (auto it = values.find(layers[j]); it != values.end()) addChannelSums(it->second, sums.at(layers[j]), counts.at(layers[j]));
    }
    for (auto& [l, s] : sums)
        for (double& v : s) v /= double(std::max<int64_t>(1, counts[l]));
    return sums;
}

/// A layer's values before its activation: the probes for activated layers, outputs otherwise.
std::map<std::string, Tensor> merged(TensorsByName pre, const TensorsByName& outputs)
{
    for (const auto& [name, t] : outputs) pre.emplace(name, t);
    return pre;
}

}  // namespace

std::vector<BiasCorrectionReport> correctBiases(const Graph& graph, const std::vector<ActivationStats>& stats, QuantizedModel& model,
                                                const CalibrationSet& set, int64_t images, int64_t batchSize,
                                                const Progress& progress)
{
    images = std::min(images, set.size);
    if (images <= 0) return {};
    std::map<std::string, const ActivationStats*> byLayer;
    for (const auto& s : stats) byLayer[s.layer] = &s;
    std::vector<std::string> layers, activated;
    std::map<std::string, QuantParams> probes;
    for (const Layer* l : graph.topoOrder()) {
        const LayerQuant& q = model.at(l->name);
        if (q.bias.empty() || q.kernelScale.empty() || l->inputs.size() != 1) continue;
        if (std::find(q.algorithms.begin(), q.algorithms.end(), "adaround") != q.algorithms.end()) continue;
        const ActivationStats* s = byLayer.count(l->name) ? byLayer.at(l->name) : nullptr;
        const bool linear = layerActivation(*l) == "linear";
        if (!s || (!linear && !s->hasPreActivation))
            fail(ErrorCode::InvalidArgument, "no pre-activation statistics (collect statistics again)", {}, l->name);
        layers.push_back(l->name);
        if (!linear) activated.push_back(l->name);
        probes[l->name] = linear ? activationParams(s->min, s->max, 16) : activationParams(s->preMin, s->preMax, 16);
    }
    Executor floatRun(graph);
    floatRun.recordPreActivations(activated);
    QuantizedExecutor shadowRun(graph, model);
    shadowRun.quantizeOnly(std::set<std::string>{});  // float everywhere; the probes are integer
    shadowRun.recordPreActivations(probes);
    int64_t done = 0;
    auto step = [&] {
        progress.checkCancelled();
        progress.update(0.5 * double(done++) * batchSize / images, "bias correction");
    };
    const ChannelMeans reference = measure(layers, set, images, batchSize, [&](const TensorsByName& batch) {
        step();
        const EmulatorRun r = floatRun.run(batch, true);
        return merged(r.preActivations, r.intermediates);
    });
    const ChannelMeans measured = measure(layers, set, images, batchSize, [&](const TensorsByName& batch) {
        step();
        return shadowRun.run(batch).preActivations;
    });
    std::vector<BiasCorrectionReport> out;
    for (const std::string& name : layers) {
        LayerQuant& q = model.layers.at(name);
        const std::vector<double> accScale = q.accumulatorScales(model.at(graph.layer(name).inputs[0]).output.scale);
        const std::vector<double>& want = reference.at(name);
        const std::vector<double>& got = measured.at(name);
        if (want.size() != q.bias.size() || got.size() != q.bias.size())
            fail(ErrorCode::Internal, "bias correction measured no values for this layer", {}, name);
        double shift = 0;
        for (size_t c = 0; c < q.bias.size(); ++c) {
            const double error = got[c] - want[c];
            shift += std::fabs(error);
            const double corrected = double(q.bias[c]) - std::round(error / accScale[c]);
            q.bias[c] = static_cast<int64_t>(std::clamp(corrected, -double(kBiasLimit), double(kBiasLimit)));
        }
        q.algorithms.push_back("bias_correction");
        out.push_back({name, shift / double(std::max<size_t>(1, q.bias.size()))});
    }
    return out;
}

}  // namespace dfc
