#pragma once
// What the quantization commands of a model script ask for, resolved against the graph:
// optimization and compression levels, per-layer precision modes, clipping, and the algorithm
// switches. Level defaults (user guide, model_optimization_flavor) are applied here, once.
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "ir/graph.h"
#include "quantizer/adaround.h"
#include "script/script_ast.h"

namespace dfc {

struct Precision {
    int activationBits = 8;
    int weightBits = 8;
};
/// "a8_w8", "a8_w4", "a16_w16", "a16_w8", "a8_w16"? → bits; throws Unsupported for others.
Precision precisionFromMode(const std::string& mode);

struct ClippingRule {
    std::string mode;              ///< disabled, manual, percentile, percentile_force, mmse, mmse_if4b
    std::vector<double> values;    ///< manual: [lo, hi]; percentile: [lo%, hi%]
};

/// post_quantization_optimization(adaround, …) and the levels that switch it on.
struct AdaRoundConfig {
    bool enabled = false;
    bool trainAll = false;                     ///< mode train_all; train_4bit trains 4-bit layers only
    std::map<std::string, bool> layerPolicy;   ///< explicit per-layer enabled/disabled
    int64_t epochs = 320, batchSize = 32;
    int64_t datasetSize = 0;                   ///< 0: the level's (256 at level 3, else 1024)
    AdaRoundOptions options;
    /// Gradient steps per layer for `images` calibration items: epochs × batches per epoch.
    int64_t iterations(int64_t images) const;
};

struct QuantizationConfig {
    int optimizationLevel = 0;     ///< −100 … 4; the CPU default is 0, as the vendor's
    int compressionLevel = 0;      ///< 0 … 5: share of weights in 4 bits (0.2 per level)
    std::optional<double> auto4bitRatio;  ///< compression_params(auto_4bit_weights_ratio)
    std::map<std::string, Precision> precision;           ///< explicit per-layer modes
    std::map<std::string, ClippingRule> activationClipping;
    std::map<std::string, ClippingRule> weightsClipping;
    std::string defaultWeightsClipping = "mmse_if4b";
    bool equalization = true;      ///< level ≥ 0 unless switched off
    bool biasCorrection = false;   ///< level ≥ 1 unless switched
    int64_t biasCorrectionImages = 64;
    AdaRoundConfig adaround;
    bool deadChannelsRemoval = false;         ///< only when enabled (the vendor's default too)
    bool zeroStaticChannels = false;          ///< only when enabled (the vendor's default is on; see quant_config.cpp)
    double zeroStaticEps = 1e-7;
    std::set<std::string> zeroStaticDisabled;  ///< per-layer policy=disabled
    uint64_t seed = 0;

    double fourBitRatio() const { return auto4bitRatio ? *auto4bitRatio : 0.2 * compressionLevel; }
};

/// Reads model_optimization_flavor, model_optimization_config(compression_params),
/// quantization_param, pre_quantization_optimization(equalization | activation_clipping |
/// weights_clipping), post_quantization_optimization(bias_correction | adaround) and set_seed.
QuantizationConfig quantizationConfigFromScript(const Script& script, const Graph& graph);

}  // namespace dfc
