#pragma once
// Layer noise analysis (user guide §4.6): which layer's quantization hurts the outputs. For each
// layer, the model runs with only that layer in integers (its inputs quantized with their
// producers' encodings, everything else float) and the SNR at every output is measured; with all
// layers quantized, each layer's own output is compared with the float one ("on-layer" SNR).
// Native-vs-quantized scatter samples and weight histograms are kept for drawing.
#include <optional>
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
/// The SNR of `test` against `reference` (same size; throws Internal otherwise).
double tensorSnrDb(const Tensor& reference, const Tensor& test);

/// What makes a layer's quantization coarse, from what the analysis measured on the float
/// activations against the layer's chosen output encoding: what a user can act on.
enum class NoiseCause {
    Clipping,       ///< over kClippedShare of the values fall outside the chosen range
    OutlierRange,   ///< 99.9 % of the values use under 1/16 of the range: rare outliers set the step
    ChannelSpread,  ///< one channel's range is over 16× the median channel's (one scale for all)
    FewWeightBits,  ///< 4-bit weights
    WeightOutliers, ///< in the median output channel 99 % of the weights use under 1/16 of its range
    Amplified,      ///< close on the layer, yet alone it takes an output kAmplifiedDb lower: later layers magnify it
};
inline constexpr NoiseCause kNoiseCauses[] = {NoiseCause::Clipping, NoiseCause::OutlierRange, NoiseCause::ChannelSpread,
                                              NoiseCause::FewWeightBits, NoiseCause::WeightOutliers, NoiseCause::Amplified};
std::string noiseCauseName(NoiseCause cause);  ///< "clipping", "outlier_range", …
constexpr double kClippedShare = 0.01, kRangeUseFloor = 1.0 / 16, kChannelSpreadCeiling = 16, kAmplifiedDb = 20;

struct LayerNoise {
    std::string layer;
    std::vector<double> outputSnrDb;  ///< only this layer quantized, per output layer (empty: not measured)
    double onLayerSnrDb = 0;          ///< all layers quantized, this layer's own output
    std::vector<std::pair<float, float>> scatter;  ///< (native, quantized) samples, all quantized
    double clippedShare = 0;   ///< float values outside the chosen output range
    double rangeUse = 1;       ///< 99.9th percentile of |value| over the range's largest magnitude
    double channelSpread = 1;  ///< largest per-channel |value| maximum over the median channel's
    double weightRangeUse = 1; ///< median over output channels of the 99th percentile |code| over the largest
    std::vector<NoiseCause> causes;
    /// The worst output SNR with only this layer quantized (kSnrCapDb when not measured).
    double worstOutputSnrDb() const;
};

struct NoiseReport {
    std::vector<std::string> outputs;
    std::vector<double> fullOutputSnrDb;  ///< all layers quantized, per output
    std::vector<LayerNoise> layers;       ///< graph order
    int64_t images = 0;
    /// Layers sorted by their worst single-layer output SNR, worst first.
    std::vector<const LayerNoise*> ranking() const;
};

/// `perLayer` false measures only the full quantization (outputs, on-layer SNR, the causes): one
/// pass instead of one per layer, for a quick record of every optimization run.
NoiseReport analyzeNoise(const Graph& graph, const QuantizedModel& model, const CalibrationSet& data, int64_t batchSize,
                         const Progress& progress = {}, bool perLayer = true);
/// One layer in two analyses of the same model (two optimization runs): its on-layer SNR, and its
/// worst output SNR alone when both measured it; positive deltas are improvements.
struct LayerNoiseDelta {
    std::string layer;
    double onLayerBefore = 0, onLayerAfter = 0;
    std::optional<double> aloneBefore, aloneAfter;
    double onLayerDelta() const { return onLayerAfter - onLayerBefore; }
};
/// The layers both reports hold, in `after`'s order.
std::vector<LayerNoiseDelta> compareNoise(const NoiseReport& before, const NoiseReport& after);

/// Layers to raise to 16 bits from a per-layer analysis: those whose quantization alone takes an
/// output under `targetDb`, worst first, at most `maxShare` of the analyzed layers (a first cut at
/// mixed precision: each layer's sensitivity measured alone).
std::vector<std::string> sixteenBitCandidates(const NoiseReport& report, double targetDb, double maxShare);

/// What to try on one layer, as the model-script line that does it, from its measured causes:
/// 8-bit weights for 4-bit ones, percentile clipping when outliers set the range, MMSE weight
/// clipping for weight outliers, otherwise 16 bits (the network magnifies its rounding, or one
/// scale serves channels of very different ranges).
struct NoiseRemedy {
    std::string line;  ///< the script line
    std::string why;   ///< one clause
};
NoiseRemedy suggestedRemedy(const LayerNoise& layer);

/// The measured fields only (no histograms, no bits): what noiseReportFromJson reads back.
nlohmann::ordered_json noiseMeasurementsJson(const NoiseReport& report);
/// The inverse of noiseReportJson's measured fields (for a HAR read back); throws InvalidFormat.
NoiseReport noiseReportFromJson(const nlohmann::json& j, const std::string& what);
nlohmann::ordered_json noiseReportJson(const NoiseReport& report, const Graph& graph, const QuantizedModel& model);

}  // namespace dfc
