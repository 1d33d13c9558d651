#pragma once
// Backward passes (vector–Jacobian products) of the float kernels, one per layer kind, keyed by
// the HN type string: what fine-tuning (quantizer/finetune.h) propagates the distillation loss
// through. A rule sees the layer without its fused activation: the trainer applies the
// activation's derivative first (activationDerivative), so one rule serves every activation.
// A coverage test checks that every kind has a rule or is listed in kindsWithoutBackward() with
// the reason, and finite differences check the rules' gradients.
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "core/named_registry.h"
#include "ir/layer.h"

namespace dfc {

struct BackwardArgs {
    const Layer& layer;                        ///< activation "linear"
    const std::vector<const Tensor*>& inputs;  ///< as the forward pass read them
    const std::vector<Tensor>& outputs;        ///< the forward outputs, one per port, before the activation
    const std::vector<Tensor>& gradOutputs;    ///< dLoss/d(outputs), one per port (empty: no gradient reached the port)
};

struct LayerGradients {
    std::vector<Tensor> inputs;  ///< one per input (an empty tensor: no gradient, e.g. a constant)
    Tensor kernel, bias;         ///< for a rule that trains weights: same shapes as the layer's "kernel" and "bias"
};

struct BackwardRule {
    std::function<LayerGradients(const BackwardArgs&)> backward;
    /// The rule returns gradients for the layer's "kernel" and "bias", which are the quantizer's
    /// LinearWeights of the layer (fine-tuning trains them).
    bool trainsWeights = false;
};

class BackwardRegistry : public NamedRegistry<BackwardRule> {
public:
    static const BackwardRegistry& instance();
};

/// The kinds with no backward pass, and why: a graph holding one is not fine-tuned.
const std::map<std::string, std::string>& kindsWithoutBackward();

/// d activation(x)/dx at every value of `preActivation` (the layer's fused activation), by central
/// differences of the float emulator's own activation math: one definition of each function.
Tensor activationDerivative(const Layer& layer, const Tensor& preActivation);

// Registration, one function per family file.
void registerLinearBackward(BackwardRegistry&);
void registerElementwiseBackward(BackwardRegistry&);
void registerMovementBackward(BackwardRegistry&);
void registerPoolBackward(BackwardRegistry&);

}  // namespace dfc
