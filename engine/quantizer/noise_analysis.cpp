#include "quantizer/noise_analysis.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/error.h"
#include "emulator/executor.h"
#include "emulator/quantized_executor.h"

namespace dfc {
namespace {

constexpr size_t kScatterSamples = 256;
constexpr int kWeightBins = 128;

/// Accumulates Σ ref² and Σ (ref − test)² per name.
struct PowerSums {
    std::map<std::string, double> signal, noise;
    void add(const std::string& name, const Tensor& ref, const Tensor& test)
    {
        if (ref.size() != test.size()) fail(ErrorCode::Internal, "compared tensors differ in size", {}, name);
        double s = 0, n = 0;
        for (int64_t i = 0; i < ref.size(); ++i) {
            const double d = double(ref.data[i]) - test.data[i];
            s += double(ref.data[i]) * ref.data[i];
            n += d * d;
        }
        signal[name] += s;
        noise[name] += n;
    }
    double db(const std::string& name) const { return snrDb({signal.at(name)}, {noise.at(name)}); }
};

bool analyzed(const Layer& l) { return l.type() != "output_layer"; }

}  // namespace

double snrDb(const std::vector<double>& signalPower, const std::vector<double>& noisePower)
{
    double s = 0, n = 0;
    for (double v : signalPower) s += v;
    for (double v : noisePower) n += v;
    if (n <= 0) return kSnrCapDb;
    if (s <= 0) return -kSnrCapDb;
    return std::min(kSnrCapDb, 10.0 * std::log10(s / n));
}

std::vector<const LayerNoise*> NoiseReport::ranking() const
{
    std::vector<const LayerNoise*> r;
    for (const LayerNoise& l : layers) r.push_back(&l);
    auto worst = [](const LayerNoise* l) { return l->outputSnrDb.empty() ? kSnrCapDb : *std::min_element(l->outputSnrDb.begin(), l->outputSnrDb.end()); };
    std::stable_sort(r.begin(), r.end(), [&](const LayerNoise* a, const LayerNoise* b) { return worst(a) < worst(b); });
    return r;
}

NoiseReport analyzeNoise(const Graph& graph, const QuantizedModel& model, const CalibrationSet& data, int64_t batchSize,
                         const Progress& progress)
{
    if (data.size <= 0) fail(ErrorCode::InvalidArgument, "no data to analyze with");
    batchSize = std::max<int64_t>(1, batchSize);
    NoiseReport report;
    report.images = data.size;
    for (const Layer* l : graph.outputLayers()) report.outputs.push_back(l->name);
    std::vector<const Layer*> layers;
    for (const Layer* l : graph.topoOrder())
        if (analyzed(*l)) layers.push_back(l);
    const Executor floatRun(graph);
    QuantizedExecutor quantRun(graph, model);
    const double steps = double(layers.size() + 1);
    PowerSums full, onLayer;
    std::map<std::string, PowerSums> single;
    std::map<std::string, std::vector<std::pair<float, float>>> scatter;
    for (int64_t i = 0; i < data.size; i += batchSize) {
        const TensorsByName batch = calibrationBatch(data, i, std::min(data.size, i + batchSize));
        const double batchFrom = double(i) / data.size, batchSpan = double(std::min(batchSize, data.size - i)) / data.size;
        progress.checkCancelled();
        progress.update(batchFrom, "all layers quantized");
        const EmulatorRun ref = floatRun.run(batch, true);
        quantRun.quantizeOnly(std::nullopt);
        const QuantizedRun all = quantRun.run(batch, true);
        for (const auto& [name, t] : ref.outputs) full.add(name, t, all.outputs.at(name));
        for (const Layer* l : layers) {
            const Tensor& r = ref.intermediates.at(l->name);
            const Tensor& q = all.intermediates.at(l->name);
            onLayer.add(l->name, r, q);
            auto& samples = scatter[l->name];
            const int64_t stride = std::max<int64_t>(1, r.size() / int64_t(kScatterSamples));
            for (int64_t k = 0; k < r.size() && samples.size() < kScatterSamples; k += stride) samples.emplace_back(r.data[k], q.data[k]);
        }
        for (size_t k = 0; k < layers.size(); ++k) {
            progress.checkCancelled();
            progress.update(batchFrom + batchSpan * double(k + 1) / steps, "quantizing " + layers[k]->name + " alone");
            quantRun.quantizeOnly(std::set<std::string>{layers[k]->name});
            const QuantizedRun one = quantRun.run(batch);
            for (const auto& [name, t] : ref.outputs) single[layers[k]->name].add(name, t, one.outputs.at(name));
        }
    }
    for (const std::string& o : report.outputs) report.fullOutputSnrDb.push_back(full.db(o));
    for (const Layer* l : layers) {
        LayerNoise n;
        n.layer = l->name;
        for (const std::string& o : report.outputs) n.outputSnrDb.push_back(single.at(l->name).db(o));
        n.onLayerSnrDb = onLayer.db(l->name);
        n.scatter = std::move(scatter[l->name]);
        report.layers.push_back(std::move(n));
    }
    progress.update(1.0, "done");
    return report;
}

nlohmann::ordered_json noiseReportJson(const NoiseReport& report, const Graph& graph, const QuantizedModel& model)
{
    nlohmann::ordered_json j;
    j["images"] = report.images;
    j["outputs"] = report.outputs;
    j["full_quantization_snr_db"] = report.fullOutputSnrDb;
    j["layers"] = nlohmann::ordered_json::array();
    for (const LayerNoise& n : report.layers) {
        nlohmann::ordered_json l;
        l["layer"] = n.layer;
        l["output_snr_db"] = n.outputSnrDb;
        l["on_layer_snr_db"] = n.onLayerSnrDb;
        nlohmann::ordered_json pts = nlohmann::ordered_json::array();
        for (const auto& [a, b] : n.scatter) pts.push_back({a, b});
        l["scatter"] = std::move(pts);
        const Layer& layer = graph.layer(n.layer);
        if (layer.hasWeight("kernel")) {
            const Tensor& k = layer.weight("kernel");
            float lo = k.data.empty() ? 0 : *std::min_element(k.data.begin(), k.data.end());
            float hi = k.data.empty() ? 0 : *std::max_element(k.data.begin(), k.data.end());
            std::vector<int64_t> bins(kWeightBins, 0);
            for (float v : k.data)
                ++bins[static_cast<size_t>(hi > lo ? std::clamp<int64_t>(int64_t((v - lo) / (hi - lo) * kWeightBins), 0, kWeightBins - 1) : 0)];
            l["weight_histogram"] = {{"min", lo}, {"max", hi}, {"bins", bins}};
        }
        const LayerQuant& q = model.at(n.layer);
        l["output_bits"] = q.output.bits;
        if (q.weightBits) l["weight_bits"] = q.weightBits;
        j["layers"].push_back(std::move(l));
    }
    nlohmann::ordered_json ranking = nlohmann::ordered_json::array();
    for (const LayerNoise* n : report.ranking()) ranking.push_back(n->layer);
    j["ranking_worst_first"] = std::move(ranking);
    return j;
}

}  // namespace dfc
