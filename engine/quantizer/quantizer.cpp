#include "quantizer/quantizer.h"

#include <algorithm>
#include <cmath>

#include "core/error.h"
#include "quantizer/quantize_rules.h"

namespace dfc {
namespace {

/// Max |w| per channel after the clipping rule: manual bounds, a percentile of |w| over the
/// layer, or the per-channel bound minimizing the squared rounding error (mmse).
std::vector<double> clippedRanges(const LinearWeights& w, const ClippingRule& rule, int bits, std::vector<std::string>& log)
{
    std::vector<double> absMax = channelAbsMax(w.kernel, w.channels);
    std::string mode = rule.mode;
    if (mode == "mmse_if4b") mode = bits == 4 ? "mmse" : "disabled";
    if (mode == "manual") {
        const double bound = std::max(std::fabs(rule.values.at(0)), std::fabs(rule.values.at(1)));
        for (double& m : absMax) m = std::min(m, bound);
    } else if (mode == "percentile") {
        std::vector<float> mags(w.kernel.data.size());
        for (size_t i = 0; i < mags.size(); ++i) mags[i] = std::fabs(w.kernel.data[i]);
        const size_t k = std::min(mags.size() - 1, static_cast<size_t>(rule.values.at(1) / 100.0 * double(mags.size() - 1)));
        std::nth_element(mags.begin(), mags.begin() + k, mags.end());
        for (double& m : absMax) m = std::min(m, double(mags[k]));
    } else if (mode == "mmse") {
        const int64_t channels = w.channels;
        for (int64_t c = 0; c < channels; ++c) {
            double best = absMax[c], bestErr = INFINITY;
            for (int step = 0; step <= 20; ++step) {
                const double bound = absMax[c] * (1.0 - 0.025 * step);
                if (bound <= 0) break;
                const QuantParams p = weightParams(bound, bits);
                double err = 0;
                for (int64_t i = c; i < w.kernel.size(); i += channels) {
                    const double d = w.kernel.data[i] - p.dequantize(p.quantize(w.kernel.data[i]));
                    err += d * d;
                }
                if (err < bestErr) bestErr = err, best = bound;
            }
            absMax[c] = best;
        }
    } else if (mode != "disabled" && !mode.empty()) {
        fail(ErrorCode::Unsupported, "weights clipping mode '" + mode + "' is not supported");
    }
    if (mode != "disabled" && !mode.empty()) log.push_back("weights_clipping(" + mode + ")");
    return absMax;
}

QuantParams ownEncoding(const Layer& l, const ActivationStats* s, const QuantizationConfig& config, int bits, std::vector<std::string>& log)
{
    if (!s) fail(ErrorCode::InvalidArgument, "no calibration statistics for this layer (collect statistics first)", {}, l.name);
    double lo = s->min, hi = s->max;
    if (auto it = config.activationClipping.find(l.name); it != config.activationClipping.end() && it->second.mode != "disabled") {
        const ClippingRule& rule = it->second;
        if (rule.mode == "manual") lo = rule.values.at(0), hi = rule.values.at(1);
        else lo = s->percentile(rule.values.at(0)), hi = s->percentile(rule.values.at(1));
        log.push_back("activation_clipping(" + rule.mode + ")");
    }
    return activationParams(lo, hi, bits);
}

QuantParams indexEncoding()
{
    QuantParams p;
    p.bits = 16;
    p.qmin = 0;
    p.qmax = 65535;
    p.scale = 1;
    p.zeroPoint = 0;
    return p;
}

}  // namespace

std::map<std::string, Precision> choosePrecisions(const Graph& graph, const QuantizationConfig& config)
{
    std::map<std::string, Precision> out;
    std::vector<std::pair<int64_t, std::string>> weighted;
    int64_t total = 0;
    for (const Layer* l : graph.topoOrder()) {
        out[l->name] = Precision{};
        const QuantizeRule* rule = QuantizeRuleRegistry::instance().find(l->type());
        if (rule && rule->weights && l->hasWeight("kernel")) {
            weighted.emplace_back(l->weight("kernel").size(), l->name);
            total += l->weight("kernel").size();
        }
    }
    for (const auto& [name, p] : config.precision) out[name] = p;
    // The producer of an output writes it: a 16-bit output layer makes its producer 16-bit.
    for (const Layer* l : graph.topoOrder())
        if (l->type() == "output_layer" && config.precision.count(l->name) && !config.precision.count(l->inputs.at(0)))
            out[l->inputs.at(0)].activationBits = config.precision.at(l->name).activationBits;
    const double ratio = config.fourBitRatio();
    if (ratio <= 0 || weighted.size() < 3) return out;
    std::vector<std::pair<int64_t, std::string>> candidates(weighted.begin() + 1, weighted.end() - 1);
    std::stable_sort(candidates.begin(), candidates.end(), [](const auto& a, const auto& b) { return a.first > b.first; });
    int64_t fourBit = 0;
    for (const auto& [size, name] : candidates) {
        if (double(fourBit) >= ratio * double(total) - 0.5) break;
        if (config.precision.count(name)) continue;  // the user's choice stands
        out[name].weightBits = 4;
        fourBit += size;
    }
    return out;
}

QuantizedModel quantizeGraph(const Graph& graph, const std::vector<ActivationStats>& stats, const QuantizationConfig& config)
{
    std::map<std::string, const ActivationStats*> byLayer;
    for (const auto& s : stats) byLayer[s.layer] = &s;
    const auto precisions = choosePrecisions(graph, config);
    QuantizedModel model;
    for (const Layer* l : graph.topoOrder()) {
        const QuantizeRule* rule = QuantizeRuleRegistry::instance().find(l->type());
        if (!rule) fail(ErrorCode::Unsupported, "no quantization rule for layer type " + l->type(), {}, l->name);
        const Precision precision = precisions.at(l->name);
        const ActivationStats* s = byLayer.count(l->name) ? byLayer.at(l->name) : nullptr;
        std::vector<QuantParams> inputs;
        for (const std::string& p : l->inputs) inputs.push_back(model.at(p).output);
        const std::string activation = layerActivation(*l);
        LayerQuant q;
        try {
            switch (rule->output) {
            case OutputEncoding::FollowsInput:
                if (activation == "linear") {
                    q.output = inputs.at(0);
                    break;
                }
                [[fallthrough]];
            case OutputEncoding::Own: q.output = ownEncoding(*l, s, config, precision.activationBits, q.algorithms); break;
            case OutputEncoding::Probability: q.output = activationParams(0, 1, precision.activationBits); break;
            case OutputEncoding::Index: q.output = indexEncoding(); break;
            }
            if (rule->weights) {
                const LinearWeights w = rule->weights(*l);
                const ClippingRule clipping = config.weightsClipping.count(l->name) ? config.weightsClipping.at(l->name)
                                                                                    : ClippingRule{config.defaultWeightsClipping, {}};
                const QuantizedWeights qw = quantizeWeights(w.kernel, clippedRanges(w, clipping, precision.weightBits, q.algorithms),
                                                            precision.weightBits);
                q.weightBits = precision.weightBits;
                q.kernelShape = w.kernel.shape;
                q.kernel = qw.values;
                for (const QuantParams& p : qw.channels) q.kernelScale.push_back(p.scale);
                q.bias = quantizeBias(w.bias, inputs.at(0).scale, qw.channels);
                if (precision.weightBits == 4) q.algorithms.push_back("auto_4bit");
            }
            if (l->type() == "const_input") {
                const Tensor& c = l->weight("const");
                q.kernelShape = c.shape;
                q.weightBits = q.output.bits;
                for (float v : c.data) q.kernel.push_back(q.output.quantize(v));
            }
            if (rule->table) {
                rule->table(*l, q, inputs);
            } else if (!isPiecewiseLinearActivation(activation)) {
                if (!s || !s->hasPreActivation)
                    fail(ErrorCode::InvalidArgument, "no pre-activation range for activation '" + activation + "' (collect statistics again)", {},
                         l->name);
                q.preActivation = activationParams(s->preMin, s->preMax, 16);
                q.table = activationTable(*l, *q.preActivation, q.output);
            }
        } catch (const Error& e) {
            throw e.location().empty() ? e.at(l->name) : e;
        }
        model.layers.emplace(l->name, std::move(q));
    }
    return model;
}

}  // namespace dfc
