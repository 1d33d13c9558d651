#pragma once
// Fine-tuning (the vendor's FineTune / QFT, optimization level 2): knowledge distillation of the
// quantized model against the native one, on the CPU. The network runs in float with every
// output fake-quantized in its layer's encoding and every trained kernel fake-quantized on its
// per-channel grid; rounding and clipping pass gradients straight through (zero where a value
// was clipped). The loss compares chosen layers (default: the outputs) with the native model's;
// gradients come from the backward registry (quantizer/backward); Adam updates the float kernels
// and biases of the weighted layers under a warm-up then cosine-restart schedule. The scales stay
// as the quantizer chose them: after training, the kernels are rounded on the same grids.
// The result is kept only when the integer model (the quantized emulator, not the float proxy)
// matches the native one better on held-out items than before: fine-tuning never makes a model
// worse on data it did not train on.
#include <cstdint>
#include <string>
#include <vector>

#include "core/progress.h"
#include "ir/graph.h"
#include "quant/quantized_model.h"
#include "quantizer/calibration_set.h"
#include "script/quantization_settings.h"

namespace dfc {

struct FinetuneReport {
    bool ran = false;
    std::string skipReason;               ///< why it did not run (a kind without backward, too few items)
    int64_t trainItems = 0, heldOutItems = 0, steps = 0;
    std::vector<std::string> trainedLayers;
    std::vector<std::string> lossLayers;
    std::vector<double> epochLoss;        ///< mean training loss (fake-quantized float) per epoch
    double heldOutBefore = 0;             ///< distillation loss of the integer model on held-out items, before
    double heldOutAfter = 0;              ///< and with the fine-tuned kernels
    bool kept = false;                    ///< false: the fine-tuned kernels were worse on held-out items and were dropped
    std::string summary() const;          ///< one line for logs and the CLI
};

/// The first kind in `graph` without a backward pass ("layer (kind): reason"), or "".
std::string finetuneBlocker(const Graph& graph);

/// Fine-tunes `model` (in place) on the set's first `items` items; the last of them (one in
/// four, FinetuneConfig::heldOut when set) are held out and judge the result.
FinetuneReport finetuneQuantized(const Graph& graph, QuantizedModel& model, const CalibrationSet& set, int64_t items,
                                 const FinetuneConfig& config, const Progress& progress = {});

}  // namespace dfc
