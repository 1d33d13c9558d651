// Backward passes of pooling, reductions and softmax.
#include <algorithm>
#include <limits>

#include "emulator/kernels/pool_window.h"
#include "quantizer/backward/backward_registry.h"

namespace dfc {
namespace {

/// Average pooling spreads each output's gradient over the taps it averaged; max pooling gives
/// it to the tap that held the maximum (the first one, as the forward pass's max keeps it).
template <bool IsMax>
LayerGradients poolBackward(const BackwardArgs& a)
{
    const Tensor& x = *a.inputs[0];
    const Tensor& g = a.gradOutputs[0];
    const int64_t n = x.dim(0), h = x.dim(1), w = x.dim(2), c = x.dim(3);
    const PoolWindow window(a.layer, h, w);
    const int64_t oh = window.outH(), ow = window.outW();
    LayerGradients out;
    out.inputs.emplace_back(x.shape);
    float* gi = out.inputs[0].ptr();
    std::vector<float> best(c);
    std::vector<int64_t> at(c);
    for (int64_t b = 0; b < n; ++b)
        for (int64_t oy = 0; oy < oh; ++oy)
            for (int64_t ox = 0; ox < ow; ++ox) {
                const float* go = g.ptr() + ((b * oh + oy) * ow + ox) * c;
                if (IsMax) {
                    std::fill(best.begin(), best.end(), -std::numeric_limits<float>::infinity());
                    std::fill(at.begin(), at.end(), -1);
                    window.visit(oy, ox, [&](int64_t iy, int64_t ix) {
                        const int64_t base = ((b * h + iy) * w + ix) * c;
                        for (int64_t ch = 0; ch < c; ++ch)
                            if (x.data[base + ch] > best[ch]) best[ch] = x.data[base + ch], at[ch] = base + ch;
                    });
                    for (int64_t ch = 0; ch < c; ++ch)
                        if (at[ch] >= 0) gi[at[ch]] += go[ch];
                    continue;
                }
                std::vector<int64_t> taps;
                const int64_t count = window.visit(oy, ox, [&](int64_t iy, int64_t ix) { taps.push_back(((b * h + iy) * w + ix) * c); });
                if (count == 0) continue;
                for (int64_t base : taps)
                    for (int64_t ch = 0; ch < c; ++ch) gi[base + ch] += go[ch] / float(count);
            }
    return out;
}

LayerGradients globalAvgPoolBackward(const BackwardArgs& a)
{
    const Tensor& x = *a.inputs[0];
    const Tensor& g = a.gradOutputs[0];
    const int64_t n = x.dim(0), c = x.shape.back(), hw = x.size() / (n * c);
    LayerGradients out;
    out.inputs.emplace_back(x.shape);
    for (int64_t b = 0; b < n; ++b)
        for (int64_t p = 0; p < hw; ++p)
            for (int64_t ch = 0; ch < c; ++ch) out.inputs[0].data[(b * hw + p) * c + ch] = g.data[b * c + ch] / float(hw);
    return out;
}

enum class Reduce { Max, Min, Sum, Mean, SumSquare };

/// Each input value's gradient is its output's, times the reduction's partial derivative.
LayerGradients reduceBackward(const BackwardArgs& a, Reduce op)
{
    const Tensor& x = *a.inputs[0];
    const Tensor& y = a.outputs[0];
    const Tensor& g = a.gradOutputs[0];
    std::vector<bool> reduced(x.rank(), false);
    for (int64_t axis : a.layer.attr<std::vector<int64_t>>("reduce_axes")) reduced.at(axis + 1) = true;
    const Shape& os = y.shape;
    const float count = float(x.size()) / float(std::max<int64_t>(1, y.size()));
    LayerGradients out;
    out.inputs.emplace_back(x.shape);
    std::vector<bool> taken(y.data.size(), false);  // min/max: the first extreme value takes it
    std::vector<int64_t> idx(x.rank(), 0);
    for (int64_t i = 0; i < x.size(); ++i) {
        int64_t o = 0;
        for (int d = 0; d < x.rank(); ++d) o = o * os[d] + (reduced[d] ? 0 : idx[d]);
        const float v = x.data[i];
        float d = 0;
        switch (op) {
        case Reduce::Sum: d = 1; break;
        case Reduce::Mean: d = 1 / count; break;
        case Reduce::SumSquare: d = 2 * v; break;
        case Reduce::Max:
        case Reduce::Min:
            if (!taken[o] && v == y.data[o]) d = 1, taken[o] = true;
            break;
        }
        out.inputs[0].data[i] = g.data[o] * d;
        for (int dim = x.rank() - 1; dim >= 0; --dim) {
            if (++idx[dim] < x.shape[dim]) break;
            idx[dim] = 0;
        }
    }
    return out;
}

/// Softmax over the last axis: dx = y · (g − Σ g·y).
LayerGradients softmaxBackward(const BackwardArgs& a)
{
    const Tensor& y = a.outputs[0];
    const Tensor& g = a.gradOutputs[0];
    const int64_t c = y.shape.back();
    LayerGradients out;
    out.inputs.emplace_back(y.shape);
    for (int64_t p = 0; p < y.size() / c; ++p) {
        const float *yp = y.ptr() + p * c, *gp = g.ptr() + p * c;
        double dot = 0;
        for (int64_t i = 0; i < c; ++i) dot += double(gp[i]) * yp[i];
        for (int64_t i = 0; i < c; ++i) out.inputs[0].data[p * c + i] = yp[i] * float(gp[i] - dot);
    }
    return out;
}

}  // namespace

void registerPoolBackward(BackwardRegistry& r)
{
    r.add("maxpool", {poolBackward<true>, false});
    r.add("avgpool", {poolBackward<false>, false});
    r.add("global_avg_pool", {globalAvgPoolBackward, false});
    r.add("reduce_max", {[](const BackwardArgs& a) { return reduceBackward(a, Reduce::Max); }, false});
    r.add("reduce_min", {[](const BackwardArgs& a) { return reduceBackward(a, Reduce::Min); }, false});
    r.add("reduce_sum", {[](const BackwardArgs& a) { return reduceBackward(a, Reduce::Sum); }, false});
    r.add("reduce_mean", {[](const BackwardArgs& a) { return reduceBackward(a, Reduce::Mean); }, false});
    r.add("reduce_sum_square", {[](const BackwardArgs& a) { return reduceBackward(a, Reduce::SumSquare); }, false});
    r.add("softmax", {softmaxBackward, false});
}

}  // namespace dfc
