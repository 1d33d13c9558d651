#include "quantizer/statistics.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <sstream>

#include "core/error.h"
#include "emulator/executor.h"
#include "quantizer/quant_math.h"

namespace dfc {
namespace {

std::string csvField(const std::string& s)
{
    if (s.find_first_of(",\"\n") == std::string::npos) return s;
    std::string q = "\"";
    for (char c : s) q += c == '"' ? std::string("\"\"") : std::string(1, c);
    return q + "\"";
}

template <typename F>
void forEachBatch(const Graph& graph, const CalibrationSet& set, int64_t batchSize, const Progress& progress,
                  double from, double span, F&& visit)
{
    Executor ex(graph);
    std::vector<std::string> tabled;  // table activations need the range; bias correction probes all
    for (const Layer* l : graph.topoOrder())
        if (layerActivation(*l) != "linear") tabled.push_back(l->name);
    ex.recordPreActivations(tabled);
    for (int64_t i = 0; i < set.size; i += batchSize) {
        progress.checkCancelled();
        progress.update(from + span * double(i) / set.size, "collecting statistics");
        visit(ex.run(calibrationBatch(set, i, std::min(set.size, i + batchSize)), true));
    }
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
    auto checkFinite = [](const std::string& layer, float v) {
        if (!std::isfinite(v)) fail(ErrorCode::InvalidArgument, "layer '" + layer + "' produced NaN or infinity on the calibration set");
    };
    forEachBatch(graph, set, batchSize, progress, 0.0, 0.5, [&](const EmulatorRun& run) {
        for (const auto& [layer, t] : run.intermediates) {
            if (t.data.empty()) continue;
            auto [it, fresh] = stats.try_emplace(layer);
            ActivationStats& s = it->second;
            if (fresh) s.layer = layer, s.min = s.max = t.data[0];
            for (float v : t.data) {
                checkFinite(layer, v);
                s.min = std::min<double>(s.min, v);
                s.max = std::max<double>(s.max, v);
                sums[layer] += v;
            }
            s.count += t.size();
        }
        for (const auto& [layer, t] : run.preActivations) {
            ActivationStats& s = stats.at(layer);
            if (t.data.empty()) continue;
            if (!s.hasPreActivation) s.hasPreActivation = true, s.preMin = s.preMax = t.data[0];
            for (float v : t.data) {
                checkFinite(layer, v);
                s.preMin = std::min<double>(s.preMin, v);
                s.preMax = std::max<double>(s.preMax, v);
            }
        }
    });
    for (auto& [layer, s] : stats) {
        s.mean = sums[layer] / std::max<int64_t>(1, s.count);
        s.histogram.assign(kHistogramBins, 0);
    }
    forEachBatch(graph, set, batchSize, progress, 0.5, 0.5, [&](const EmulatorRun& run) {
        for (const auto& [layer, t] : run.intermediates) {
            auto it = stats.find(layer);
            if (it == stats.end()) continue;
            ActivationStats& s = it->second;
            const double width = (s.max - s.min) / kHistogramBins;
            for (float v : t.data) {
                const int64_t b = width > 0 ? std::clamp<int64_t>(static_cast<int64_t>((v - s.min) / width), 0, kHistogramBins - 1) : 0;
                ++s.histogram[static_cast<size_t>(b)];
            }
        }
    });
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
