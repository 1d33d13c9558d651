#include "quantizer/statistics.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include "core/error.h"
#include "emulator/executor.h"
#include "quant/quant_math.h"

namespace dfc {
namespace {

std::string csvField(const std::string& s)
{
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string q = "\"";
    for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

/// Layers whose range before the fused activation the quantizer needs (table activations; bias
/// correction probes every non-linear one).
std::vector<std::string> preActivationLayers(const Graph& graph)
{
    std::vector<std::string> out;
    for (const Layer* l : graph.topoOrder())
        if (layerActivation(*l) != "linear") out.push_back(l->name);
    return out;
}

/// Batch outputs are kept for the histogram pass when they fit this budget; otherwise the
/// calibration set runs through the emulator a second time.
constexpr int64_t kCachedActivationBytes = int64_t(3) << 30;

struct RangeScan {
    double min = 0, max = 0, sum = 0;
    bool finite = true;
    std::vector<float> channelMin, channelMax;
};

/// Per-channel range of a channel-last tensor.
void scanChannels(const Tensor& t, RangeScan& r)
{
    const int64_t c = t.shape.size() >= 2 ? t.shape.back() : 0;
    if (c <= 0) return;
    r.channelMin.assign(t.data.begin(), t.data.begin() + c);
    r.channelMax = r.channelMin;
    for (int64_t row = 1; row < t.size() / c; ++row) {
        const float* v = t.data.data() + row * c;
        for (int64_t j = 0; j < c; ++j) {
            r.channelMin[j] = std::min(r.channelMin[j], v[j]);
            r.channelMax[j] = std::max(r.channelMax[j], v[j]);
        }
    }
}

RangeScan scanRange(const Tensor& t)
{
    RangeScan r;
    float lo = t.data[0], hi = t.data[0];
    double sum = 0;
    bool finite = true;
    for (float v : t.data) {
        finite &= std::isfinite(v);
        lo = std::min(lo, v);
        hi = std::max(hi, v);
        sum += v;
    }
    r.min = lo, r.max = hi, r.sum = sum, r.finite = finite;
    return r;
}

/// One pass of range collection over a batch's outputs: layers are scanned in parallel, each by
/// one thread, so no two threads touch the same statistics.
void accumulateRanges(const EmulatorRun& run, std::map<std::string, ActivationStats>& stats,
                      std::map<std::string, double>& sums)
{
    struct Item {
        const Tensor* tensor;
        ActivationStats* stats;
        double* sum;  // null for a pre-activation
    };
    std::vector<Item> items;
    for (const auto& [layer, t] : run.intermediates)
        if (!t.data.empty()) {
            auto [it, fresh] = stats.try_emplace(layer);
            if (fresh) it->second.layer = layer, it->second.min = t.data[0], it->second.max = t.data[0];
            items.push_back({&t, &it->second, &sums[layer]});
        }
    for (const auto& [layer, t] : run.preActivations)
        if (!t.data.empty()) {
            ActivationStats& s = stats.at(layer);
            if (!s.hasPreActivation) s.hasPreActivation = true, s.preMin = s.preMax = t.data[0];
            items.push_back({&t, &s, nullptr});
        }
    std::vector<RangeScan> scans(items.size());
#pragma omp parallel for schedule(dynamic)
    for (size_t i = 0; i < items.size(); ++i) {
        scans[i] = scanRange(*items[i].tensor);
        if (items[i].sum) scanChannels(*items[i].tensor, scans[i]);
    }
    for (size_t i = 0; i < items.size(); ++i) {
        ActivationStats& s = *items[i].stats;
        if (!scans[i].finite)
            fail(ErrorCode::InvalidArgument, "layer '" + s.layer + "' produced NaN or infinity on the calibration set");
        if (items[i].sum) {
            s.min = std::min(s.min, scans[i].min), s.max = std::max(s.max, scans[i].max);
            *items[i].sum += scans[i].sum;
            if (s.channelMin.empty()) {
                s.channelMin = scans[i].channelMin, s.channelMax = scans[i].channelMax;
            } else if (s.channelMin.size() == scans[i].channelMin.size()) {
                for (size_t j = 0; j < s.channelMin.size(); ++j) {
                    s.channelMin[j] = std::min(s.channelMin[j], scans[i].channelMin[j]);
                    s.channelMax[j] = std::max(s.channelMax[j], scans[i].channelMax[j]);
                }
            }
            s.count += items[i].tensor->size();
        } else {
            s.preMin = std::min(s.preMin, scans[i].min), s.preMax = std::max(s.preMax, scans[i].max);
        }
    }
}

void accumulateHistograms(const TensorsByName& outputs, std::map<std::string, ActivationStats>& stats)
{
    std::vector<std::pair<const Tensor*, ActivationStats*>> items;
    for (const auto& [layer, t] : outputs)
        if (auto it = stats.find(layer); it != stats.end()) items.emplace_back(&t, &it->second);
#pragma omp parallel for schedule(dynamic)
    for (size_t i = 0; i < items.size(); ++i) {
        ActivationStats& s = *items[i].second;
        const double width = (s.max - s.min) / kHistogramBins;
        for (float v : items[i].first->data) {
            const int64_t b = width > 0 ? std::clamp<int64_t>(static_cast<int64_t>((v - s.min) / width), 0, kHistogramBins - 1) : 0;
            ++s.histogram[static_cast<size_t>(b)];
        }
    }
}

int64_t tensorBytes(const TensorsByName& tensors)
{
    int64_t bytes = 0;
    for (const auto& [name, t] : tensors) bytes += t.size() * int64_t(sizeof(float));
    return bytes;
}

}  // namespace

std::vector<WeightStats> weightStatistics(const Graph& graph)
{
    std::vector<WeightStats> out;
    for (const Layer* l : graph.topoOrder())
        for (const auto& [name, w] : l->weights) {
            WeightStats s{l->name, l->hnType(), name, w.shape, w.size()};
            if (w.data.empty()) {
                out.push_back(s);
                continue;
            }
            double sum = 0, sq = 0;
            int64_t zeros = 0;
            s.min = s.max = w.data[0];
            for (float v : w.data) {
                s.min = std::min<double>(s.min, v);
                s.max = std::max<double>(s.max, v);
                sum += v;
                sq += double(v) * v;
                zeros += v == 0;
            }
            s.mean = sum / w.size();
            s.stddev = std::sqrt(std::max(0.0, sq / w.size() - s.mean * s.mean));
            s.absMax = std::max(std::fabs(s.min), std::fabs(s.max));
            s.zeroFraction = double(zeros) / w.size();
            const int64_t channels = w.shape.empty() ? 1 : w.shape.back();
            std::vector<double> channelMax(static_cast<size_t>(channels), 0.0);
            for (int64_t i = 0; i < w.size(); ++i)
                channelMax[static_cast<size_t>(i % channels)] = std::max(channelMax[static_cast<size_t>(i % channels)], double(std::fabs(w.data[i])));
            s.channelAbsMaxMin = *std::min_element(channelMax.begin(), channelMax.end());
            s.channelAbsMaxMax = *std::max_element(channelMax.begin(), channelMax.end());
            out.push_back(s);
        }
    return out;
}

std::string weightStatisticsCsv(const std::vector<WeightStats>& stats)
{
    std::ostringstream csv;
    csv.precision(9);
    csv << "layer,type,weight,shape,count,min,max,mean,std,abs_max,zero_fraction,channel_abs_max_min,channel_abs_max_max\n";
    for (const auto& s : stats)
        csv << csvField(s.layer) << ',' << s.type << ',' << s.weight << ',' << csvField(shapeToString(s.shape, "x")) << ','
            << s.count << ',' << s.min << ',' << s.max << ',' << s.mean << ',' << s.stddev << ',' << s.absMax << ','
            << s.zeroFraction << ',' << s.channelAbsMaxMin << ',' << s.channelAbsMaxMax << '\n';
    return csv.str();
}

double ActivationStats::percentile(double p) const
{
    if (histogram.empty() || count == 0 || max <= min) return min;
    const double target = std::clamp(p, 0.0, 100.0) / 100.0 * count;
    double seen = 0;
    const double width = (max - min) / histogram.size();
    for (size_t b = 0; b < histogram.size(); ++b) {
        if (seen + histogram[b] >= target && histogram[b] > 0)
            return min + width * (b + (target - seen) / histogram[b]);
        seen += histogram[b];
    }
    return max;
}

std::vector<ActivationStats> activationStatistics(const Graph& graph, const CalibrationSet& set, int64_t batchSize,
                                                  const Progress& progress)
{
    if (set.size <= 0) fail(ErrorCode::InvalidArgument, "the calibration set is empty");
    if (batchSize <= 0) fail(ErrorCode::InvalidArgument, "the batch size must be positive");
    std::map<std::string, ActivationStats> stats;
    std::map<std::string, double> sums;
    Executor ex(graph);
    ex.recordPreActivations(preActivationLayers(graph));
    std::vector<TensorsByName> cached;  // batch outputs for the histogram pass, while they fit
    bool caching = true;
    int64_t cachedBytes = 0;
    for (int64_t i = 0; i < set.size; i += batchSize) {
        progress.checkCancelled();
        progress.update(0.5 * double(i) / set.size, "collecting statistics");
        EmulatorRun run = ex.run(calibrationBatch(set, i, std::min(set.size, i + batchSize)), true);
        accumulateRanges(run, stats, sums);
        cachedBytes += tensorBytes(run.intermediates);
        caching = caching && cachedBytes <= kCachedActivationBytes;
        if (caching) cached.push_back(std::move(run.intermediates));
        else cached.clear();
    }
    for (auto& [layer, s] : stats) {
        s.mean = sums[layer] / std::max<int64_t>(1, s.count);
        s.histogram.assign(kHistogramBins, 0);
    }
    if (caching) {
        for (const TensorsByName& outputs : cached) accumulateHistograms(outputs, stats);
    } else {
        Executor second(graph);
        for (int64_t i = 0; i < set.size; i += batchSize) {
            progress.checkCancelled();
            progress.update(0.5 + 0.5 * double(i) / set.size, "collecting histograms");
            accumulateHistograms(second.run(calibrationBatch(set, i, std::min(set.size, i + batchSize)), true).intermediates,
                                 stats);
        }
    }
    std::vector<ActivationStats> out;
    for (const Layer* l : graph.topoOrder())
        if (auto it = stats.find(l->name); it != stats.end()) out.push_back(std::move(it->second));
    return out;
}

nlohmann::ordered_json activationStatisticsJson(const std::vector<ActivationStats>& stats)
{
    nlohmann::ordered_json j = nlohmann::ordered_json::object();
    for (const auto& s : stats)
    {
        j[s.layer] = {{"min", s.min}, {"max", s.max}, {"mean", s.mean}, {"count", s.count},
                      {"p0.01", s.percentile(0.01)}, {"p99.99", s.percentile(99.99)}, {"histogram", s.histogram}};
        if (s.hasPreActivation) j[s.layer]["pre_activation"] = {{"min", s.preMin}, {"max", s.preMax}};
    }
    return j;
}

std::vector<ActivationStats> activationStatisticsFromJson(const nlohmann::json& j, const std::string& what)
{
    if (!j.is_object()) fail(ErrorCode::InvalidFormat, "activation statistics must be an object", what);
    std::vector<ActivationStats> out;
    for (const auto& [layer, v] : j.items()) {
        try {
            ActivationStats s;
            s.layer = layer;
            s.min = v.at("min").get<double>();
            s.max = v.at("max").get<double>();
            s.mean = v.at("mean").get<double>();
            s.count = v.at("count").get<int64_t>();
            s.histogram = v.at("histogram").get<std::vector<int64_t>>();
            if (!(s.min <= s.max) || s.count < 0) fail(ErrorCode::InvalidFormat, "bad range or count", what, layer);
            if (v.contains("pre_activation")) {
                s.hasPreActivation = true;
                s.preMin = v["pre_activation"].at("min").get<double>();
                s.preMax = v["pre_activation"].at("max").get<double>();
                if (!(s.preMin <= s.preMax)) fail(ErrorCode::InvalidFormat, "bad pre-activation range", what, layer);
            }
            out.push_back(std::move(s));
        } catch (const nlohmann::json::exception& e) {
            fail(ErrorCode::InvalidFormat, std::string("activation statistics: ") + e.what(), what, layer);
        }
    }
    return out;
}

}  // namespace dfc
