// MAC-array layers: convolutions, transposed convolutions, dense and matmul.
#include "core/error.h"
#include "ir/kinds/kinds.h"

namespace dfc {
namespace {

const nlohmann::json kConvDefaults = {
    {"strides", {1, 1, 1, 1}}, {"dilations", {1, 1, 1, 1}}, {"padding", "VALID"},
    {"pads", {0, 0, 0, 0}},    {"groups", 1},               {"activation", "linear"},
    {"batch_norm", false},     {"elementwise_add", false}};

std::vector<Shape> convShape(const Layer& l, const std::vector<Shape>& in)
{
    const Tensor& k = l.weight("kernel");
    if (k.rank() != 4) fail(ErrorCode::InvalidGraph, "conv kernel must be [kh,kw,cin,cout]");
    const Hwc x = toHwc(in[0]);
    const int64_t groups = l.attr<int64_t>("groups");
    const bool depthwise = l.type() == "dw";
    const int64_t cinPerGroup = depthwise ? 1 : x.c / std::max<int64_t>(groups, 1);
    if (groups <= 0 || x.c % groups != 0 || (!depthwise && k.dim(2) != cinPerGroup) ||
        (depthwise && k.dim(2) != x.c))
        fail(ErrorCode::InvalidGraph, "kernel " + shapeToString(k.shape) +
                                          " does not fit input channels " + std::to_string(x.c));
    const Window w = windowOf(l, k.dim(0), k.dim(1));
    const int64_t cout = depthwise ? x.c * k.dim(3) : k.dim(3);
    return {{w.outH(x.h), w.outW(x.w), cout}};
}

int64_t convMacs(const Layer& l)
{
    const Tensor& k = l.weight("kernel");
    const Shape& o = l.outputShape();
    const int64_t cinPerGroup = l.type() == "dw" ? 1 : k.dim(2);
    return o[0] * o[1] * o[2] * k.dim(0) * k.dim(1) * cinPerGroup;
}

std::vector<Shape> deconvShape(const Layer& l, const std::vector<Shape>& in)
{
    const Tensor& k = l.weight("kernel");
    if (k.rank() != 4) fail(ErrorCode::InvalidGraph, "deconv kernel must be [kh,kw,cin/g,cout]");
    const Hwc x = toHwc(in[0]);
    const int64_t groups = l.attr<int64_t>("groups");
    if (groups <= 0 || x.c % groups != 0 || k.dim(2) != x.c / groups)
        fail(ErrorCode::InvalidGraph, "deconv kernel does not fit input channels");
    const Window w = windowOf(l, k.dim(0), k.dim(1));
    auto op = l.attr<std::vector<int64_t>>("output_padding");
    const int64_t oh = (x.h - 1) * w.sh - w.pt - w.pb + w.dh * (w.kh - 1) + 1 + op.at(0);
    const int64_t ow = (x.w - 1) * w.sw - w.pl - w.pr + w.dw * (w.kw - 1) + 1 + op.at(1);
    return {{oh, ow, k.dim(3)}};
}

std::vector<Shape> denseShape(const Layer& l, const std::vector<Shape>& in)
{
    const Tensor& k = l.weight("kernel");
    if (k.rank() != 2 || k.dim(0) != shapeElements(in[0]))
        fail(ErrorCode::InvalidGraph, "dense kernel " + shapeToString(k.shape) +
                                          " does not fit input " + shapeToString(in[0]));
    return {{k.dim(1)}};
}

std::vector<Shape> matmulShape(const Layer& l, const std::vector<Shape>& in)
{
    // out[h,w,n] = sum_k a[h,w,k] * b[h,k,n] (b transposed when transpose_matmul_input).
    if (in[0].size() != 3 || in[1].size() != 3)
        fail(ErrorCode::InvalidGraph, "matmul inputs must be [H,W,C]");
    const bool t = l.attr<bool>("transpose_matmul_input");
    const int64_t k = t ? in[1][2] : in[1][1], n = t ? in[1][1] : in[1][2];
    if (in[0][2] != k || (in[1][0] != in[0][0] && in[1][0] != 1))
        fail(ErrorCode::InvalidGraph, "matmul inner dimensions differ");
    return {{in[0][0], in[0][1], n}};
}

}  // namespace

void registerComputeKinds(LayerKindRegistry& r)
{
    r.add({.type = "conv",
           .category = LayerCategory::Compute,
           .summary = "2-D convolution (also grouped); kernel [kh,kw,cin/groups,cout].",
           .defaults = kConvDefaults,
           .weightNames = {"kernel", "bias"},
           .inferShapes = convShape,
           .macs = convMacs});
    r.add({.type = "dw",
           .category = LayerCategory::Compute,
           .summary = "Depthwise convolution; kernel [kh,kw,C,multiplier].",
           .defaults = kConvDefaults,
           .weightNames = {"kernel", "bias"},
           .inferShapes = convShape,
           .macs = convMacs});
    nlohmann::json deconvDefaults = kConvDefaults;
    deconvDefaults["output_padding"] = {0, 0};
    r.add({.type = "deconv",
           .category = LayerCategory::Compute,
           .summary = "Transposed convolution; kernel [kh,kw,cin/groups,cout].",
           .defaults = deconvDefaults,
           .weightNames = {"kernel", "bias"},
           .inferShapes = deconvShape,
           .macs = [](const Layer& l) {
               const Tensor& k = l.weight("kernel");
               const Hwc x = toHwc(l.inputShapes[0]);
               return x.h * x.w * k.dim(0) * k.dim(1) * k.dim(2) * k.dim(3);
           }});
    r.add({.type = "dense",
           .category = LayerCategory::Compute,
           .summary = "Fully connected layer over the flattened (H,W,C) input; kernel [in,out].",
           .defaults = {{"activation", "linear"}, {"batch_norm", false}},
           .weightNames = {"kernel", "bias"},
           .inferShapes = denseShape,
           .macs = [](const Layer& l) { return l.weight("kernel").size(); }});
    r.add({.type = "matmul",
           .category = LayerCategory::Compute,
           .summary = "Product of two data tensors: out[h,w,n] = sum_k a[h,w,k]·b[h,k,n].",
           .defaults = {{"transpose_matmul_input", false}, {"activation", "linear"}},
           .minInputs = 2,
           .maxInputs = 2,
           .inferShapes = matmulShape,
           .macs = [](const Layer& l) {
               return shapeElements(l.outputShape()) * l.inputShapes[0].back();
           }});
}

}  // namespace dfc
