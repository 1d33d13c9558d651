#pragma once
// dead_channels_removal (user guide, pre_quantization_optimization): an output channel whose
// weights are all zero and whose activation of the bias is zero outputs 0 for every input. It
// is pruned from the layer that computes it and from the rows of every layer that reads it,
// which changes the graph's shapes but not its function. Only layers whose consumers are all
// plain GEMMs over channels (ungrouped convolutions, dense) are pruned.
#include <string>
#include <vector>

#include "ir/graph.h"

namespace dfc {

struct RemovedChannels {
    std::string layer;              ///< the layer that lost output channels
    std::vector<int64_t> channels;  ///< its former channel indices
};

std::vector<RemovedChannels> removeDeadChannels(Graph& graph);

}  // namespace dfc
