// Reductions over axes, softmax and argmax.
#include "core/error.h"
#include "ir/kinds/kinds.h"

namespace dfc {
namespace {

std::vector<Shape> reduceShape(const Layer& l, const std::vector<Shape>& in)
{
    Shape out = in[0];
    for (int64_t a : l.attr<std::vector<int64_t>>("reduce_axes")) {
        if (a < 0 || a >= static_cast<int64_t>(out.size()))
            fail(ErrorCode::InvalidGraph, "reduce axis out of range");
        out[a] = 1;
    }
    return {out};
}

void addReduce(LayerKindRegistry& r, const std::string& type, const std::string& summary)
{
    r.add({.type = type,
           .category = LayerCategory::Reduce,
           .summary = summary,
           .defaults = {{"reduce_axes", {2}}, {"activation", "linear"}},
           .inferShapes = reduceShape,
           .macs = [](const Layer& l) { return shapeElements(l.inputShapes[0]); }});
}

}  // namespace

void registerReduceKinds(LayerKindRegistry& r)
{
    addReduce(r, "reduce_max", "Maximum over reduce_axes (indices into [H,W,C]).");
    addReduce(r, "reduce_min", "Minimum over reduce_axes.");
    addReduce(r, "reduce_sum", "Sum over reduce_axes.");
    addReduce(r, "reduce_mean", "Mean over reduce_axes.");
    addReduce(r, "reduce_sum_square", "Sum of squares over reduce_axes.");
    r.add({.type = "softmax",
           .category = LayerCategory::Reduce,
           .summary = "Softmax over the features.",
           .inferShapes = sameAsFirstInput,
           .macs = [](const Layer& l) { return 3 * shapeElements(l.outputShape()); }});
    r.add({.type = "argmax",
           .category = LayerCategory::Reduce,
           .summary = "Index of the largest feature; output has one feature.",
           .inferShapes = [](const Layer&, const std::vector<Shape>& in) {
               Shape out = in[0];
               out.back() = 1;
               return std::vector<Shape>{out};
           }});
}

}  // namespace dfc
