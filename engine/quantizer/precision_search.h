#pragma once
// Mixed-precision search (post_quantization_optimization(mix_precision_search)): raises the few
// layers whose 8-bit quantization costs the outputs most to 16 bits, until the worst output SNR
// reaches a target or a share of the layers is spent. Sensitivity is measured, not guessed: each
// layer is quantized alone (the noise analysis' per-layer pass) and ranked by how far it takes
// the outputs down; then growing prefixes of that ranking are quantized for real and measured,
// and the smallest prefix that reaches the target is kept.
#include <string>
#include <vector>

#include "core/progress.h"
#include "ir/graph.h"
#include "quantizer/calibration_set.h"
#include "quantizer/statistics.h"
#include "script/quantization_settings.h"

namespace dfc {

struct PrecisionSearchResult {
    bool ran = false;                   ///< false: switched off, or skipped (skipReason)
    std::string skipReason;
    double targetDb = 0;
    double worstBeforeDb = 0;           ///< the worst output SNR with the script's precisions
    double worstAfterDb = 0;            ///< with the raised layers as well
    int64_t images = 0;                 ///< items measured on
    int64_t candidates = 0;             ///< layers the search could raise (the script's choices stand)
    std::vector<std::string> raised;    ///< raised to a16_w16, most sensitive first
    /// Each candidate's worst output SNR when it alone is quantized (empty when the model already
    /// met the target: no per-layer pass ran), most sensitive first.
    std::vector<std::pair<std::string, double>> sensitivity;
    int rounds = 0;                     ///< configurations quantized and measured
    bool metTarget() const { return worstAfterDb >= targetDb; }
    /// The quantization_param line that reproduces the choice ("" when nothing was raised).
    std::string scriptLine() const;
    /// One sentence: what was measured, what was chosen and why.
    std::string summary() const;
};

/// Runs the search on `items` (calibration data) and adds the raised layers to
/// `config.precision`. The statistics are those the quantizer uses; nothing else changes.
PrecisionSearchResult searchMixedPrecision(const Graph& graph, const std::vector<ActivationStats>& stats, QuantizationConfig& config,
                                           const CalibrationSet& items, int64_t batchSize, const Progress& progress = {});

}  // namespace dfc
