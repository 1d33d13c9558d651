// Element-wise non-linearities and affine normalizations.
#include <cmath>

#include "core/error.h"
#include "ir/activation.h"
#include "ir/kinds/kinds.h"

namespace dfc {

/// Batch norm as scale and shift: scale = gamma / sqrt(var + eps), shift = beta − mean·scale.
void batchNormScaleShift(const Layer& l, std::vector<float>& scale, std::vector<float>& shift)
{
    const auto& g = l.weight("gamma").data;
    const auto& b = l.weight("beta").data;
    const auto& m = l.weight("moving_mean").data;
    const auto& v = l.weight("moving_variance").data;
    const double eps = l.attr<double>("epsilon");
    scale.resize(g.size());
    shift.resize(g.size());
    for (size_t i = 0; i < g.size(); ++i) {
        scale[i] = static_cast<float>(g[i] / std::sqrt(static_cast<double>(v.at(i)) + eps));
        shift[i] = b.at(i) - m.at(i) * scale[i];
    }
}

void registerActivationKinds(LayerKindRegistry& r)
{
    r.add({.type = "activation",
           .category = LayerCategory::Activation,
           .summary = "A standalone activation function (see the activation registry).",
           .defaults = {{"activation", "linear"}},
           .inferShapes = [](const Layer& l, const std::vector<Shape>& in) {
               ActivationRegistry::instance().get(l.attr<std::string>("activation"));
               return std::vector<Shape>{in[0]};
           }});
    r.add({.type = "batch_norm",
           .category = LayerCategory::Normalize,
           .summary = "Batch normalization with its moving statistics (folded when possible).",
           .defaults = {{"epsilon", 1e-5}, {"activation", "linear"}},
           .weightNames = {"gamma", "beta", "moving_mean", "moving_variance"},
           .inferShapes = sameAsFirstInput,
           .macs = [](const Layer& l) { return shapeElements(l.outputShape()); }});
    r.add({.type = "normalization",
           .category = LayerCategory::Normalize,
           .summary = "Per-channel affine map y = x·kernel + bias (input mean/std, folded scales).",
           .defaults = {{"activation", "linear"}},
           .weightNames = {"kernel", "bias"},
           .inferShapes = sameAsFirstInput,
           .macs = [](const Layer& l) { return shapeElements(l.outputShape()); }});
}

}  // namespace dfc
