#pragma once
// Layer noise analysis (user guide §4.6): which layer's quantization hurts the outputs. For each
// layer, the model runs with only that layer in integers (its inputs quantized with their
// producers' encodings, everything else float) and the SNR at every output is measured; with all
// layers quantized, each layer's own output is compared with the float one ("on-layer" SNR).
// Native-vs-quantized scatter samples and weight histograms are kept for drawing.
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/progress.h"
#include "ir/graph.h"
#include "quantizer/calibration_set.h"
#include "quant/quantized_model.h"

namespace dfc {

/// 10·log10(Σ ref² / Σ (ref − test)²), capped at kSnrCapDb when the error is zero.
double snrDb(const std::vector<double>& signalPower, const std::vector<double>& noisePower);
constexpr double kSnrCapDb = 150.0;

struct LayerNoise {
    std::string layer;
    std::vector<double> outputSnrDb;  ///< only this layer quantized, per output layer
    double onLayerSnrDb = 0;          ///< all layers quantized, this layer's own output
    std::vector<std::pair<float, float>> scatter;  ///< (native, quantized) samples, all quantized
};

struct NoiseReport {
    std::vector<std::string> outputs;
    std::vector<double> fullOutputSnrDb;  ///< all layers quantized, per output
    std::vector<LayerNoise> layers;       ///< graph order
    int64_t images = 0;
    /// Layers sorted by their worst single-layer output SNR, worst first.
    std::vector<const LayerNoise*> ranking() const;
};

NoiseReport analyzeNoise(const Graph& graph, const QuantizedModel& model, const CalibrationSet& data, int64_t batchSize,
                         const Progress& progress = {});
nlohmann::ordered_json noiseReportJson(const NoiseReport& report, const Graph& graph, const QuantizedModel& model);

}  // namespace dfc
