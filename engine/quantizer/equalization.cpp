#include "quantizer/equalization.h"

#include <algorithm>
#include <cmath>
#include <set>

#include "quant/quant_math.h"

namespace dfc {
namespace {

/// Output channels of a first layer: element i of its kernel is in channel i % channels.
int64_t outputChannels(const Layer& l)
{
    const Shape& k = l.weight("kernel").shape;
    return l.type() == "dw" ? k.at(2) * k.at(3) : k.back();
}

bool canBeFirst(const Layer& l)
{
    if (l.type() != "conv" && l.type() != "dw" && l.type() != "dense") return false;
    const std::string a = layerActivation(l);
    return a == "linear" || a == "relu" || a == "leaky" || a == "prelu";
}

/// Input channel of kernel element i for a second layer, or −1 when the kind is not handled.
bool canBeSecond(const Layer& l, int64_t channels)
{
    if (!l.hasWeight("kernel") || l.inputs.size() != 1) return false;
    const Shape& k = l.weight("kernel").shape;
    if (l.type() == "conv") return l.attr<int64_t>("groups") == 1 && k.at(2) == channels;
    if (l.type() == "dw") return k.at(3) == 1 && k.at(2) == channels;
    if (l.type() == "dense") return k.at(0) == channels;
    return false;
}

int64_t inputChannelOf(const Layer& l, int64_t i)
{
    const Shape& k = l.weight("kernel").shape;
    if (l.type() == "dw") return i % k.at(2);
    if (l.type() == "conv") return (i / k.at(3)) % k.at(2);
    return i / k.at(1);  // dense [in, out]
}

std::vector<double> inputChannelAbsMax(const Layer& l, int64_t channels)
{
    std::vector<double> r(static_cast<size_t>(channels), 0.0);
    const Tensor& k = l.weight("kernel");
    for (int64_t i = 0; i < k.size(); ++i) {
        double& m = r[static_cast<size_t>(inputChannelOf(l, i))];
        m = std::max(m, double(std::fabs(k.data[i])));
    }
    return r;
}

double spread(const std::vector<double>& r)
{
    double lo = INFINITY, hi = 0;
    for (double v : r)
        if (v > 0) lo = std::min(lo, v), hi = std::max(hi, v);
    return hi > 0 ? hi / lo : 1.0;
}

}  // namespace

std::vector<EqualizedPair> equalizeWeights(Graph& graph, const std::vector<std::string>& layers,
                                           const std::set<std::string>& excluded)
{
    const std::set<std::string> only(layers.begin(), layers.end());
    std::vector<std::pair<std::string, std::string>> pairs;
    for (const Layer* l : graph.topoOrder()) {
        if (!canBeFirst(*l) || l->outputs.size() != 1 || (!only.empty() && !only.count(l->name))) continue;
        const Layer& next = graph.layer(l->outputs[0]);
        if (excluded.count(l->name) || excluded.count(next.name)) continue;
        if (canBeSecond(next, outputChannels(*l))) pairs.emplace_back(l->name, next.name);
    }
    std::vector<EqualizedPair> report;
    for (const auto& [a, b] : pairs)
        report.push_back({a, b, spread(channelAbsMax(graph.layer(a).weight("kernel"), outputChannels(graph.layer(a)))), 0});
    constexpr int kSweeps = 4;
    for (int sweep = 0; sweep < kSweeps; ++sweep)
        for (const auto& [a, b] : pairs) {
            Layer& first = graph.layer(a);
            Layer& second = graph.layer(b);
            const int64_t channels = outputChannels(first);
            const std::vector<double> r1 = channelAbsMax(first.weight("kernel"), channels);
            const std::vector<double> r2 = inputChannelAbsMax(second, channels);
            std::vector<double> s(static_cast<size_t>(channels), 1.0);
            for (int64_t c = 0; c < channels; ++c)
                if (r1[c] > 0 && r2[c] > 0) s[c] = std::clamp(std::sqrt(r1[c] / r2[c]), 1e-4, 1e4);
            Tensor& k1 = first.weights.at("kernel");
            for (int64_t i = 0; i < k1.size(); ++i) k1.data[i] = static_cast<float>(k1.data[i] / s[i % channels]);
            if (first.hasWeight("bias")) {
                Tensor& bias = first.weights.at("bias");
                for (int64_t c = 0; c < bias.size(); ++c) bias.data[c] = static_cast<float>(bias.data[c] / s[c]);
            }
            Tensor& k2 = second.weights.at("kernel");
            for (int64_t i = 0; i < k2.size(); ++i) k2.data[i] = static_cast<float>(k2.data[i] * s[inputChannelOf(second, i)]);
        }
    for (EqualizedPair& p : report) {
        const Layer& l = graph.layer(p.first);
        p.rangeRatioAfter = spread(channelAbsMax(l.weight("kernel"), outputChannels(l)));
    }
    return report;
}

}  // namespace dfc
