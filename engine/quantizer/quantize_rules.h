#pragma once
// The quantizer's behaviour per layer kind, keyed by the HN type string: where the output
// encoding comes from, which float kernel and bias the layer multiplies by, and (rarely) a
// kind-specific table. A coverage test checks that every kind has a rule.
#include <functional>
#include <vector>

#include "core/named_registry.h"
#include "ir/layer.h"
#include "quant/quantized_model.h"

namespace dfc {

enum class OutputEncoding {
    Own,           ///< from the layer's calibration range
    FollowsInput,  ///< moves values: keeps its input's encoding (unless it has an activation)
    Probability,   ///< [0, 1] (softmax)
    Index,         ///< integer indices, scale 1 (argmax)
};

/// The float parameters of a layer that multiplies: kernel (element i in output channel
/// i % channels) and bias (zeros when the layer has none).
struct LinearWeights {
    Tensor kernel;
    Tensor bias;
    int64_t channels = 0;
};

struct QuantizeRule {
    OutputEncoding output = OutputEncoding::Own;
    std::function<LinearWeights(const Layer&)> weights;  ///< empty: no weights to quantize
    /// Replaces the generic activation table (fused activations) when set.
    std::function<void(const Layer&, LayerQuant&, const std::vector<QuantParams>& inputs)> table;
    /// The rows [N, K] the layer multiplies by its kernel viewed as [K, Cout], gathered from a
    /// batch of its input; empty (or an empty tensor) when the layer is no plain GEMM. AdaRound
    /// reconstructs a layer's output from these rows.
    std::function<Tensor(const Layer&, const Tensor& input)> gemmRows;
};

class QuantizeRuleRegistry : public NamedRegistry<QuantizeRule> {
public:
    static const QuantizeRuleRegistry& instance();
};

/// A single-input layer whose kernel is a GEMM [K, Cout] over rows in which row r reads input
/// channel r % Cin (an ungrouped convolution, a dense layer over a channel-last input): what
/// AdaRound, zero_static_channels and dead_channels_removal can work on.
bool isChannelGemm(const Layer& layer);

/// Output codes of `layer`'s activation for every code of `index` (the activation math of the
/// float emulator, evaluated once per code).
std::vector<int32_t> activationTable(const Layer& layer, const QuantParams& index, const QuantParams& output);

}  // namespace dfc
