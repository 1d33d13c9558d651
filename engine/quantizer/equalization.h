#pragma once
// Cross-layer equalization [Meller et al. 2019; Nagel et al. 2019]: for a layer whose output
// feeds exactly one next weighted layer through a positively homogeneous activation (linear,
// ReLU, leaky, PReLU), output channel c of the first is divided by s_c and input channel c of
// the second multiplied by it, s_c = sqrt(r1_c / r2_c), so both get the same per-channel range
// and per-channel weight quantization wastes fewer bits. The float function is unchanged.
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "ir/graph.h"

namespace dfc {

struct EqualizedPair {
    std::string first, second;
    double rangeRatioBefore = 0, rangeRatioAfter = 0;  ///< max/min per-channel range of `first`
};

/// Equalizes every eligible pair (a few sweeps, since chains share layers); `layers` restricts
/// the pairs to those whose first layer is listed (empty: all); no pair uses an `excluded` layer
/// (a per-layer policy=disabled).
std::vector<EqualizedPair> equalizeWeights(Graph& graph, const std::vector<std::string>& layers = {},
                                           const std::set<std::string>& excluded = {});

}  // namespace dfc
