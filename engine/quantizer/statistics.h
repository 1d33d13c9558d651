#pragma once
// Statistics the quantizer and the Studio read: per-layer weight statistics (params-csv) and
// per-layer activation statistics over a calibration set (range, mean, percentiles from a
// fixed-bin histogram, the histogram itself for drawing).
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/progress.h"
#include "ir/graph.h"
#include "quantizer/calibration_set.h"

namespace dfc {

struct WeightStats {
    std::string layer, type, weight;
    Shape shape;
    int64_t count = 0;
    double min = 0, max = 0, mean = 0, stddev = 0, absMax = 0, zeroFraction = 0;
    /// Over output channels (last axis): the smallest and largest per-channel |w| maximum; a large
    /// ratio means per-tensor quantization would waste bits on most channels.
    double channelAbsMaxMin = 0, channelAbsMaxMax = 0;
};

std::vector<WeightStats> weightStatistics(const Graph& graph);
/// CSV with a header row; one row per layer weight, in graph order.
std::string weightStatisticsCsv(const std::vector<WeightStats>& stats);

struct ActivationStats {
    std::string layer;
    double min = 0, max = 0, mean = 0;
    int64_t count = 0;
    std::vector<int64_t> histogram;  ///< kHistogramBins equal bins over [min, max]
    /// Range before a fused activation that the quantized model applies through a table.
    bool hasPreActivation = false;
    double preMin = 0, preMax = 0;
    /// Per channel (last axis): the range over the set; kept in memory only (zero_static_channels).
    std::vector<float> channelMin, channelMax;
    double percentile(double p) const;  ///< p in [0, 100], interpolated within a bin
};

constexpr int kHistogramBins = 1024;

/// Runs the float emulator over the set (in batches) and collects every layer's output
/// statistics; two passes: ranges, then histograms.
std::vector<ActivationStats> activationStatistics(const Graph& graph, const CalibrationSet& set, int64_t batchSize,
                                                  const Progress& progress = {});
nlohmann::ordered_json activationStatisticsJson(const std::vector<ActivationStats>& stats);
/// The inverse of activationStatisticsJson (for a HAR read back); throws InvalidFormat.
std::vector<ActivationStats> activationStatisticsFromJson(const nlohmann::json& j, const std::string& what);

}  // namespace dfc
