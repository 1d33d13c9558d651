// Element-wise non-linearities and affine normalizations.
#include "core/error.h"
#include "ir/activation.h"
#include "ir/kinds/kinds.h"

namespace dfc {

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
