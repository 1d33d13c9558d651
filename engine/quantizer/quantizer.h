#pragma once
// Builds the quantized model of a float graph from its calibration statistics and a
// configuration: output encodings (ranges, clipping, 8/16 bits), per-channel integer weights
// (4/8/16 bits, clipping), integer biases and activation tables. Deterministic: no randomness,
// layers in graph order.
#include <string>
#include <vector>

#include "ir/graph.h"
#include "script/quantization_settings.h"
#include "quant/quantized_model.h"
#include "quantizer/statistics.h"

namespace dfc {

QuantizedModel quantizeGraph(const Graph& graph, const std::vector<ActivationStats>& stats, const QuantizationConfig& config);

/// The bits each layer gets: explicit precision modes, then the automatic 4-bit share of the
/// largest weight tensors (never the first or last weighted layer).
std::map<std::string, Precision> choosePrecisions(const Graph& graph, const QuantizationConfig& config);

}  // namespace dfc
