#pragma once
// Iterative bias correction [Finkelstein et al. 2019] (the vendor's IBC): quantized weights
// and the errors of upstream layers shift the mean of a layer's pre-activation output. Layer by
// layer in topological order, in the fully quantized model whose upstream layers are already
// corrected, the per-channel shift against the float model is measured on calibration data and
// subtracted from the integer bias before the layer's consumers run. All images therefore run
// as one batch (bounded to about 2 GB of codes). Before an activation that saturates both ways
// (sigmoid, tanh, hard-sigmoid, clip) the shift is the mean error weighted by the activation's
// slope², so values where no shift changes the output do not decide it (bias_correction.cpp).
//
// An earlier one-pass variant measured every layer on the float model's inputs; on generated
// ResNet-18/MobileNetV2 with 80 % 4-bit weights it reached 38.8/39.1 dB where this one reaches
// 40.2/40.8 dB (8-bit: 40.4 vs 40.4, 40.6 vs 40.8), but on ch_ppocr cls at 8 bits it was better
// (29.2 vs 26.7 dB, random data): see the closing note of issue 5.
#include <string>
#include <vector>

#include "core/progress.h"
#include "ir/graph.h"
#include "quantizer/calibration_set.h"
#include "quant/quantized_model.h"
#include "quantizer/statistics.h"

namespace dfc {

struct BiasCorrectionReport {
    std::string layer;
    double meanAbsShift = 0;  ///< mean over channels of |E[quantized − float]| that was removed
};

/// The images iterative correction uses of the `wanted` ones: all run as one batch, so large
/// inputs lower the count (about 2 GB of codes).
int64_t iterativeCorrectionImages(const Graph& graph, int64_t wanted);

std::vector<BiasCorrectionReport> correctBiases(const Graph& graph, const std::vector<ActivationStats>& stats, QuantizedModel& model,
                                                const CalibrationSet& set, int64_t images, int64_t batchSize,
                                                const Progress& progress = {});

}  // namespace dfc
