#include "quantizer/noise_analysis.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/error.h"
#include "emulator/executor.h"
#include "emulator/quantized_executor.h"
#include "quantizer/power_sums.h"

namespace dfc {
namespace {

constexpr size_t kScatterSamples = 256;
constexpr int kWeightBins = 128;

bool analyzed(const Layer& l) { return l.type() != "output_layer"; }

constexpr int kMagnitudeBins = 256;

/// A layer's float values against its chosen output encoding, accumulated over batches.
struct RangeFacts {
    int64_t count = 0, clipped = 0;
    std::vector<int64_t> magnitude = std::vector<int64_t>(kMagnitudeBins, 0);  ///< |x| over [0, reach]
    std::vector<float> channelAbsMax;

    void add(const Tensor& t, const QuantParams& q)
    {
        const double lo = q.dequantize(q.qmin) - q.scale / 2, hi = q.dequantize(q.qmax) + q.scale / 2;
        const double reach = std::max(std::abs(lo), std::abs(hi));
        const int64_t channels = t.rank() >= 2 ? t.dim(t.rank() - 1) : 1;
        if (channelAbsMax.empty()) channelAbsMax.assign(size_t(std::max<int64_t>(1, channels)), 0.f);
        for (int64_t i = 0; i < t.size(); ++i) {
            const float v = t.data[i];
            clipped += v < lo || v > hi;
            const double bin = reach > 0 ? std::abs(v) / reach * kMagnitudeBins : 0;
            ++magnitude[size_t(std::clamp<double>(bin, 0, kMagnitudeBins - 1))];
            float& c = channelAbsMax[size_t(i % int64_t(channelAbsMax.size()))];
            c = std::max(c, std::abs(v));
        }
        count += t.size();
    }
    double rangeUse() const
    {
        int64_t seen = 0;
        for (int b = 0; b < kMagnitudeBins; ++b)
            if ((seen += magnitude[size_t(b)]) >= 0.999 * double(count)) return double(b + 1) / kMagnitudeBins;
        return 1;
    }
    double channelSpread() const
    {
        std::vector<float> live;  // dead channels (always zero) are not what sets a scale
        for (float c : channelAbsMax)
            if (c > 0) live.push_back(c);
        if (live.size() < 2) return 1;
        std::nth_element(live.begin(), live.begin() + long(live.size() / 2), live.end());
        const float median = live[live.size() / 2];
        return double(*std::max_element(live.begin(), live.end())) / median;
    }
};

/// Median over output channels of how much of its code range 99 % of a channel's weights use.
double weightRangeUse(const LayerQuant& q)
{
    const size_t channels = q.kernelScale.size();
    if (q.kernel.empty() || channels == 0 || q.kernel.size() % channels) return 1;
    std::vector<std::vector<int32_t>> perChannel(channels);
    for (size_t i = 0; i < q.kernel.size(); ++i) perChannel[i % channels].push_back(std::abs(q.kernel[i]));
    std::vector<double> use;
    for (auto& codes : perChannel) {
        const int32_t top = *std::max_element(codes.begin(), codes.end());
        if (top == 0) continue;  // a dead channel has no step to waste
        const auto p99 = codes.begin() + long(double(codes.size() - 1) * 0.99);
        std::nth_element(codes.begin(), p99, codes.end());
        use.push_back(double(*p99) / top);
    }
    if (use.empty()) return 1;
    std::nth_element(use.begin(), use.begin() + long(use.size() / 2), use.end());
    return use[use.size() / 2];
}

void describeCauses(LayerNoise& n, const RangeFacts& facts, const LayerQuant& q)
{
    n.clippedShare = facts.count ? double(facts.clipped) / double(facts.count) : 0;
    n.rangeUse = facts.rangeUse();
    n.channelSpread = facts.channelSpread();
    n.weightRangeUse = weightRangeUse(q);
    if (n.clippedShare > kClippedShare) n.causes.push_back(NoiseCause::Clipping);
    if (n.rangeUse < kRangeUseFloor) n.causes.push_back(NoiseCause::OutlierRange);
    if (n.channelSpread > kChannelSpreadCeiling) n.causes.push_back(NoiseCause::ChannelSpread);
    if (q.weightBits > 0 && q.weightBits <= 4) n.causes.push_back(NoiseCause::FewWeightBits);
    if (n.weightRangeUse < kRangeUseFloor) n.causes.push_back(NoiseCause::WeightOutliers);
}

}  // namespace

std::string noiseCauseName(NoiseCause cause)
{
    switch (cause) {
    case NoiseCause::Clipping: return "clipping";
    case NoiseCause::OutlierRange: return "outlier_range";
    case NoiseCause::ChannelSpread: return "channel_spread";
    case NoiseCause::FewWeightBits: return "few_weight_bits";
    case NoiseCause::WeightOutliers: return "weight_outliers";
    case NoiseCause::Amplified: return "amplified_downstream";
    }
    return "unknown";
}

double LayerNoise::worstOutputSnrDb() const
{
    return outputSnrDb.empty() ? kSnrCapDb : *std::min_element(outputSnrDb.begin(), outputSnrDb.end());
}

double snrDb(const std::vector<double>& signalPower, const std::vector<double>& noisePower)
{
    double s = 0, n = 0;
    for (double v : signalPower) s += v;
    for (double v : noisePower) n += v;
    if (n <= 0) return kSnrCapDb;
    // No signal, or a noise that overflowed (a layer alone quantized can drive a division
    // downstream to infinity): as bad as it gets, but a number a table and a chart can hold.
    if (s <= 0 || !std::isfinite(n) || !std::isfinite(s)) return -kSnrCapDb;
    return std::clamp(10.0 * std::log10(s / n), -kSnrCapDb, kSnrCapDb);
}

double tensorSnrDb(const Tensor& reference, const Tensor& test)
{
    PowerSums sums;
    sums.add("t", reference, test);
    return sums.db("t");
}

std::vector<const LayerNoise*> NoiseReport::ranking() const
{
    std::vector<const LayerNoise*> r;
    for (const LayerNoise& l : layers) r.push_back(&l);
    std::stable_sort(r.begin(), r.end(), [](const LayerNoise* a, const LayerNoise* b) { return a->worstOutputSnrDb() < b->worstOutputSnrDb(); });
    return r;
}

NoiseReport analyzeNoise(const Graph& graph, const QuantizedModel& model, const CalibrationSet& data, int64_t batchSize,
                         const Progress& progress, bool perLayer)
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
    const double steps = perLayer ? double(layers.size() + 1) : 1.0;
    PowerSums full, onLayer;
    std::map<std::string, RangeFacts> ranges;
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
            ranges[l->name].add(r, model.at(l->name).output);
            auto& samples = scatter[l->name];
            const int64_t stride = std::max<int64_t>(1, r.size() / int64_t(kScatterSamples));
            for (int64_t k = 0; k < r.size() && samples.size() < kScatterSamples; k += stride) samples.emplace_back(r.data[k], q.data[k]);
        }
        quantRun.reuseFloat(&ref.intermediates);
        for (size_t k = 0; perLayer && k < layers.size(); ++k) {
            progress.checkCancelled();
            progress.update(batchFrom + batchSpan * double(k + 1) / steps, "quantizing " + layers[k]->name + " alone");
            quantRun.quantizeOnly(std::set<std::string>{layers[k]->name});
            const QuantizedRun one = quantRun.run(batch);
            for (const auto& [name, t] : ref.outputs) single[layers[k]->name].add(name, t, one.outputs.at(name));
        }
        quantRun.reuseFloat(nullptr);
    }
    for (const std::string& o : report.outputs) report.fullOutputSnrDb.push_back(full.db(o));
    for (const Layer* l : layers) {
        LayerNoise n;
        n.layer = l->name;
        if (perLayer)
            for (const std::string& o : report.outputs) n.outputSnrDb.push_back(single.at(l->name).db(o));
        n.onLayerSnrDb = onLayer.db(l->name);
        n.scatter = std::move(scatter[l->name]);
        describeCauses(n, ranges[l->name], model.at(l->name));
        // Its own values stay close, yet alone it breaks an output: what follows (a division by a
        // variance, an exponent) magnifies a small error, and the range facts cannot show it.
        if (!n.outputSnrDb.empty() && n.onLayerSnrDb >= 10 && n.worstOutputSnrDb() < n.onLayerSnrDb - kAmplifiedDb)
            n.causes.push_back(NoiseCause::Amplified);
        report.layers.push_back(std::move(n));
    }
    progress.update(1.0, "done");
    return report;
}

nlohmann::ordered_json noiseMeasurementsJson(const NoiseReport& report)
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
        l["clipped_share"] = n.clippedShare;
        l["range_use"] = n.rangeUse;
        l["channel_spread"] = n.channelSpread;
        l["weight_range_use"] = n.weightRangeUse;
        l["causes"] = nlohmann::ordered_json::array();
        for (NoiseCause c : n.causes) l["causes"].push_back(noiseCauseName(c));
        nlohmann::ordered_json pts = nlohmann::ordered_json::array();
        for (const auto& [a, b] : n.scatter) pts.push_back({a, b});
        l["scatter"] = std::move(pts);
        j["layers"].push_back(std::move(l));
    }
    nlohmann::ordered_json ranking = nlohmann::ordered_json::array();
    for (const LayerNoise* n : report.ranking()) ranking.push_back(n->layer);
    j["ranking_worst_first"] = std::move(ranking);
    return j;
}

nlohmann::ordered_json noiseReportJson(const NoiseReport& report, const Graph& graph, const QuantizedModel& model)
{
    nlohmann::ordered_json j = noiseMeasurementsJson(report);
    for (auto& l : j["layers"]) {
        const Layer& layer = graph.layer(l["layer"].get<std::string>());
        if (layer.hasWeight("kernel")) {
            const Tensor& k = layer.weight("kernel");
            float lo = k.data.empty() ? 0 : *std::min_element(k.data.begin(), k.data.end());
            float hi = k.data.empty() ? 0 : *std::max_element(k.data.begin(), k.data.end());
            std::vector<int64_t> bins(kWeightBins, 0);
            for (float v : k.data)
                ++bins[static_cast<size_t>(hi > lo ? std::clamp<int64_t>(int64_t((v - lo) / (hi - lo) * kWeightBins), 0, kWeightBins - 1) : 0)];
            l["weight_histogram"] = {{"min", lo}, {"max", hi}, {"bins", bins}};
        }
        const LayerQuant& q = model.at(layer.name);
        l["output_bits"] = q.output.bits;
        if (q.weightBits) l["weight_bits"] = q.weightBits;
    }
    return j;
}

std::vector<std::string> sixteenBitCandidates(const NoiseReport& report, double targetDb, double maxShare)
{
    const size_t budget = size_t(std::max(0.0, maxShare) * double(report.layers.size()));
    std::vector<std::string> out;
    for (const LayerNoise* n : report.ranking())
        if (!n->outputSnrDb.empty() && n->worstOutputSnrDb() < targetDb && out.size() < budget) out.push_back(n->layer);
    return out;
}

NoiseRemedy suggestedRemedy(const LayerNoise& n)
{
    auto has = [&](NoiseCause c) { return std::find(n.causes.begin(), n.causes.end(), c) != n.causes.end(); };
    const std::string& l = n.layer;
    if (has(NoiseCause::FewWeightBits)) return {"quantization_param(" + l + ", precision_mode=a8_w8)", "its weights are 4-bit"};
    if (has(NoiseCause::OutlierRange) && !has(NoiseCause::Clipping))
        return {"pre_quantization_optimization(activation_clipping, layers=[" + l + "], mode=percentile, clipping_values=[0.01, 99.99])",
                "rare outliers set its step"};
    if (has(NoiseCause::WeightOutliers))
        return {"pre_quantization_optimization(weights_clipping, layers=[" + l + "], mode=mmse)", "a few large weights set its step"};
    const std::string why = has(NoiseCause::ChannelSpread) ? "one scale serves channels of very different ranges"
                            : has(NoiseCause::Clipping)    ? "the data leaves its calibrated range"
                                                           : "its range is used well, but what follows magnifies its rounding";
    return {"quantization_param(" + l + ", precision_mode=a16_w16)", why};
}

std::vector<LayerNoiseDelta> compareNoise(const NoiseReport& before, const NoiseReport& after)
{
    std::map<std::string, const LayerNoise*> old;
    for (const LayerNoise& n : before.layers) old[n.layer] = &n;
    std::vector<LayerNoiseDelta> out;
    for (const LayerNoise& n : after.layers) {
        auto it = old.find(n.layer);
        if (it == old.end()) continue;
        LayerNoiseDelta d{n.layer, it->second->onLayerSnrDb, n.onLayerSnrDb, {}, {}};
        if (!n.outputSnrDb.empty() && !it->second->outputSnrDb.empty())
            d.aloneBefore = it->second->worstOutputSnrDb(), d.aloneAfter = n.worstOutputSnrDb();
        out.push_back(std::move(d));
    }
    return out;
}

NoiseReport noiseReportFromJson(const nlohmann::json& j, const std::string& what)
{
    try {
        NoiseReport r;
        r.images = j.at("images").get<int64_t>();
        r.outputs = j.at("outputs").get<std::vector<std::string>>();
        r.fullOutputSnrDb = j.at("full_quantization_snr_db").get<std::vector<double>>();
        for (const auto& l : j.at("layers")) {
            LayerNoise n;
            n.layer = l.at("layer").get<std::string>();
            n.outputSnrDb = l.at("output_snr_db").get<std::vector<double>>();
            n.onLayerSnrDb = l.at("on_layer_snr_db").get<double>();
            for (const auto& p : l.value("scatter", nlohmann::json::array())) n.scatter.emplace_back(p.at(0).get<float>(), p.at(1).get<float>());
            n.clippedShare = l.value("clipped_share", 0.0);  // analyses before 0.2 lack the range facts
            n.rangeUse = l.value("range_use", 1.0);
            n.channelSpread = l.value("channel_spread", 1.0);
            n.weightRangeUse = l.value("weight_range_use", 1.0);
            for (const auto& c : l.value("causes", nlohmann::json::array()))
                for (NoiseCause k : kNoiseCauses)
                    if (c.get<std::string>() == noiseCauseName(k)) n.causes.push_back(k);
            r.layers.push_back(std::move(n));
        }
        if (r.fullOutputSnrDb.size() != r.outputs.size()) fail(ErrorCode::InvalidFormat, "one SNR per output expected", what, "full_quantization_snr_db");
        return r;
    } catch (const nlohmann::json::exception& e) {
        fail(ErrorCode::InvalidFormat, std::string("noise analysis: ") + e.what(), what);
    }
}

}  // namespace dfc
