#pragma once
// What an optimization will see and how long it will take, before it runs (the optimize wizard's
// preview). Time: the expected seconds of each level. The stages' costs are counted in float passes over one calibration item (statistics, bias
// correction, AdaRound's row collection) and in multiply-accumulates (AdaRound's training), both
// converted to seconds with a float pass timed on this machine. The constants were measured on
// MobileNetV2 and PP-OCRv4 rec (see the .cpp); the result is an estimate, shown as one.
#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "quantizer/calibration_set.h"
#include "script/quantization_settings.h"

namespace dfc {

class Runner;

struct OptimizeEstimate {
    std::map<std::string, double> stageSeconds;  ///< the names of OptimizeSummary::stageSeconds
    double seconds() const;
};

/// The expected stage times of optimizing `graph` with `config` over `items` calibration items,
/// given a float pass of one item takes `floatSecondsPerItem` here, on random data or not (the
/// default mixed-precision search skips random data).
OptimizeEstimate estimateOptimize(const Graph& graph, const QuantizationConfig& config, int64_t items,
                                  double floatSecondsPerItem, bool randomData);

/// Seconds one float (native) pass of one item takes, timed on up to `items` items of `set`
/// (at least one warm-up item is not counted when the set has two or more).
double timeFloatPass(const Runner& runner, const CalibrationSet& set, int64_t items = 4);

/// `native` with the script's model modifications applied: the graph optimize() quantizes.
Graph withModifications(const Graph& native, const ModelScript& script);

/// One sentence per input whose calibration values reach `graph` unnormalized (beyond ±2, such as
/// 0–255 pixels) with no normalization layer right after it; `graph` has the script applied.
/// Quantization itself copes with any range; a model trained on normalized values does not.
std::vector<std::string> normalizationHints(const Graph& graph, const CalibrationSet& set);

/// `inputs` (by input layer) as the first layers will see them once the script's `normalization`
/// commands are applied to `native`; inputs the script does not normalize come back unchanged.
std::map<std::string, Tensor> scriptNormalizedInputs(const Graph& native, const ModelScript& script,
                                                     std::map<std::string, Tensor> inputs);

}  // namespace dfc
