#pragma once
// The one façade over the model flow (like the vendor's ClientRunner): translate a source
// model, save and load HARs, run the emulator. Its state only moves forward; every state is
// saved completely in the HAR. The CLI and the Studio both drive this class.
#include <optional>
#include <string>

#include "compiler/allocation.h"
#include "compiler/hw_arch.h"
#include "profiler/report_comparison.h"
#include "core/progress.h"
#include "emulator/executor.h"
#include "importers/model_importer.h"
#include "ir/parse_report.h"
#include "io/har.h"
#include "quantizer/adaround.h"
#include "quantizer/bias_correction.h"
#include "quantizer/dead_channels.h"
#include "quantizer/equalization.h"
#include "quantizer/finetune.h"
#include "quantizer/noise_analysis.h"
#include "quantizer/precision_search.h"
#include "quant/quantized_model.h"
#include "quantizer/statistics.h"
#include "quantizer/zero_static_channels.h"
#include "script/model_script.h"

namespace dfc {

/// Hardware: the compiled binary (.hef) on the CPU runtime, context by context.
enum class InferMode { Native, FpOptimized, Quantized, Hardware };
InferMode inferModeFromName(const std::string& name);  ///< native, fp_optimized, quantized, hw

/// Runs a .hef file on the CPU runtime: inputs by input layer (or stream) name, host layout.
TensorsByName inferHefFile(const std::string& path, const TensorsByName& inputs, const Progress& progress = {});

/// Runs a graph natively with inputs and outputs in the source model's names and layout.
TensorsByName inferOriginalLayout(const Graph& graph, const TensorsByName& inputs,
                                  const Progress& progress = {});

/// What `Runner::optimize` did, for the CLI and the Studio to report.
struct OptimizeSummary {
    QuantizationConfig config;
    ScriptCheck check;
    std::vector<EqualizedPair> equalized;
    std::vector<BiasCorrectionReport> biasCorrected;
    std::vector<AdaRoundReport> adarounded;
    std::vector<ZeroedChannels> zeroedChannels;
    std::vector<RemovedChannels> removedChannels;
    PrecisionSearchResult precisionSearch;  ///< ran = false when switched off
    FinetuneReport finetune;                ///< ran = false when switched off or skipped
    int64_t calibrationImages = 0;      ///< items the statistics ran over (calibset_size at most)
    int64_t trainingImages = 0;         ///< items AdaRound or fine-tuning trained on (0: neither ran)
    std::string calibrationFingerprint;  ///< calibrationFingerprint() of the set used
    std::vector<std::string> warnings;
    std::map<std::string, double> stageSeconds;  ///< statistics, quantization, bias_correction …
    /// With OptimizeOptions::measureNoise: the full quantization measured on up to
    /// kQuickNoiseItems items of the set just used (no per-layer pass; scatter samples dropped).
    std::optional<NoiseReport> noise;
};

/// How Runner::optimize runs beyond the script and the data.
struct OptimizeOptions {
    bool measureNoise = false;  ///< one more pass: OptimizeSummary::noise, for run comparisons
    static constexpr int64_t kQuickNoiseItems = 8;
};

/// How Runner::profile estimates beyond the allocation.
struct ProfileOptions {
    double streamFps = 0;              ///< > 0: also power and bandwidth when fed at this rate
    std::optional<HostLink> hostLink;  ///< another PCIe link than the target description's
};

/// A model input as the source file declares it (-1 for symbolic dimensions).
using InputSignature = std::vector<std::pair<std::string, std::vector<int64_t>>>;

class Runner {
public:
    explicit Runner(std::string hwArch = "hailo8");

    /// The targets this build models (resources/hw/*.json).
    static std::vector<std::string> hwArchNames();
    /// A target's description (units, caps, host link, provenance); InvalidArgument when unknown.
    static const HwArch& hwArchDescription(const std::string& hwArch);
    /// The format of a file by its content: "onnx", "tflite" or "har".
    static std::string formatOf(const std::string& path);
    /// Checks that `path` can be parsed as `format` ("onnx", "tflite"): a HAR is refused, a file
    /// that is not TFLite when TFLite is asked for gets the reader's explanation. Returns the
    /// format the content has (it decides when the two differ).
    static std::string requireFormat(const std::string& path, const std::string& format);
    /// The inputs a source model declares, cheap enough to ask a user for missing shapes first.
    static InputSignature inputSignature(const std::string& path);

    /// Parses an ONNX or TFLite model (recognized by content). On success the runner holds it in
    /// state native; when the report lists unsupported nodes, the runner is left as it was and
    /// the report says why. With `options.applySuggestion`, a model that does not parse whole is
    /// parsed again with the suggested start/end nodes (report.suggestionApplied says so): the
    /// one place this policy lives. `source`, when given, receives the whole source model with
    /// each node's support status (also on failure), for a review of the parse.
    ParseReport translate(const std::string& path, const ImportOptions& options, const Progress& progress = {},
                          SourceGraph* source = nullptr);

    /// The full-precision stage: applies the script's model modifications (normalization,
    /// change_output_activation, …) to the native model; state becomes fp_optimized. A script
    /// with errors throws the first (file and line:col); the HAR keeps the script with a record
    /// of what each command changed and which commands were accepted but not applied.
    ScriptCheck optimizeFullPrecision(const ModelScript& script);

    /// Runs the float model over a calibration set and stores every layer's activation
    /// statistics (range, percentiles, histogram) in the HAR member "<net>.stats.json", with the
    /// set's description and warnings in the metadata ("calibration"). Zero sizes in `data` come
    /// from the script's calibration settings.
    std::vector<ActivationStats> collectStatistics(const ModelScript& script, const CalibrationOptions& data,
                                                   const Progress& progress = {});

    /// The whole optimization: the script's model modifications (when the HAR is native),
    /// equalization, statistics over the calibration set, quantization (bits, clipping, integer
    /// weights and tables), bias correction or AdaRound; state becomes quantized and the HAR
    /// holds "<net>.q.npz", the statistics and a per-layer record of the algorithms that ran.
    /// On any failure (or Cancel) the runner is left as it was.
    OptimizeSummary optimize(const ModelScript& script, const CalibrationOptions& data, const Progress& progress = {},
                             const OptimizeOptions& options = {});

    /// The calibration set `data` describes, read for this model as optimize() reads it (zero
    /// sizes: the registry's defaults): for a preview of what the quantizer will see.
    CalibrationSet readCalibrationSet(const CalibrationOptions& data, const Progress& progress = {}) const;

    /// Layer noise analysis of a quantized HAR over `data`; stored as "<net>.noise.json".
    /// `perLayer` false: only the full quantization is measured (one pass; see dfc::analyzeNoise),
    /// and nothing is stored.
    NoiseReport analyzeNoise(const CalibrationOptions& data, const Progress& progress = {}, bool perLayer = true);
    /// The noise analysis the HAR holds, if any (a damaged one throws InvalidFormat).
    std::optional<NoiseReport> noiseReport() const;
    /// The activation statistics the HAR holds ("<net>.stats.json"; empty before calibration).
    std::vector<ActivationStats> storedActivationStatistics() const;

    /// Compiles the quantized model for the runner's target (hwArch()): layers onto subclusters,
    /// controllers, APUs and memory, contexts, clusters. The script's compilation commands steer
    /// it (resources_param, context_switch_param, performance_param, compilation_param,
    /// context, place). State becomes compiled; the HAR holds "<net>.allocation.json" and the
    /// "<net>.auto.alls" that reproduces it. On failure or Cancel the runner is left as it was.
    Allocation compile(const ModelScript& script, const Progress& progress = {});
    /// The compilation settings `script` gives the current model on the runner's target (caps,
    /// context-switch policy, performance mode, …), as compile() would read them.
    CompileSettings compileSettings(const ModelScript& script) const;
    /// The allocation of a compiled HAR.
    Allocation allocation() const;
    /// The saved allocation as a model script (.auto.alls) of a compiled HAR.
    std::string autoModelScript() const;
    /// The compiled binary of a compiled HAR ("<net>.hef", container V3, written by compile()).
    std::string hef() const;
    /// The compiled binary again in another container version (2 or 3); same metadata and payload.
    std::string hef(int containerVersion) const;
    /// The profiler report (profiler/profile_report.h) for the runner's target. A HAR that is
    /// not compiled is compiled for the report (with `script`'s compilation commands) and the
    /// report says so; the runner itself does not change.
    nlohmann::ordered_json profile(const ModelScript& script, const Progress& progress = {},
                                   const ProfileOptions& options = {}) const;

    /// A profiler report as the self-contained HTML page and the per-layer CSV `dfc profiler` writes.
    static std::string reportHtml(const nlohmann::ordered_json& report);
    static std::string reportCsv(const nlohmann::ordered_json& report);
    /// Two profiler reports compared (profiler/report_comparison.h).
    static ReportComparison compareReports(const nlohmann::ordered_json& before, const nlohmann::ordered_json& after);

    /// The quantized model of a quantized HAR (decoded and validated from "<net>.q.npz").
    QuantizedModel quantizedModel() const;
    /// The native graph: the current one in state native, else the copy kept by optimization.
    Graph nativeGraph() const;
    /// Per-layer weight statistics of the current graph as CSV (dfc params-csv).
    std::string paramsCsv() const;

    void loadHar(const std::string& path);
    void saveHar(const std::string& path) const;

    bool hasModel() const { return mHar.has_value(); }
    ModelState state() const;
    const std::string& hwArch() const { return mHwArch; }
    /// Retargets the model (recorded in the HAR); throws InvalidArgument for an unknown target.
    void setHwArch(const std::string& hwArch);
    const Graph& graph() const;
    ParseReport parseReport() const;
    const Har& har() const;

    /// Inputs and outputs by input/output layer name, channel-last.
    TensorsByName infer(InferMode mode, const TensorsByName& inputs, const Progress& progress = {}) const;
    /// Inputs and outputs by the source model's tensor names and layout (NCHW for ONNX, NHWC for TFLite).
    TensorsByName inferOriginal(InferMode mode, const TensorsByName& inputs,
                                const Progress& progress = {}) const;

private:
    OptimizeSummary optimizeStages(const ModelScript& script, const CalibrationOptions& data, const Progress& progress,
                                   const OptimizeOptions& options);

    std::string mHwArch;
    std::optional<Har> mHar;
};

}  // namespace dfc
