#pragma once
// The integer arithmetic the quantized model is defined by, in one place: how real ranges become
// scales and zero points, how weights and biases become integers, and how an int32 accumulator is
// brought back to 8/16 bits (fixed-point multiplier + shift, round half away from zero,
// saturation). The quantized emulator and the compiled binary's runtime use these functions and
// nothing else, so that they agree bit for bit.
#include <cstdint>
#include <vector>

#include "ir/tensor.h"

namespace dfc {

/// real = scale · (q − zeroPoint); q in [qmin, qmax].
struct QuantParams {
    double scale = 1;
    int32_t zeroPoint = 0;
    int32_t qmin = 0, qmax = 255;
    int bits = 8;

    int32_t quantize(double real) const;
    double dequantize(int32_t q) const { return scale * (q - zeroPoint); }
};

/// Unsigned activation encoding of `bits` (8 or 16) covering [lo, hi]; the range is widened to
/// contain 0 so that zero (padding, ReLU) is exact.
QuantParams activationParams(double lo, double hi, int bits);

/// Symmetric weight encoding: [−(2^(b−1)−1), 2^(b−1)−1], zero point 0 (4, 8 or 16 bits).
QuantParams weightParams(double absMax, int bits);

/// Per-output-channel weight quantization of a kernel whose last axis is the output channel.
struct QuantizedWeights {
    std::vector<int32_t> values;      ///< same layout as the float kernel
    std::vector<QuantParams> channels;
};
QuantizedWeights quantizeWeightsPerChannel(const Tensor& kernel, int bits);

/// Bias as int32 in the accumulator's scale (input scale × channel weight scale), saturated.
std::vector<int32_t> quantizeBias(const Tensor& bias, double inputScale, const std::vector<QuantParams>& weights);

/// A real multiplier m > 0 as m ≈ multiplier · 2^(shift − 31), multiplier in [2^30, 2^31).
struct FixedPointMultiplier {
    int32_t multiplier = 0;
    int shift = 0;
};
FixedPointMultiplier fixedPointMultiplier(double m);

/// round(x · multiplier · 2^(shift − 31)) with ties away from zero, computed in 64-bit integers.
int32_t applyMultiplier(int64_t x, FixedPointMultiplier m);

/// Saturating narrowing to [lo, hi].
inline int32_t saturate(int64_t v, int32_t lo, int32_t hi) { return static_cast<int32_t>(v < lo ? lo : v > hi ? hi : v); }

}  // namespace dfc
