#include "quantizer/zero_static_channels.h"

#include <cmath>
#include <map>

#include "ir/kinds/kinds.h"
#include "quantizer/quantize_rules.h"

namespace dfc {
namespace {

/// Every tap reads the input (no zero padding): a constant input channel stays constant.
bool seesNoPadding(const Layer& l)
{
    if (l.type() != "conv") return true;
    const Shape& ks = l.weight("kernel").shape;
    const Window w = windowOf(l, ks[0], ks[1]);
    return w.pt == 0 && w.pl == 0 && w.pb == 0 && w.pr == 0;
}

}  // namespace

std::vector<ZeroedChannels> zeroStaticChannels(Graph& graph, const std::vector<ActivationStats>& stats, double eps,
                                               const std::set<std::string>& disabledLayers)
{
    std::map<std::string, const ActivationStats*> byLayer;
    for (const auto& s : stats) byLayer[s.layer] = &s;
    std::vector<ZeroedChannels> out;
    for (const Layer* cl : graph.topoOrder()) {
        if (disabledLayers.count(cl->name) || !isChannelGemm(*cl)) continue;
        auto it = byLayer.find(cl->inputs[0]);
        if (it == byLayer.end() || it->second->channelMin.empty()) continue;
        const ActivationStats& in = *it->second;
        Layer& l = graph.layer(cl->name);
        Tensor& kernel = l.weights.at("kernel");
        const int64_t cin = int64_t(in.channelMin.size()), cout = kernel.shape.back(), rows = kernel.size() / cout;
        if (rows % cin != 0) continue;
        const bool foldable = seesNoPadding(l);
        ZeroedChannels z{l.name, {}, 0};
        for (int64_t c = 0; c < cin; ++c) {
            const double lo = in.channelMin[c], hi = in.channelMax[c], value = 0.5 * (lo + hi);
            if (hi - lo > eps) continue;
            const bool zero = std::fabs(value) <= eps;
            if (!zero && !foldable) continue;
            if (!zero && !l.hasWeight("bias")) continue;  // nowhere to fold the constant into
            if (!zero) {
                Tensor& bias = l.weights.at("bias");
                for (int64_t r = c; r < rows; r += cin)
                    for (int64_t o = 0; o < cout; ++o) bias.data[o] += static_cast<float>(value * kernel.data[r * cout + o]);
                ++z.folded;
            }
            for (int64_t r = c; r < rows; r += cin)
                for (int64_t o = 0; o < cout; ++o) kernel.data[r * cout + o] = 0;
            z.channels.push_back(c);
        }
        if (!z.channels.empty()) out.push_back(std::move(z));
    }
    return out;
}

}  // namespace dfc
