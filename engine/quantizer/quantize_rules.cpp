#include "quantizer/quantize_rules.h"

#include <cmath>

#include "core/error.h"
#include "emulator/kernel_registry.h"
#include "emulator/kernels/im2col.h"
#include "ir/kinds/kinds.h"

namespace dfc {

std::vector<int32_t> activationTable(const Layer& layer, const QuantParams& index, const QuantParams& output)
{
    Tensor values({int64_t(index.qmax) + 1, 1});
    for (int32_t i = 0; i <= index.qmax; ++i) values.data[i] = static_cast<float>(index.dequantize(i));
    applyActivation(layer, values);
    std::vector<int32_t> table(values.data.size());
    for (size_t i = 0; i < table.size(); ++i) {
        const float v = values.data[i];
        // Outside an activation's domain (log of a negative): the nearest end of the range.
        table[i] = std::isnan(v) ? output.qmin : output.quantize(v);
    }
    return table;
}

namespace {

LinearWeights kernelAndBias(const Layer& l, int64_t channels)
{
    LinearWeights w{l.weight("kernel"), Tensor({channels}), channels};
    if (l.hasWeight("bias")) w.bias = l.weight("bias");
    if (w.bias.size() != channels) fail(ErrorCode::InvalidGraph, "bias size differs from the output channels", {}, l.name);
    return w;
}

LinearWeights lastAxisWeights(const Layer& l) { return kernelAndBias(l, l.weight("kernel").shape.back()); }

/// Receptive fields of an ungrouped convolution, one row per output pixel of every image.
Tensor convRows(const Layer& l, const Tensor& input)
{
    const Shape& ks = l.weight("kernel").shape;  // [kh, kw, cin, cout]
    if (l.attr<int64_t>("groups") != 1 || input.shape.size() != 4) return {};
    const Hwc x = toHwc({input.shape[1], input.shape[2], input.shape[3]});
    const Window w = windowOf(l, ks[0], ks[1]);
    const int64_t oh = w.outH(x.h), ow = w.outW(x.w), k = w.kh * w.kw * x.c;
    Tensor rows({input.shape[0] * oh * ow, k});
    for (int64_t b = 0; b < input.shape[0]; ++b)
        im2col(input.data.data() + b * x.h * x.w * x.c, x, w, oh, ow, 0, x.c, rows.data.data() + b * oh * ow * k);
    return rows;
}

/// A dense layer multiplies every K-long run of its input (K = the kernel's rows).
Tensor denseRows(const Layer& l, const Tensor& input)
{
    const int64_t k = l.weight("kernel").shape.at(0);
    if (k <= 0 || input.size() % k != 0) return {};
    Tensor rows({input.size() / k, k});
    rows.data = input.data;
    return rows;
}

LinearWeights depthwiseWeights(const Layer& l)
{
    const Shape& k = l.weight("kernel").shape;  // [kh, kw, c, m]
    return kernelAndBias(l, k.at(2) * k.at(3));
}

LinearWeights batchNormWeights(const Layer& l)
{
    std::vector<float> scale, shift;
    batchNormScaleShift(l, scale, shift);
    const int64_t c = int64_t(scale.size());
    return {Tensor({c}, scale), Tensor({c}, shift), c};
}

LinearWeights normalizationWeights(const Layer& l)
{
    const int64_t c = l.weight("kernel").size();
    return {Tensor({c}, l.weight("kernel").data), Tensor({c}, l.weight("bias").data), c};
}

void standaloneActivationTable(const Layer& l, LayerQuant& q, const std::vector<QuantParams>& inputs)
{
    if (!isPiecewiseLinearActivation(layerActivation(l))) q.table = activationTable(l, inputs.at(0), q.output);
}

/// exp(−Δ · input scale) · 2^20 for every code distance Δ from a row's maximum.
void softmaxExpTable(const Layer&, LayerQuant& q, const std::vector<QuantParams>& inputs)
{
    const QuantParams& in = inputs.at(0);
    q.table.resize(size_t(in.qmax) + 1);
    for (int32_t d = 0; d <= in.qmax; ++d) q.table[d] = static_cast<int32_t>(std::llround(std::exp(-d * in.scale) * (1 << 20)));
}

void noTable(const Layer&, LayerQuant&, const std::vector<QuantParams>&) {}

}  // namespace

bool isChannelGemm(const Layer& l)
{
    const QuantizeRule* rule = QuantizeRuleRegistry::instance().find(l.type());
    if (!rule || !rule->gemmRows || !rule->weights || l.inputs.size() != 1 || !l.hasWeight("kernel")) return false;
    return l.type() != "conv" || l.attr<int64_t>("groups") == 1;
}

const QuantizeRuleRegistry& QuantizeRuleRegistry::instance()
{
    static const QuantizeRuleRegistry registry = [] {
        using E = OutputEncoding;
        QuantizeRuleRegistry r;
        r.add("input_layer", {E::Own, {}, noTable});
        r.add("output_layer", {E::FollowsInput, {}, noTable});
        r.add("const_input", {E::Own, {}, noTable});
        r.add("conv", {E::Own, lastAxisWeights, {}, convRows});
        r.add("deconv", {E::Own, lastAxisWeights, {}});
        r.add("dense", {E::Own, lastAxisWeights, {}, denseRows});
        r.add("dw", {E::Own, depthwiseWeights, {}});
        r.add("matmul", {E::Own, {}, {}});
        r.add("batch_norm", {E::Own, batchNormWeights, {}});
        r.add("normalization", {E::Own, normalizationWeights, {}});
        r.add("activation", {E::Own, {}, standaloneActivationTable});
        r.add("avgpool", {E::Own, {}, {}});
        r.add("global_avg_pool", {E::Own, {}, {}});
        r.add("maxpool", {E::FollowsInput, {}, {}});
        for (const char* t : {"ew_add", "ew_sub", "ew_mult", "ew_div", "ew_min", "ew_max", "concat", "reduce_sum",
                              "reduce_mean", "reduce_sum_square"})
            r.add(t, {E::Own, {}, {}});
        for (const char* t : {"slice", "feature_splitter", "reshape", "transpose", "external_pad", "feature_shuffle",
                              "shortcut", "depth_to_space", "space_to_depth", "resize", "reduce_max", "reduce_min",
                              "format_conversion"})
            r.add(t, {E::FollowsInput, {}, {}});
        r.add("softmax", {E::Probability, {}, softmaxExpTable});
        r.add("argmax", {E::Index, {}, noTable});
        return r;
    }();
    return registry;
}

}  // namespace dfc
