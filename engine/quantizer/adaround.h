#pragma once
// AdaRound [Nagel et al. 2020]: instead of rounding every weight to the nearest grid point, learn
// per weight whether to round down or up so that the layer's output, not its weights, stays
// close to the float model. Layer by layer, on CPU: each layer's input rows come from the float
// model (quantized with the producer's encoding), the target is the float layer's output, and
// a rectified-sigmoid rounding variable is trained with Adam under an annealed regularizer that
// pushes every variable to 0 or 1. A layer keeps the learned rounding only when it reconstructs
// held-out calibration rows (one in eight, never trained on) better than nearest rounding did;
// a layer with fewer rows than kernel rows is not trained at all (it could memorize them).
#include <cstdint>
#include <string>
#include <vector>

#include "core/progress.h"
#include "ir/graph.h"
#include "quantizer/calibration_set.h"
#include "quant/quantized_model.h"
#include "script/quantization_settings.h"

namespace dfc {

struct AdaRoundReport {
    std::string layer;
    int64_t rows = 0;
    double nearestMse = 0;   ///< reconstruction error (output MSE) with nearest rounding
    double learnedMse = 0;   ///< with the learned rounding (and bias, when trained)
    double flipped = 0;      ///< share of weights rounded differently from nearest
    bool kept = false;       ///< false: nearest rounding was better and stays
    std::string skipped;     ///< why the layer was not trained (too few rows), or empty
};

/// Layers AdaRound can train: a quantization rule with GEMM rows and quantized weights.
bool adaroundSupports(const Layer& layer, const LayerQuant& q);

/// Trains the rounding of `layers` (each must be supported) on the first `images` items of the
/// set; changes the kernels (and biases) of `model` in place.
std::vector<AdaRoundReport> adaroundLayers(const Graph& graph, QuantizedModel& model, const std::vector<std::string>& layers,
                                           const CalibrationSet& set, int64_t images, int64_t batchSize,
                                           const AdaRoundOptions& options, const Progress& progress = {});

}  // namespace dfc
