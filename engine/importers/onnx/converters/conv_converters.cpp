// Conv, ConvTranspose, Gemm, MatMul and BatchNormalization → conv/dw/deconv/dense/batch_norm.
#include "importers/onnx/convert_context.h"
#include "importers/onnx/converters/spatial.h"

namespace dfc {
namespace {

void setBias(Layer& l, const ConvertContext& ctx, const OnnxNode& n, size_t index, int64_t cout)
{
    if (index < n.inputs.size() && !n.inputs[index].empty()) {
        const ConstTensor& b = ctx.requireConstant(n, index, "bias");
        if (b.size() != cout) unsupported("bias size differs from the output channels");
        l.weights["bias"] = Tensor({cout}, b.toFloat().data);
    } else {
        l.weights["bias"] = Tensor({cout}, 0.0f);
    }
}

void convertConv(ConvertContext& ctx, const OnnxNode& n)
{
    const ConstTensor& w = ctx.requireConstant(n, 1, "weight");
    const size_t rank = ctx.rank(n.inputs[0]);
    if (w.shape.size() != rank || (rank != 4 && rank != 3))
        unsupported("only 1-D and 2-D convolutions are supported");
    const Shape& in = ctx.value(n.inputs[0]).original;
    const int64_t cout = w.shape[0], cinG = w.shape[1], groups = n.attrInt("group", 1);
    const int64_t cin = in[1];
    const int64_t kh = rank == 4 ? w.shape[2] : 1, kw = w.shape.back();
    if (cinG * groups != cin || cout % groups != 0)
        unsupported("group count does not divide the channels");
    const bool depthwise = groups == cin && groups > 1;
    Layer& l = ctx.add(depthwise ? "dw" : "conv", n, depthwise ? "dw" : "conv");
    const SpatialAttrs a = readSpatialAttrs(n, rank, {kh, kw}, in);
    l.params["strides"] = {1, a.strides[0], a.strides[1], 1};
    l.params["dilations"] = {1, a.dilations[0], a.dilations[1], 1};
    l.params["pads"] = a.pads;
    l.params["padding"] = paddingLabel(a.pads);
    l.params["groups"] = depthwise ? 1 : groups;
    if (depthwise) l.params["groups"] = cin;
    // ONNX [cout, cin/g, kh, kw] → ours [kh, kw, cin/g, cout] (dw: [kh, kw, C, multiplier]).
    const int64_t mult = cout / cin;
    Tensor k(depthwise ? Shape{kh, kw, cin, mult} : Shape{kh, kw, cinG, cout});
    for (int64_t o = 0; o < cout; ++o)
        for (int64_t i = 0; i < cinG; ++i)
            for (int64_t y = 0; y < kh; ++y)
                for (int64_t x = 0; x < kw; ++x) {
                    const float v = static_cast<float>(w.values[((o * cinG + i) * kh + y) * kw + x]);
                    if (depthwise) k.data[((y * kw + x) * cin + o / mult) * mult + o % mult] = v;
                    else k.data[((y * kw + x) * cinG + i) * cout + o] = v;
                }
    l.weights["kernel"] = std::move(k);
    setBias(l, ctx, n, 2, cout);
    ctx.attachUnary(l, n, rank);
}

void convertConvTranspose(ConvertContext& ctx, const OnnxNode& n)
{
    const ConstTensor& w = ctx.requireConstant(n, 1, "weight");
    const size_t rank = ctx.rank(n.inputs[0]);
    if (w.shape.size() != 4 || rank != 4) unsupported("only 2-D transposed convolutions are supported");
    if (n.hasAttr("output_shape")) unsupported("output_shape is not supported; use pads");
    const int64_t groups = n.attrInt("group", 1), cin = w.shape[0], coutG = w.shape[1];
    const int64_t kh = w.shape[2], kw = w.shape[3], cout = coutG * groups, cinG = cin / groups;
    Layer& l = ctx.add("deconv", n, "deconv");
    const Shape& in = ctx.value(n.inputs[0]).original;
    SpatialAttrs a = readSpatialAttrs(n, rank, {kh, kw}, in, /*transposed=*/true);
    l.params["strides"] = {1, a.strides[0], a.strides[1], 1};
    l.params["dilations"] = {1, a.dilations[0], a.dilations[1], 1};
    l.params["pads"] = a.pads;
    l.params["padding"] = "DECONV";
    l.params["groups"] = groups;
    auto op = n.attrInts("output_padding", {0, 0});
    l.params["output_padding"] = op;
    Tensor k({kh, kw, cinG, cout});
    for (int64_t i = 0; i < cin; ++i)
        for (int64_t o = 0; o < coutG; ++o)
            for (int64_t y = 0; y < kh; ++y)
                for (int64_t x = 0; x < kw; ++x)
                    k.data[((y * kw + x) * cinG + i % cinG) * cout + (i / cinG) * coutG + o] =
                        static_cast<float>(w.values[((i * coutG + o) * kh + y) * kw + x]);
    l.weights["kernel"] = std::move(k);
    setBias(l, ctx, n, 2, cout);
    ctx.attachUnary(l, n, rank);
}

/// Dense from a constant [K, N] matrix (already transposed as needed) plus an optional bias.
void addDense(ConvertContext& ctx, const OnnxNode& n, const Tensor& kernel, Tensor bias)
{
    if (ctx.rank(n.inputs[0]) != 2) unsupported("dense input must be [N, K] (flatten first)");
    Layer& l = ctx.add("dense", n, "fc");
    l.weights["kernel"] = kernel;
    l.weights["bias"] = std::move(bias);
    ctx.attachUnary(l, n, 2);
}

void convertGemm(ConvertContext& ctx, const OnnxNode& n)
{
    if (n.attrInt("transA", 0)) unsupported("transA is not supported");
    const ConstTensor& b = ctx.requireConstant(n, 1, "B");
    if (b.shape.size() != 2) unsupported("B must be a matrix");
    const bool transB = n.attrInt("transB", 0) != 0;
    const float alpha = n.attrFloat("alpha", 1.0f), beta = n.attrFloat("beta", 1.0f);
    const int64_t k = transB ? b.shape[1] : b.shape[0], cols = transB ? b.shape[0] : b.shape[1];
    Tensor kernel({k, cols});
    for (int64_t i = 0; i < k; ++i)
        for (int64_t j = 0; j < cols; ++j)
            kernel.data[i * cols + j] =
                alpha * static_cast<float>(transB ? b.values[j * k + i] : b.values[i * cols + j]);
    Tensor bias({cols}, 0.0f);
    if (n.inputs.size() > 2 && !n.inputs[2].empty()) {
        const ConstTensor& c = ctx.requireConstant(n, 2, "C");
        if (c.size() != cols && c.size() != 1) unsupported("C must broadcast along the outputs only");
        for (int64_t j = 0; j < cols; ++j) bias.data[j] = beta * static_cast<float>(c.values[c.size() == 1 ? 0 : j]);
    }
    addDense(ctx, n, kernel, std::move(bias));
}

void convertMatMul(ConvertContext& ctx, const OnnxNode& n)
{
    const ConstTensor* b = ctx.constant(n.inputs[1]);
    if (!b) unsupported("MatMul of two data tensors is only supported through matmul patterns");
    if (b->shape.size() != 2) unsupported("the constant operand must be a matrix");
    addDense(ctx, n, b->toFloat(), Tensor({b->shape[1]}, 0.0f));
}

void convertBatchNorm(ConvertContext& ctx, const OnnxNode& n)
{
    Layer& l = ctx.add("batch_norm", n, "batch_norm");
    const char* names[] = {"gamma", "beta", "moving_mean", "moving_variance"};
    const int64_t c = ctx.value(n.inputs[0]).original.at(1);
    for (int i = 0; i < 4; ++i) {
        const ConstTensor& t = ctx.requireConstant(n, i + 1, names[i]);
        if (t.size() != c) unsupported(std::string(names[i]) + " size differs from the channels");
        l.weights[names[i]] = Tensor({c}, t.toFloat().data);
    }
    l.params["epsilon"] = n.attrFloat("epsilon", 1e-5f);
    ctx.attachUnary(l, n);
}

}  // namespace

void registerConvConverters(OnnxConverterRegistry& r)
{
    r.add("Conv", convertConv);
    r.add("ConvTranspose", convertConvTranspose);
    r.add("Gemm", convertGemm);
    r.add("MatMul", convertMatMul);
    r.add("BatchNormalization", convertBatchNorm);
}

}  // namespace dfc
