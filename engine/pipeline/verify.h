#pragma once
// "Verify": the native emulation of a parsed model against outputs the user exported from their
// own framework — the check the vendor's tutorials leave users to script by hand. Inputs and
// expected outputs are in the source model's names and layout (NCHW for ONNX, NHWC for TFLite).
#include <map>
#include <string>
#include <vector>

#include "core/progress.h"
#include "ir/tensor.h"
#include "pipeline/runner.h"

namespace dfc {

struct OutputCheck {
    std::string output;        ///< the parsed model's output, by its source tensor name
    std::string expectedFile;  ///< the array it was compared with; empty when none matched
    Shape actualShape, expectedShape;
    bool compared = false;     ///< false: no array, or sizes differ (see note)
    double maxAbsError = 0, meanAbsError = 0;
    double maxAbsExpected = 0;  ///< the expected values' scale, for a relative reading
    std::string note;           ///< why not compared, or how shapes were reconciled

    /// Max error within `relative` of the expected values' scale (at least 1e-6 absolute).
    bool matches(double relative = 1e-3) const;
};

struct VerifyReport {
    std::vector<OutputCheck> outputs;     ///< one per output of the parsed model
    std::vector<std::string> unusedFiles;  ///< expected arrays no output is named after
};

/// Reads the model's inputs from files, by source input name: `.npy` in the source layout, or for
/// a single three-channel input a PNG/JPEG, resized and fed as RGB 0–255 (no normalization: a
/// framework that normalizes should export its input as .npy). Errors name the file.
TensorsByName loadSourceInputs(const Runner& runner, const std::map<std::string, std::string>& files);

/// The source model's input names, in order.
std::vector<std::string> sourceInputNames(const Runner& runner);

/// Runs the native emulation and compares each output with the `.npy` named after it (the file
/// stem is the tensor name, with '/', ':', '\' and ';' as '_' accepted too); with one output and
/// one file, they are compared whatever the name. Shapes that differ only by size-1 axes compare.
VerifyReport verifyNative(const Runner& runner, const TensorsByName& inputs, const std::vector<std::string>& expectedFiles,
                          const Progress& progress = {});

}  // namespace dfc
