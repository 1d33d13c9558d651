#pragma once
// Runs a Graph layer by layer in topological order with the float kernels (native mode).
// Inputs and outputs are keyed by input/output layer name, shaped [N, H, W, C] or [N, C].
#include <map>
#include <string>

#include "core/progress.h"
#include "ir/graph.h"

namespace dfc {

using TensorsByName = std::map<std::string, Tensor>;

struct EmulatorRun {
    TensorsByName outputs;        ///< by output layer name
    TensorsByName intermediates;  ///< every layer's first output, when asked for
    std::vector<std::pair<std::string, double>> layerMillis;  ///< wall time per layer, in run order
};

class Executor {
public:
    explicit Executor(const Graph& graph);
    /// Throws InvalidArgument when an input is missing or mis-shaped; Cancelled on cancel.
    EmulatorRun run(const TensorsByName& inputs, bool keepIntermediates = false,
                    const Progress& progress = {}) const;

private:
    const Graph& mGraph;
    std::vector<const Layer*> mOrder;
};

}  // namespace dfc
