#pragma once
// Output → input coordinate mapping of resize layers, shared by the float and quantized kernels.
#include <cmath>
#include <cstdint>
#include <string>

namespace dfc {

/// Maps an output coordinate to the input axis, following ONNX Resize's transformation modes.
struct AxisMap {
    std::string mode;
    int64_t in, out;
    double scale;
    double operator()(int64_t x) const
    {
        // ONNX uses the unrounded resized length (in · scale) here, not the output size.
        const double length = in * scale;
        if (mode == "align_corners") return out == 1 ? 0.0 : x * double(in - 1) / (length - 1);
        if (mode == "disabled" || mode == "asymmetric") return x / scale;
        if (mode == "pytorch_half_pixels" && out == 1) return 0.0;
        return (x + 0.5) / scale - 0.5;  // half_pixels
    }
};

inline int64_t roundNearest(double v, const std::string& mode)
{
    if (mode == "floor") return static_cast<int64_t>(std::floor(v));
    if (mode == "ceil") return static_cast<int64_t>(std::ceil(v));
    const double f = std::floor(v);
    if (v - f == 0.5) return static_cast<int64_t>(mode == "round_prefer_ceil" ? f + 1 : f);
    return static_cast<int64_t>(std::round(v));
}

}  // namespace dfc
