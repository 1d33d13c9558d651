#pragma once
// Runs a Graph layer by layer in topological order with the float kernels (native mode).
// Inputs and outputs are keyed by input/output layer name, shaped [N, H, W, C] or [N, C].
#include <map>
#include <vector>
#include <string>

#include "core/progress.h"
#include "ir/graph.h"

namespace dfc {

using TensorsByName = std::map<std::string, Tensor>;

struct EmulatorRun {
    TensorsByName outputs;        ///< by output layer name
    TensorsByName intermediates;  ///< every layer's first output, when asked for
    std::vector<std::pair<std::string, double>> layerMillis;  ///< wall time per layer, in run order
    TensorsByName preActivations; ///< before the fused activation, for layers asked for
};

class Executor {
public:
    explicit Executor(const Graph& graph);
    /// Also keeps these layers' outputs before their fused activation (the quantizer needs the
    /// range an activation function reads, not only the one it writes).
    void recordPreActivations(const std::vector<std::string>& layers);
    /// Throws InvalidArgument when an input is missing or mis-shaped; Cancelled on cancel.
    EmulatorRun run(const TensorsByName& inputs, bool keepIntermediates = false,
                    const Progress& progress = {}) const;

private:
    const Graph& mGraph;
    std::vector<const Layer*> mOrder;
    std::map<std::string, Layer> mLinearized;  ///< copies with activation "linear"
};

}  // namespace dfc
