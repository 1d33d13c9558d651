#pragma once
// The quantization part of a model script as typed settings (QuantizationSettings, graph-free,
// filled once by interpretScript) and as the configuration the quantizer runs with
// (QuantizationConfig: the settings resolved against the graph they apply to, the optimization
// level's defaults filled in from the one level table). Defaults come from the script registry.
#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "script/script_ast.h"

namespace dfc {

class Graph;

struct Precision {
    int activationBits = 8;
    int weightBits = 8;
};
/// "a8_w8", "a8_w4", "a16_w16", "a16_w8", "a16_w4" → bits; throws Unsupported for the others.
Precision precisionFromMode(const std::string& mode);

struct ClippingRule {
    std::string mode;            ///< disabled, manual, percentile, percentile_force, mmse, mmse_if4b
    std::vector<double> values;  ///< manual: [lo, hi]; percentile: [lo%, hi%]
};

/// The layers a statement names (a name, a {pattern}, a list of them) or, when it names none,
/// every layer. Resolved when the settings are applied: model modifications may add layers first.
struct LayerSelection {
    std::optional<ScriptValue> value;  ///< empty: every layer
    std::vector<std::string> resolve(const Graph& graph) const;
};

/// One per-layer statement: which layers, what it sets, and where it was written.
template <typename T>
struct LayerRule {
    LayerSelection layers;
    T value;
    ScriptLocation at;
};

/// AdaRound's training parameters (post_quantization_optimization(adaround, …)).
struct AdaRoundOptions {
    int64_t iterations = 640;      ///< gradient steps per layer
    int64_t rowsPerStep = 512;     ///< receptive-field rows in one step
    int64_t maxRows = 8192;        ///< rows kept per layer (fewer when memory is short)
    double learningRate = 1e-3;
    double weight = 0.01;          ///< regularizer weight (rounding cost vs reconstruction)
    double warmup = 0.2;           ///< share of steps without the regularizer
    double betaStart = 20, betaEnd = 2;
    bool trainBias = true;         ///< re-centre the layer's output after the rounding is fixed
    uint64_t seed = 0;
};

/// post_quantization_optimization(adaround, …) and the levels that switch it on, resolved.
struct AdaRoundConfig {
    bool enabled = false;
    bool trainAll = false;                     ///< mode train_all; train_4bit trains 4-bit layers only
    std::map<std::string, bool> layerPolicy;   ///< explicit per-layer enabled/disabled
    int64_t epochs = 0, batchSize = 0;
    int64_t datasetSize = 0;                   ///< images used at most
    AdaRoundOptions options;
    /// Gradient steps per layer for `images` calibration items: epochs × batches per epoch.
    int64_t iterations(int64_t images) const;
};

/// post_quantization_optimization(mix_precision_search, …), resolved (quantizer/precision_search.h).
struct PrecisionSearchConfig {
    bool enabled = false;
    bool requested = false;    ///< policy=enabled in the script (not only the default)
    double targetSnrDb = 0;    ///< the worst output SNR to reach (target_snr)
    double maxShare = 0;       ///< at most this share of the candidate layers is raised (max_16bit_share)
    int64_t datasetSize = 0;   ///< calibration items measured on
    /// Whether it runs: random data measures nothing the model will see, so the default search
    /// skips it (an explicit policy=enabled runs anyway).
    bool runsOn(bool randomData) const { return enabled && (!randomData || requested); }
};

/// One distillation loss term of fine-tuning: a layer, how it is compared (l2, l2rel, cosine, ce),
/// and its weight in the total.
struct FinetuneLoss {
    std::string layer;
    std::string type = "l2rel";
    double factor = 1;
};

/// post_quantization_optimization(finetune, …) and level 2, resolved (quantizer/finetune.h).
struct FinetuneConfig {
    bool enabled = false;
    bool requested = false;      ///< policy=enabled in the script (not only the level)
    int64_t datasetSize = 1024;  ///< items used at most (training + held out)
    int64_t epochs = 4;
    int64_t batchSize = 0;       ///< 0: the calibration batch size
    double learningRate = 0;     ///< 0: 0.00005 / 8 × batch size (quantizer/finetune.cpp says why)
    std::vector<FinetuneLoss> losses;  ///< empty: every output layer with defaultLossType
    std::string defaultLossType = "l2rel";
    int64_t warmupEpochs = 1;    ///< at a quarter of the rate
    int64_t decayEpochs = 1;     ///< cosine decay to 0 over this many epochs, then a restart
    double decayRate = 0.5;      ///< each restart begins at this factor of the previous one
    bool constantRate = false;   ///< lr_schedule_type=constant
    bool biasOnly = false;
    std::vector<std::string> freeze;  ///< layers_to_freeze: a layer whose name holds one is not trained
    int64_t heldOut = 0;         ///< held-out items judging the result; 0: one in four
    uint64_t seed = 0;
    /// Whether it runs: like the precision search, not on random data unless the script asks.
    bool runsOn(bool randomData) const { return enabled && (!randomData || requested); }
    /// The base learning rate for a batch size.
    double learningRateFor(int64_t batch) const { return learningRate > 0 ? learningRate : 0.00005 / 8 * double(batch); }
};

/// What the quantizer runs with: every setting resolved against one graph.
struct QuantizationConfig {
    QuantizationConfig();  ///< what an empty script means: the registry's and the level table's defaults

    int optimizationLevel = 0;
    int compressionLevel = 0;
    std::optional<double> auto4bitRatio;  ///< compression_params(auto_4bit_weights_ratio)
    std::map<std::string, Precision> precision;  ///< explicit per-layer modes
    std::map<std::string, ClippingRule> activationClipping;
    std::map<std::string, ClippingRule> weightsClipping;
    std::string defaultWeightsClipping;
    bool equalization = true;
    std::set<std::string> equalizationDisabled;  ///< per-layer policy=disabled: no pair uses them
    bool biasCorrection = false;
    int64_t biasCorrectionImages = 64;  ///< iterative bias correction measures this many items at most
    AdaRoundConfig adaround;
    PrecisionSearchConfig precisionSearch;
    FinetuneConfig finetune;
    bool deadChannelsRemoval = false;
    bool zeroStaticChannels = false;
    double zeroStaticEps = 0;
    std::set<std::string> zeroStaticDisabled;  ///< per-layer policy=disabled
    uint64_t seed = 0;

    double fourBitRatio() const;

private:
    friend struct QuantizationSettings;
    struct Blank {};
    explicit QuantizationConfig(Blank) {}
};

/// The quantization statements of a script, typed, before any graph is known.
struct QuantizationSettings {
    QuantizationSettings();  ///< the registry's defaults: what an empty script means

    int optimizationLevel;
    int compressionLevel;
    std::optional<double> auto4bitRatio;
    std::vector<LayerRule<std::string>> precisionModes;  ///< quantization_param(…, precision_mode=…)
    std::vector<LayerRule<ClippingRule>> activationClipping;
    std::vector<LayerRule<ClippingRule>> weightsClipping;  ///< with layers=[…]
    std::string defaultWeightsClipping;                    ///< weights_clipping without layers
    std::optional<bool> equalization;
    std::vector<LayerRule<bool>> equalizationLayers;
    std::optional<bool> biasCorrection;
    std::optional<bool> adaround, adaroundTrainAll;
    std::vector<LayerRule<bool>> adaroundLayers;
    int64_t adaroundEpochs, adaroundBatchSize;
    std::optional<int64_t> adaroundDatasetSize;  ///< else the level's (256 at level 3), else the registry's
    AdaRoundOptions adaroundOptions;
    /// Unset: on unless the script chooses precisions itself (or at level −100).
    std::optional<bool> precisionSearch;
    double precisionSearchTargetDb, precisionSearchMaxShare;
    int64_t precisionSearchDatasetSize;
    /// Unset: the level's (on at level 2). finetuneLayers: loss_layer_names, resolved later.
    std::optional<bool> finetune;
    FinetuneConfig finetuneOptions;
    std::optional<LayerSelection> finetuneLossLayers;
    std::vector<std::string> finetuneLossTypes;
    std::vector<double> finetuneLossFactors;
    bool deadChannelsRemoval = false;
    std::optional<bool> zeroStaticChannels;
    double zeroStaticEps;
    std::vector<LayerRule<bool>> zeroStaticLayers;
    uint64_t seed;

    /// The configuration for `graph`: layer selections resolved, the level's defaults applied.
    /// An unsupported precision mode throws Unsupported at its statement in `file`.
    QuantizationConfig resolve(const Graph& graph, const std::string& file) const;
};

}  // namespace dfc
