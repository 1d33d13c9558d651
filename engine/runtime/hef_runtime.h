#pragma once
// Runs a .hef on the CPU as the device would: context by context in the compiled order, with
// the tensors that cross a context border held in host memory (as DDR and host buffers hold
// them between context switches), integer kernels only. The host side follows the boundary
// streams: inputs are quantized with the input streams' encodings (and height/width swapped
// for a transposed network), outputs dequantized with the output streams'. The kernels and the
// integer arithmetic are the quantized emulator's (engine/emulator, engine/quant), so the
// outputs are the emulator's bit for bit.
#include <map>
#include <string>
#include <vector>

#include "core/progress.h"
#include "emulator/executor.h"
#include "emulator/qkernel_registry.h"
#include "hef/hef.h"
#include "ir/graph.h"
#include "quant/quantized_model.h"

namespace dfc {

struct RuntimeRun {
    TensorsByName outputs;                       ///< by output layer name, dequantized, host layout
    std::map<std::string, QTensor> outputCodes;  ///< the device's codes, by output layer name
    std::vector<double> contextMillis;           ///< wall time per context
};

class HefRuntime {
public:
    /// Verifies the program against its own graph before anything runs: every layer in exactly
    /// one context, each reading only what its context computed before it or what earlier
    /// contexts left for it, every layer with an integer kernel and quantization, the streams'
    /// shapes and encodings the layers'. Throws InvalidFormat naming the field.
    explicit HefRuntime(HefFile file);
    static HefRuntime fromFile(const std::string& path);

    const HefInfo& info() const { return mFile.info; }
    const Graph& graph() const { return mGraph; }
    const QuantizedModel& quantizedModel() const { return mModel; }

    /// Inputs by input layer name or stream name, [N, H, W, C] (host layout) float tensors.
    RuntimeRun run(const TensorsByName& inputs, const Progress& progress = {}) const;

private:
    struct Step {
        const Layer* layer = nullptr;
        std::vector<size_t> ports;  ///< which output of each producer it reads
    };
    void buildProgram();

    HefFile mFile;
    Graph mGraph;
    QuantizedModel mModel;
    std::vector<std::vector<Step>> mContexts;
};

}  // namespace dfc
