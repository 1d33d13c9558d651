// Two-input element-wise layers with broadcasting of size-1 dimensions.
#include "core/error.h"
#include "ir/kinds/kinds.h"

namespace dfc {
namespace {

std::vector<Shape> broadcastShape(const Layer&, const std::vector<Shape>& in)
{
    Shape a = in[0], b = in[1];
    if (a.size() != b.size()) {  // [C] against [H,W,C]: see both as [H,W,C]
        const Hwc x = toHwc(a), y = toHwc(b);
        a = {x.h, x.w, x.c};
        b = {y.h, y.w, y.c};
    }
    Shape out(a.size());
    for (size_t i = 0; i < a.size(); ++i) {
        if (a[i] != b[i] && a[i] != 1 && b[i] != 1)
            fail(ErrorCode::InvalidGraph, "cannot broadcast " + shapeToString(in[0]) + " with " +
                                              shapeToString(in[1]));
        out[i] = std::max(a[i], b[i]);
    }
    return {out};
}

void addElementwise(LayerKindRegistry& r, const std::string& type, const std::string& summary)
{
    r.add({.type = type,
           .category = LayerCategory::Elementwise,
           .summary = summary,
           .defaults = {{"activation", "linear"}},
           .minInputs = 2,
           .maxInputs = 2,
           .inferShapes = broadcastShape,
           .macs = [](const Layer& l) { return shapeElements(l.outputShape()); }});
}

}  // namespace

void registerElementwiseKinds(LayerKindRegistry& r)
{
    addElementwise(r, "ew_add", "a + b, element-wise with broadcasting.");
    addElementwise(r, "ew_sub", "a − b, element-wise with broadcasting.");
    addElementwise(r, "ew_mult", "a · b, element-wise with broadcasting.");
    addElementwise(r, "ew_div", "a / b, element-wise with broadcasting.");
    addElementwise(r, "ew_min", "min(a, b), element-wise with broadcasting.");
    addElementwise(r, "ew_max", "max(a, b), element-wise with broadcasting.");
}

}  // namespace dfc
