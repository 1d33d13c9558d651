// CONV_2D, DEPTHWISE_CONV_2D, TRANSPOSE_CONV (and MediaPipe's Convolution2DTransposeBias),
// FULLY_CONNECTED, BATCH_MATMUL, AVERAGE_POOL_2D, MAX_POOL_2D.
#include <cstring>

#include "importers/tflite/tflite_lowering.h"
#include "importers/tflite/tflite_subset_generated.h"

namespace dfc {
namespace {

/// The options shared by TFLite's windowed operators.
struct Window {
    int64_t strideH = 1, strideW = 1, dilationH = 1, dilationW = 1;
    int activation = 0;
};

/// Explicit ONNX pads [top, left, bottom, right] that reproduce the stored output size
/// (TFLite SAME puts the odd pixel at the end; VALID gives zeros).
std::vector<int64_t> forwardPads(const Shape& in, const Shape& out, int64_t kh, int64_t kw, const Window& w)
{
    if (in.size() != 4 || out.size() != 4) unsupportedTflite("input and output must have rank 4 (NHWC)");
    if (w.strideH <= 0 || w.strideW <= 0 || w.dilationH <= 0 || w.dilationW <= 0 || kh <= 0 || kw <= 0)
        unsupportedTflite("strides, dilations and window sizes must be positive");
    auto total = [](int64_t i, int64_t o, int64_t k, int64_t s, int64_t d) {
        return std::max<int64_t>((o - 1) * s + (k - 1) * d + 1 - i, 0);
    };
    const int64_t th = total(in[1], out[1], kh, w.strideH, w.dilationH);
    const int64_t tw = total(in[2], out[2], kw, w.strideW, w.dilationW);
    return {th / 2, tw / 2, th - th / 2, tw - tw / 2};
}

void requireRank4(TfliteLoweringContext& ctx, int t, const char* what)
{
    if (t < 0 || ctx.rank(t) != 4) unsupportedTflite(std::string(what) + " must have rank 4 (NHWC)");
}

void emitConv(TfliteLoweringContext& ctx, const Window& w, bool depthwise)
{
    const TfliteOp& op = *ctx.op;
    const int x = op.inputs.at(0), out = op.outputs.at(0);
    requireRank4(ctx, x, "the input");
    ConstTensor weights = ctx.requireConstant(op.inputs.at(1), "filter");
    if (weights.shape.size() != 4) unsupportedTflite("the filter must have rank 4");
    // CONV_2D filters are [O, kh, kw, I]; depthwise ones [1, kh, kw, C·m]. ONNX wants [O, I/g, kh, kw].
    weights = transposeConstant(weights, depthwise ? std::vector<int64_t>{3, 0, 1, 2} : kTfliteToOnnxPerm);
    const int64_t inChannels = ctx.shape(x)[3];
    for (int64_t d : weights.shape)
        if (d <= 0) unsupportedTflite("the filter has an empty dimension");
    const int64_t group = depthwise ? inChannels : inChannels / weights.shape[1];
    if (group <= 0 || inChannels != group * weights.shape[1])
        unsupportedTflite("filter input channels do not divide the input's channels");
    std::vector<std::string> inputs = {ctx.input(x), ctx.initializer(weights, ctx.output(out) + "/kernel")};
    if (op.inputs.size() > 2 && op.inputs[2] >= 0) inputs.push_back(ctx.input(op.inputs[2]));
    const std::string pre = ctx.preActivation(w.activation, out);
    onnx::NodeProto& n = ctx.node("Conv", inputs, {pre});
    const int64_t kh = weights.shape[2], kw = weights.shape[3];
    setInts(n, "kernel_shape", {kh, kw});
    setInts(n, "strides", {w.strideH, w.strideW});
    setInts(n, "dilations", {w.dilationH, w.dilationW});
    setInts(n, "pads", forwardPads(ctx.shape(x), ctx.shape(out), kh, kw, w));
    setInt(n, "group", group);
    ctx.fusedActivation(w.activation, pre, ctx.output(out));
}

void lowerConv2d(TfliteLoweringContext& ctx)
{
    const auto* o = ctx.op->raw->builtin_options_as_Conv2DOptions();
    if (!o) unsupportedTflite("Conv2DOptions are missing");
    emitConv(ctx, {o->stride_h(), o->stride_w(), o->dilation_h_factor(), o->dilation_w_factor(),
                   static_cast<int>(o->fused_activation_function())}, false);
}

void lowerDepthwise(TfliteLoweringContext& ctx)
{
    const auto* o = ctx.op->raw->builtin_options_as_DepthwiseConv2DOptions();
    if (!o) unsupportedTflite("DepthwiseConv2DOptions are missing");
    emitConv(ctx, {o->stride_h(), o->stride_w(), o->dilation_h_factor(), o->dilation_w_factor(),
                   static_cast<int>(o->fused_activation_function())}, true);
}

/// ONNX ConvTranspose for a TFLite transposed convolution whose output size is stored.
void emitTransposeConv(TfliteLoweringContext& ctx, int x, int filter, int bias, const Window& w)
{
    const int out = ctx.op->outputs.at(0);
    requireRank4(ctx, x, "the input");
    requireRank4(ctx, out, "the output");
    ConstTensor weights = ctx.requireConstant(filter, "filter");
    if (weights.shape.size() != 4 || weights.shape[3] != ctx.shape(x)[3])
        unsupportedTflite("the filter must be [O, kh, kw, I] with I = the input's channels");
    if (w.strideH <= 0 || w.strideW <= 0 || weights.shape[1] <= 0 || weights.shape[2] <= 0)
        unsupportedTflite("strides and window sizes must be positive");
    weights = transposeConstant(weights, {3, 0, 1, 2});  // [O, kh, kw, I] → [I, O, kh, kw]
    const int64_t kh = weights.shape[2], kw = weights.shape[3];
    const Shape& in = ctx.shape(x);
    const Shape& o = ctx.shape(out);
    std::vector<int64_t> pads(4, 0), extra(2, 0);
    const int64_t total[2] = {(in[1] - 1) * w.strideH + kh - o[1], (in[2] - 1) * w.strideW + kw - o[2]};
    for (int a = 0; a < 2; ++a) {
        if (total[a] >= 0) pads[a] = total[a] / 2, pads[a + 2] = total[a] - total[a] / 2;
        else extra[a] = -total[a];
    }
    std::vector<std::string> inputs = {ctx.input(x), ctx.initializer(weights, ctx.output(out) + "/kernel")};
    if (bias >= 0) inputs.push_back(ctx.input(bias));
    const std::string pre = ctx.preActivation(w.activation, out);
    onnx::NodeProto& n = ctx.node("ConvTranspose", inputs, {pre});
    setInts(n, "kernel_shape", {kh, kw});
    setInts(n, "strides", {w.strideH, w.strideW});
    setInts(n, "pads", pads);
    if (extra[0] || extra[1]) setInts(n, "output_padding", extra);
    ctx.fusedActivation(w.activation, pre, ctx.output(out));
}

void lowerTransposeConv(TfliteLoweringContext& ctx)
{
    const auto& in = ctx.op->inputs;  // output_shape, filter, input[, bias]
    const auto* o = ctx.op->raw->builtin_options_as_TransposeConvOptions();
    if (!o) unsupportedTflite("TransposeConvOptions are missing");
    emitTransposeConv(ctx, in.at(2), in.at(1), in.size() > 3 ? in[3] : -1,
                      {o->stride_h(), o->stride_w(), 1, 1, static_cast<int>(o->fused_activation_function())});
}

/// MediaPipe's custom op: inputs (input, filter, bias); options are three int32 values
/// (padding, stride_w, stride_h) copied from TfLiteTransposeConvParams.
void lowerConvolution2DTransposeBias(TfliteLoweringContext& ctx)
{
    const std::string_view bytes = ctx.model.customOptions(*ctx.op);
    if (bytes.size() < 12) unsupportedTflite("custom options hold " + std::to_string(bytes.size()) +
                                             " bytes, expected 12 (padding, stride_w, stride_h)");
    int32_t v[3];
    std::memcpy(v, bytes.data(), sizeof v);
    if (v[1] <= 0 || v[2] <= 0) unsupportedTflite("strides must be positive");
    const auto& in = ctx.op->inputs;
    emitTransposeConv(ctx, in.at(0), in.at(1), in.size() > 2 ? in[2] : -1, {v[2], v[1], 1, 1, 0});
}

void lowerFullyConnected(TfliteLoweringContext& ctx)
{
    const TfliteOp& op = *ctx.op;
    const auto* o = op.raw->builtin_options_as_FullyConnectedOptions();
    const int act = o ? static_cast<int>(o->fused_activation_function()) : 0;
    if (o && o->weights_format() != 0) unsupportedTflite("shuffled weight formats are not supported");
    const int x = op.inputs.at(0), out = op.outputs.at(0);
    ConstTensor weights = ctx.requireConstant(op.inputs.at(1), "weights");
    if (weights.shape.size() != 2) unsupportedTflite("the weights must be [units, inputs]");
    const int64_t units = weights.shape[0], k = weights.shape[1];
    const Shape& s = ctx.shape(x);
    int64_t inner = 1;
    for (size_t i = 1; i < s.size(); ++i) inner *= s[i];
    const bool keep = o && o->keep_num_dims();
    if (s.empty() || (keep && s.size() > 2) || inner != k)
        unsupportedTflite("only inputs that flatten to [batch, " + std::to_string(k) +
                          "] are supported (other shapes fold axes into the batch)");
    std::string flat = ctx.input(x);
    if (s.size() == 4) {
        // TFLite flattens NHWC; the ONNX value is NCHW: reorder the weight columns to C, H, W.
        ConstTensor w4 = weights;
        w4.shape = {units, s[1], s[2], s[3]};
        w4 = transposeConstant(w4, kTfliteToOnnxPerm);
        w4.shape = {units, k};
        weights = std::move(w4);
    }
    if (s.size() > 2) {
        const std::string f = ctx.temp(ctx.output(out) + "/flatten");
        setInt(ctx.node("Flatten", {flat}, {f}), "axis", 1);
        flat = f;
    }
    std::vector<std::string> inputs = {flat, ctx.initializer(weights, ctx.output(out) + "/weights")};
    if (op.inputs.size() > 2 && op.inputs[2] >= 0) inputs.push_back(ctx.input(op.inputs[2]));
    const std::string pre = ctx.preActivation(act, out);
    setInt(ctx.node("Gemm", inputs, {pre}), "transB", 1);
    ctx.fusedActivation(act, pre, ctx.output(out));
}

void lowerBatchMatMul(TfliteLoweringContext& ctx)
{
    const auto* o = ctx.op->raw->builtin_options_as_BatchMatMulOptions();
    if (o && (o->adj_x() || o->adj_y())) unsupportedTflite("adjoint operands are not supported");
    const int a = ctx.op->inputs.at(0), b = ctx.op->inputs.at(1);
    if (ctx.rank(a) == 4 || ctx.rank(b) == 4) unsupportedTflite("rank-4 matrix products are not supported");
    ctx.node("MatMul", {ctx.input(a), ctx.input(b)}, {ctx.output(ctx.op->outputs.at(0))});
}

TfliteLowerer pool(const char* onnxOp)
{
    return [onnxOp](TfliteLoweringContext& ctx) {
        const auto* o = ctx.op->raw->builtin_options_as_Pool2DOptions();
        if (!o) unsupportedTflite("Pool2DOptions are missing");
        const int x = ctx.op->inputs.at(0), out = ctx.op->outputs.at(0);
        requireRank4(ctx, x, "the input");
        const Window w{o->stride_h(), o->stride_w(), 1, 1, static_cast<int>(o->fused_activation_function())};
        const std::string pre = ctx.preActivation(w.activation, out);
        onnx::NodeProto& n = ctx.node(onnxOp, {ctx.input(x)}, {pre});
        setInts(n, "kernel_shape", {o->filter_height(), o->filter_width()});
        setInts(n, "strides", {w.strideH, w.strideW});
        // TFLite's average excludes padded pixels, as ONNX's count_include_pad = 0 does.
        setInts(n, "pads", forwardPads(ctx.shape(x), ctx.shape(out), o->filter_height(), o->filter_width(), w));
        ctx.fusedActivation(w.activation, pre, ctx.output(out));
    };
}

}  // namespace

void registerTfliteConvLowerings(TfliteLoweringRegistry& r)
{
    r.add("CONV_2D", lowerConv2d);
    r.add("DEPTHWISE_CONV_2D", lowerDepthwise);
    r.add("TRANSPOSE_CONV", lowerTransposeConv);
    r.add("Convolution2DTransposeBias", lowerConvolution2DTransposeBias);
    r.add("FULLY_CONNECTED", lowerFullyConnected);
    r.add("BATCH_MATMUL", lowerBatchMatMul);
    r.add("AVERAGE_POOL_2D", pool("AveragePool"));
    r.add("MAX_POOL_2D", pool("MaxPool"));
}

}  // namespace dfc
