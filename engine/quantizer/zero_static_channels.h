#pragma once
// zero_static_channels (user guide, pre_quantization_optimization): an input channel that never
// changes over the calibration set (a ReLU channel that is always 0, a constant feature) carries
// no information, yet its weights still widen the consuming layer's per-channel weight range.
// Their weights are zeroed; a non-zero constant is first folded into the bias where that is exact
// (dense layers, convolutions without padding). The float function on the calibration set is
// unchanged; the graph's structure is too.
#include <set>
#include <string>
#include <vector>

#include "ir/graph.h"
#include "quantizer/statistics.h"

namespace dfc {

struct ZeroedChannels {
    std::string layer;              ///< the consuming layer whose weights were zeroed
    std::vector<int64_t> channels;  ///< its input channels that were static
    int64_t folded = 0;             ///< of those, non-zero constants moved into the bias
};

std::vector<ZeroedChannels> zeroStaticChannels(Graph& graph, const std::vector<ActivationStats>& stats, double eps,
                                               const std::set<std::string>& disabledLayers = {});

}  // namespace dfc
