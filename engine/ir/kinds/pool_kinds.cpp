// Spatial pooling.
#include "core/error.h"
#include "ir/kinds/kinds.h"

namespace dfc {
namespace {

std::vector<Shape> poolShape(const Layer& l, const std::vector<Shape>& in)
{
    auto ks = l.attr<std::vector<int64_t>>("kernel_shape");
    if (ks.size() != 4) fail(ErrorCode::InvalidGraph, "pool kernel_shape needs 4 values");
    const Hwc x = toHwc(in[0]);
    const Window w = windowOf(l, ks[1], ks[2]);
    return {{w.outH(x.h), w.outW(x.w), x.c}};
}

int64_t poolMacs(const Layer& l)
{
    auto ks = l.attr<std::vector<int64_t>>("kernel_shape");
    return shapeElements(l.outputShape()) * ks[1] * ks[2];
}

const nlohmann::json kPoolDefaults = {{"kernel_shape", {1, 2, 2, 1}}, {"strides", {1, 2, 2, 1}},
                                      {"padding", "VALID"},          {"pads", {0, 0, 0, 0}},
                                      {"activation", "linear"},      {"count_include_pad", false},
                                      {"ceil_pad", {0, 0}}};

}  // namespace

void registerPoolKinds(LayerKindRegistry& r)
{
    r.add({.type = "maxpool",
           .category = LayerCategory::Pool,
           .summary = "Max pooling over kh×kw windows (pads never win the max).",
           .defaults = kPoolDefaults,
           .inferShapes = poolShape,
           .macs = poolMacs});
    r.add({.type = "avgpool",
           .category = LayerCategory::Pool,
           .summary = "Average pooling; count_include_pad decides whether pads count.",
           .defaults = kPoolDefaults,
           .inferShapes = poolShape,
           .macs = poolMacs});
    r.add({.type = "global_avg_pool",
           .category = LayerCategory::Pool,
           .summary = "Mean over height and width; output 1×1×C.",
           .defaults = {{"activation", "linear"}},
           .inferShapes = [](const Layer&, const std::vector<Shape>& in) {
               return std::vector<Shape>{{1, 1, toHwc(in[0]).c}};
           },
           .macs = [](const Layer& l) { return shapeElements(l.inputShapes[0]); }});
}

}  // namespace dfc
