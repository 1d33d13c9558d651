#pragma once
// What the task-level checks (quality_checks.h) share: the Python renderers, the reference
// runtimes, layout conversion and a timed optimization. Test tooling only.
#include <QStringList>

#include <string>
#include <vector>

#include "ir/tensor.h"
#include "pipeline/runner.h"
#include "quality_checks.h"

namespace dfc::test::quality {

/// Runs /usr/bin/python3 with `args`; throws std::runtime_error with its log when it fails.
void python(const QStringList& args);
/// A script under tests/tools, as an argument for python().
QString toolScript(const char* name);

/// The lines of a text file (a renderer's truth); throws when it cannot be read.
std::vector<std::string> readLines(const std::string& path);

/// ONNX Runtime (tools/reference/ort_run.mjs) on `model`; the tensor of `output`. Files go to
/// `dir` under a fresh name.
Tensor onnxRuntime(const std::string& dir, const std::string& model, const TensorsByName& inputs, const std::string& output);
/// LiteRT (tools/reference/tflite_run.mjs) on `model`; the output at `index`.
Tensor liteRt(const std::string& dir, const std::string& model, const TensorsByName& inputs, int index);

/// [N, H, W, C] → [N, C, H, W], each value mapped by f.
template <typename F>
Tensor toNchw(const Tensor& nhwc, F f)
{
    const int64_t n = nhwc.shape[0], h = nhwc.shape[1], w = nhwc.shape[2], c = nhwc.shape[3];
    Tensor out({n, c, h, w});
    for (int64_t b = 0; b < n; ++b)
        for (int64_t y = 0; y < h; ++y)
            for (int64_t x = 0; x < w; ++x)
                for (int64_t k = 0; k < c; ++k)
                    out.data[((b * c + k) * h + y) * w + x] = f(nhwc.data[((b * h + y) * w + x) * c + k]);
    return out;
}

/// Parses `model` whole (with a fixed shape for `input` when one is given) and saves the HAR at
/// `har`; throws naming `what` when part of the model is not supported.
void parseWhole(const std::string& model, const std::string& input, const Shape& shape, const std::string& har, const std::string& what);

/// Optimizes the HAR at `har` with `scriptText` (the check's normalization line first) on the
/// calibration .npy, timing it; the Runner is left quantized.
QualityOutcome optimizeTimed(Runner& runner, const std::string& har, const std::string& calibration, const std::string& scriptText);

}  // namespace dfc::test::quality
