#include "quantizer/precision_search.h"

#include <algorithm>
#include <cmath>
#include <sstream>

#include "core/error.h"
#include "emulator/executor.h"
#include "emulator/quantized_executor.h"
#include "quantizer/noise_analysis.h"
#include "quantizer/power_sums.h"
#include "quantizer/quantizer.h"

namespace dfc {
namespace {

/// The float outputs of the measured items, computed once: every configuration is compared
/// with the same reference.
class OutputMeter {
public:
    OutputMeter(const Graph& graph, const CalibrationSet& items, int64_t batchSize) : mGraph(graph)
    {
        const Executor floatRun(graph);
        for (int64_t i = 0; i < items.size; i += batchSize) {
            mBatches.push_back(calibrationBatch(items, i, std::min(items.size, i + batchSize)));
            mReference.push_back(floatRun.run(mBatches.back()).outputs);
        }
    }

    /// The worst output SNR (dB) of the model quantized with `config`.
    double worstDb(const std::vector<ActivationStats>& stats, const QuantizationConfig& config, const Progress& progress) const
    {
        const QuantizedModel model = quantizeGraph(mGraph, stats, config);
        const QuantizedExecutor run(mGraph, model);
        PowerSums power;
        for (size_t b = 0; b < mBatches.size(); ++b) {
            progress.checkCancelled();
            const QuantizedRun q = run.run(mBatches[b]);
            for (const auto& [name, ref] : mReference[b]) power.add(name, ref, q.outputs.at(name));
        }
        double worst = kSnrCapDb;
        for (const auto& [name, signal] : power.signal) worst = std::min(worst, power.db(name));
        return worst;
    }

private:
    const Graph& mGraph;
    std::vector<TensorsByName> mBatches, mReference;
};

QuantizationConfig withRaised(const QuantizationConfig& config, const std::vector<std::string>& ranked, size_t count)
{
    QuantizationConfig c = config;
    for (size_t i = 0; i < count && i < ranked.size(); ++i) c.precision[ranked[i]] = Precision{16, 16};
    return c;
}

std::string fixed1(double v)
{
    std::ostringstream s;
    s.setf(std::ios::fixed);
    s.precision(1);
    s << v;
    return s.str();
}

}  // namespace

std::string PrecisionSearchResult::scriptLine() const
{
    if (raised.empty()) return {};
    std::string line = "quantization_param([";
    for (size_t i = 0; i < raised.size(); ++i) line += (i ? ", " : "") + raised[i];
    return line + "], precision_mode=a16_w16)";
}

std::string PrecisionSearchResult::summary() const
{
    if (!ran) return "mix_precision_search: " + (skipReason.empty() ? std::string("off") : "skipped: " + skipReason);
    const std::string measured = " (worst output SNR over " + std::to_string(images) + " calibration items)";
    if (raised.empty())
        return "mix_precision_search: " + fixed1(worstBeforeDb) + " dB at the script's precisions meets the " + fixed1(targetDb) +
               " dB target" + measured + "; no layer raised";
    std::string s = "mix_precision_search: " + fixed1(worstBeforeDb) + " dB < " + fixed1(targetDb) + " dB target" + measured + "; " +
                    std::to_string(raised.size()) + " of " + std::to_string(candidates) + " layers raised to a16_w16, the most sensitive " +
                    "when quantized alone -> " + fixed1(worstAfterDb) + " dB";
    if (!metTarget()) s += " (the share limit stopped the search short of the target)";
    return s;
}

PrecisionSearchResult searchMixedPrecision(const Graph& graph, const std::vector<ActivationStats>& stats, QuantizationConfig& config,
                                           const CalibrationSet& items, int64_t batchSize, const Progress& progress)
{
    if (items.size <= 0) fail(ErrorCode::InvalidArgument, "mix_precision_search needs calibration items to measure with");
    batchSize = std::max<int64_t>(1, batchSize);
    PrecisionSearchResult r;
    r.ran = true;
    r.targetDb = config.precisionSearch.targetSnrDb;
    r.images = items.size;
    progress.update(0, "mix_precision_search: measuring the outputs");
    const OutputMeter meter(graph, items, batchSize);
    r.worstBeforeDb = r.worstAfterDb = meter.worstDb(stats, config, progress);
    r.rounds = 1;
    if (r.worstBeforeDb >= r.targetDb) return r;

    // Sensitivity: each layer quantized alone (the others float), its worst output SNR.
    const QuantizedModel base = quantizeGraph(graph, stats, config);
    const NoiseReport alone = analyzeNoise(graph, base, items, batchSize, progress.part(0.05, 0.7), true);
    std::vector<std::string> ranked;
    for (const LayerNoise* n : alone.ranking()) {
        // The script's choices stand; a layer that adds no noise alone (it moves values) gains nothing.
        if (config.precision.count(n->layer) || n->outputSnrDb.empty() || n->worstOutputSnrDb() >= kSnrCapDb) continue;
        ranked.push_back(n->layer);
        r.sensitivity.emplace_back(n->layer, n->worstOutputSnrDb());
    }
    r.candidates = int64_t(ranked.size());
    const size_t budget = std::min(ranked.size(), size_t(std::max(1.0, std::floor(config.precisionSearch.maxShare * double(ranked.size())))));
    if (budget == 0) return r;

    // Growing prefixes (1, 2, 4, …) until one meets the target, then bisection below it: the
    // smallest measured prefix that meets it. SNR need not grow strictly with the prefix; the
    // result is always a measured configuration.
    std::map<size_t, double> measured;
    auto measure = [&](size_t k) {
        if (auto it = measured.find(k); it != measured.end()) return it->second;
        progress.update(0.7 + 0.3 * std::min(1.0, double(r.rounds) / 14), "mix_precision_search: " + std::to_string(k) + " layers at 16 bits");
        ++r.rounds;
        return measured[k] = meter.worstDb(stats, withRaised(config, ranked, k), progress);
    };
    size_t failing = 0, meeting = 0;
    for (size_t k = 1;; k = std::min(budget, k * 2)) {
        if (measure(k) >= r.targetDb) {
            meeting = k;
            break;
        }
        failing = k;
        if (k == budget) break;
    }
    if (meeting) {
        while (meeting - failing > 1) {
            const size_t mid = failing + (meeting - failing) / 2;
            if (measure(mid) >= r.targetDb) meeting = mid;
            else failing = mid;
        }
    }
    const size_t chosen = meeting ? meeting : budget;
    r.raised.assign(ranked.begin(), ranked.begin() + long(chosen));
    r.worstAfterDb = measured.at(chosen);
    config = withRaised(config, ranked, chosen);
    progress.update(1, "mix_precision_search: done");
    return r;
}

}  // namespace dfc
