#pragma once
// The model script's transpose() (user guide §5.3.3): the network runs with height and width
// swapped on the device; the host swaps the axes of inputs and outputs back. Each layer kind
// says, once, how its attributes and weights change when its tensors turn from [H, W, C] to
// [W, H, C]; kinds whose function cannot be kept (depth/space rearrangements, layout-dependent
// reshapes) refuse with the reason. A coverage test checks every kind has an entry.
#include <functional>
#include <string>
#include <vector>

#include "core/named_registry.h"
#include "ir/graph.h"

namespace dfc {

/// Rewrites a layer (its shapes still the untransposed ones) so that it computes the swapped
/// function; throws Error(Unsupported) with the reason when that is impossible.
using TransposeRule = std::function<void(Layer&)>;

class TransposeRuleRegistry : public NamedRegistry<TransposeRule> {
public:
    static const TransposeRuleRegistry& instance();
};

/// Transposes the connected components of the given input layers (all inputs when empty):
/// every layer in them is rewritten and marked "transposed", shapes are inferred again.
/// Returns the transposed layer names in topological order. Throws (leaving `graph` as it was)
/// when a layer refuses, naming it.
std::vector<std::string> transposeHeightWidth(Graph& graph, const std::vector<std::string>& inputs = {});

}  // namespace dfc
