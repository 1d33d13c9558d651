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

namespace dfc {

enum class InferMode { Native, FpOptimized, Quantized };
InferMode inferModeFromName(const std::string& name);

/// Runs a graph natively with inputs and outputs in the source model's names and layout.
TensorsByName inferOriginalLayout(const Graph& graph, const TensorsByName& inputs,
                                  const Progress& progress = {});

class Runner {
public:
    explicit Runner(std::string hwArch = "hailo8");

    /// Parses an ONNX or TFLite model (recognized by content). On success the runner holds it
    /// in state native; when the report lists unsupported nodes, the runner is left as it was
    /// and the report says why.
    ParseReport translate(const std::string& path, const ImportOptions& options, const Progress& progress = {});

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
