#include "quantizer/dead_channels.h"

#include <algorithm>
#include <set>

#include "emulator/kernel_registry.h"
#include "quantizer/quantize_rules.h"

namespace dfc {
namespace {

/// Output channels with an all-zero kernel column whose activation of the bias is 0.
std::vector<int64_t> deadChannels(const Layer& l)
{
    const Tensor& k = l.weight("kernel");
    const int64_t cout = k.shape.back(), rows = k.size() / cout;
    Tensor bias({1, 1, 1, cout});
    if (l.hasWeight("bias")) bias.data = l.weight("bias").data;
    applyActivation(l, bias);
    std::vector<int64_t> dead;
    for (int64_t o = 0; o < cout; ++o) {
        bool zero = bias.data[o] == 0.0f;
        for (int64_t r = 0; zero && r < rows; ++r) zero = k.data[r * cout + o] == 0.0f;
        if (zero) dead.push_back(o);
    }
    return dead;
}

/// Keeps the elements of `t` whose index along a channel axis of length `channels` (element i
/// belongs to channel (i / stride) % channels) is not dead; returns the new data.
std::vector<float> withoutChannels(const Tensor& t, int64_t channels, int64_t stride, const std::set<int64_t>& dead)
{
    std::vector<float> out;
    out.reserve(t.data.size());
    for (int64_t i = 0; i < t.size(); ++i)
        if (!dead.count((i / stride) % channels)) out.push_back(t.data[i]);
    return out;
}

}  // namespace

std::vector<RemovedChannels> removeDeadChannels(Graph& graph)
{
    std::vector<RemovedChannels> out;
    std::vector<std::string> order;
    for (const Layer* l : graph.topoOrder()) order.push_back(l->name);
    for (const std::string& name : order) {
        Layer& l = graph.layer(name);
        if (!isChannelGemm(l) || l.outputs.empty()) continue;
        bool consumersPrunable = true;
        for (const std::string& c : l.outputs) consumersPrunable = consumersPrunable && isChannelGemm(graph.layer(c));
        if (!consumersPrunable) continue;
        const std::vector<int64_t> dead = deadChannels(l);
        const int64_t cout = l.weight("kernel").shape.back();
        if (dead.empty() || int64_t(dead.size()) == cout) continue;  // a layer keeps at least one channel
        const std::set<int64_t> gone(dead.begin(), dead.end());
        const int64_t kept = cout - int64_t(dead.size());
        Tensor& k = l.weights.at("kernel");
        k.data = withoutChannels(k, cout, 1, gone);
        k.shape.back() = kept;
        if (l.hasWeight("bias")) {
            Tensor& b = l.weights.at("bias");
            b.data = withoutChannels(b, cout, 1, gone);
            b.shape = {kept};
        }
        for (const std::string& c : l.outputs) {
            Tensor& ck = graph.layer(c).weights.at("kernel");
            const int64_t cc = ck.shape.back(), rows = ck.size() / cc;
            ck.data = withoutChannels(ck, cout, cc, gone);  // row r reads channel r % cout
            const int64_t newRows = rows / cout * kept;
            if (ck.shape.size() == 2) ck.shape = {newRows, cc};  // dense [in, out]
            else ck.shape[ck.shape.size() - 2] = ck.shape[ck.shape.size() - 2] / cout * kept;  // conv [kh, kw, cin, cout]
        }
        out.push_back({name, dead});
        graph.inferShapes();
    }
    return out;
}

}  // namespace dfc
