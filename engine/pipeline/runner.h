#pragma once
// The one façade over the model flow (like the vendor's ClientRunner): translate a source
// model, save and load HARs, run the emulator. Its state only moves forward; every state is
// saved completely in the HAR. The CLI and the Studio both drive this class.
#include <optional>
#include <string>

#include "core/progress.h"
#include "emulator/executor.h"
#include "importers/model_importer.h"
#include "importers/parse_report.h"
#include "io/har.h"
#include "quantizer/bias_correction.h"
#include "quantizer/dead_channels.h"
#include "quantizer/equalization.h"
#include "quantizer/noise_analysis.h"
#include "quantizer/quant_config.h"
#include "quantizer/quantized_model.h"
#include "quantizer/statistics.h"
#include "quantizer/zero_static_channels.h"
#include "script/script_check.h"

namespace dfc {

enum class InferMode { Native, FpOptimized, Quantized };
InferMode inferModeFromName(const std::string& name);

/// Runs a graph natively with inputs and outputs in the source model's names and layout.
TensorsByName inferOriginalLayout(const Graph& graph, const TensorsByName& inputs,
                                  const Progress& progress = {});

/// True when this build carries out the model-script statement (for "accepted, not applied").
bool scriptCommandApplied(const ScriptStatement& statement);

/// calibset_size and batch_size from `model_optimization_config(calibration, …)`, when given.
void calibrationSettingsFromScript(const Script& script, int64_t& calibsetSize, int64_t& batchSize);

/// What `Runner::optimize` did, for the CLI and the Studio to report.
struct OptimizeSummary {
    QuantizationConfig config;
    ScriptCheck check;
    std::vector<EqualizedPair> equalized;
    std::vector<BiasCorrectionReport> biasCorrected;
    std::vector<AdaRoundReport> adarounded;
    std::vector<ZeroedChannels> zeroedChannels;
    std::vector<RemovedChannels> removedChannels;
    int64_t calibrationImages = 0;
    std::vector<std::string> warnings;
    std::map<std::string, double> stageSeconds;  ///< statistics, quantization, bias_correction …
};

class Runner {
public:
    explicit Runner(std::string hwArch = "hailo8");

    /// Parses an ONNX or TFLite model (recognized by content). On success the runner holds it
    /// in state native; when the report lists unsupported nodes, the runner is left as it was
    /// and the report says why.
    ParseReport translate(const std::string& path, const ImportOptions& options, const Progress& progress = {});

    /// The full-precision stage: applies the script's model modifications (normalization,
    /// change_output_activation, …) to the native model; state becomes fp_optimized. The script
    /// is checked first (errors throw with file and line:col) and stored in the HAR with a record
    /// of what each command changed and which commands were accepted but not applied.
    ScriptCheck optimizeFullPrecision(const Script& script);

    /// Runs the float model over a calibration set and stores every layer's activation
    /// statistics (range, percentiles, histogram) in the HAR member "<net>.stats.json", with the
    /// set's description and warnings in the metadata ("calibration").
    std::vector<ActivationStats> collectStatistics(const CalibrationOptions& options, int64_t batchSize = 8,
                                                   const Progress& progress = {});

    /// The whole optimization: the script's model modifications (when the HAR is native),
    /// equalization, statistics over the calibration set, quantization (bits, clipping, integer
    /// weights and tables), bias correction; state becomes quantized and the HAR holds
    /// "<net>.q.npz", the statistics and a per-layer record of the algorithms that ran.
    OptimizeSummary optimize(const Script& script, const CalibrationOptions& calibration, int64_t batchSize = 8,
                             const Progress& progress = {});

    /// Layer noise analysis of a quantized HAR over `data`; stored as "<net>.noise.json".
    NoiseReport analyzeNoise(const CalibrationOptions& data, int64_t batchSize = 8, const Progress& progress = {});

    /// The quantized model of a quantized HAR (decoded and validated from "<net>.q.npz").
    QuantizedModel quantizedModel() const;
    /// The native graph: the current one in state native, else the copy kept by optimization.
    Graph nativeGraph() const;

    void loadHar(const std::string& path);
    void saveHar(const std::string& path) const;

    bool hasModel() const { return mHar.has_value(); }
    ModelState state() const;
    const std::string& hwArch() const { return mHwArch; }
    const Graph& graph() const;
    ParseReport parseReport() const;
    const Har& har() const;

    /// Inputs and outputs by input/output layer name, channel-last.
    TensorsByName infer(InferMode mode, const TensorsByName& inputs, const Progress& progress = {}) const;
    /// Inputs and outputs by the source model's tensor names and layout (NCHW for ONNX, NHWC for TFLite).
    TensorsByName inferOriginal(InferMode mode, const TensorsByName& inputs,
                                const Progress& progress = {}) const;

private:
    std::string mHwArch;
    std::optional<Har> mHar;
};

}  // namespace dfc
