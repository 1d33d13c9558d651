#pragma once
// Runs a graph with its quantized model: integer kernels, codes between layers, inputs quantized
// with the input layers' encodings and outputs dequantized. For noise analysis a subset of the
// layers can run in integers while the rest runs in float (values cross the border through the
// producers' encodings).
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>

#include "core/progress.h"
#include "emulator/executor.h"
#include "emulator/qkernel_registry.h"
#include "ir/graph.h"
#include "quant/quantized_model.h"

namespace dfc {

struct QuantizedRun {
    TensorsByName outputs;         ///< by output layer name, dequantized
    TensorsByName intermediates;   ///< every layer's first output, dequantized, when asked for
    TensorsByName preActivations;  ///< dequantized probes, for layers asked for
    std::map<std::string, QTensor> outputCodes;  ///< raw codes of the outputs
    std::vector<std::pair<std::string, double>> layerMillis;  ///< wall time per layer, in run order
};

class QuantizedExecutor {
public:
    /// Throws Unsupported when a layer has no integer kernel or no quantization entry.
    QuantizedExecutor(const Graph& graph, const QuantizedModel& model);
    /// Runs only these layers in integers and the others in float; nullopt (default): all.
    void quantizeOnly(std::optional<std::set<std::string>> layers);
    /// Also computes these layers in integers without their fused activation, in the given
    /// encoding, from their inputs as this run has them (float inputs are quantized with their
    /// producers' encodings): bias correction compares accumulators, not clipped outputs.
    void recordPreActivations(const std::map<std::string, QuantParams>& probes);

    /// Called with each probed layer's pre-activation (dequantized probe) before the layer itself
    /// is computed: the hook may change that layer's entry in the model this executor reads
    /// (iterative bias correction), and the layer then runs with the changed entry. With a hook,
    /// probes are not kept in QuantizedRun::preActivations.
    using ProbeHook = std::function<void(const Layer&, const Tensor& preActivation)>;
    void afterProbedLayer(ProbeHook hook) { mHook = std::move(hook); }
    /// Float layers that no integer layer feeds compute exactly what a float run computed: with
    /// a float run's intermediates here, such layers take them instead of running again (noise
    /// analysis quantizes one layer at a time, so about half of each run is upstream of it).
    /// The map must outlive the runs; nullptr: compute everything.
    void reuseFloat(const TensorsByName* floatIntermediates) { mReuse = floatIntermediates; }

    QuantizedRun run(const TensorsByName& inputs, bool keepIntermediates = false, const Progress& progress = {}) const;

private:
    bool integerLayer(const std::string& name) const;

    const Graph& mGraph;
    const QuantizedModel& mModel;
    std::vector<const Layer*> mOrder;
    std::optional<std::set<std::string>> mOnly;
    std::map<std::string, std::pair<Layer, QuantParams>> mProbes;  ///< linear copy of the layer, probe encoding
    ProbeHook mHook;
    const TensorsByName* mReuse = nullptr;
};

}  // namespace dfc
