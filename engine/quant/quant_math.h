#pragma once
// The integer arithmetic the quantized model is defined by, in one place: how real ranges become
// scales and zero points, how weights and biases become integers, and how an int32 accumulator is
// brought back to 8/16 bits (fixed-point multiplier + shift, round half away from zero,
// saturation). The quantized emulator and the compiled binary's runtime use these functions and
// nothing else, so that they agree bit for bit.
#include <cstdint>
#include <vector>

#include <string>

#include "ir/layer.h"
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
/// The same with chosen ranges: element i belongs to channel i % absMax.size() (a depthwise
/// kernel [kh, kw, c, m] has c·m output channels), values beyond ±absMax saturate (clipping).
QuantizedWeights quantizeWeights(const Tensor& kernel, const std::vector<double>& absMax, int bits);
/// Per-channel max |w| with element i in channel i % channels.
std::vector<double> channelAbsMax(const Tensor& kernel, int64_t channels);

/// Bias as an integer in the accumulator's scale (input scale × channel weight scale). 64-bit:
/// with 16-bit activations and weights the accumulator unit is 2^16 times finer than with 8, and
/// real biases overflow 32 bits; saturated at ±2^52 so that exact double GEMM sums stay exact.
constexpr int64_t kBiasLimit = int64_t{1} << 52;
std::vector<int64_t> quantizeBias(const Tensor& bias, double inputScale, const std::vector<QuantParams>& weights);

/// A real multiplier m > 0 as m ≈ multiplier · 2^(shift − 31), multiplier in [2^30, 2^31).
struct FixedPointMultiplier {
    int32_t multiplier = 0;
    int shift = 0;
};
FixedPointMultiplier fixedPointMultiplier(double m);

/// The general case of applyMultiplier64 (128-bit product).
int64_t applyMultiplier64Wide(int64_t x, FixedPointMultiplier m);

/// round(x · multiplier · 2^(shift − 31)) with ties away from zero, in 64 bits, for
/// intermediate sums kept at a finer scale (element-wise addition). Inline: every output
/// element of the quantized emulator passes here; |x| < 2^31 (all 8/16-bit accumulators of
/// sane size) is done in 64-bit arithmetic, which gives the same result as the wide path.
inline int64_t applyMultiplier64(int64_t x, FixedPointMultiplier m)
{
    const int rightShift = 31 - m.shift;
    if (x <= -(int64_t{1} << 31) || x >= (int64_t{1} << 31) || rightShift < 1 || rightShift > 62) return applyMultiplier64Wide(x, m);
    const int64_t product = x * m.multiplier;  // |product| < 2^62
    const int64_t magnitude = product < 0 ? -product : product;
    const int64_t rounded = (magnitude + (int64_t{1} << (rightShift - 1))) >> rightShift;
    return product < 0 ? -rounded : rounded;
}

/// The same saturated to 32 bits.
inline int32_t applyMultiplier(int64_t x, FixedPointMultiplier m)
{
    const int64_t v = applyMultiplier64(x, m);
    return static_cast<int32_t>(v < INT32_MIN ? INT32_MIN : v > INT32_MAX ? INT32_MAX : v);
}

/// Activations the quantized model applies to the accumulator by scaling and clamping (ReLU,
/// ReLU6, clip, leaky, PReLU, linear); every other activation goes through a lookup table.
bool isPiecewiseLinearActivation(const std::string& name);
/// The layer's fused activation, "linear" when its kind has none.
std::string layerActivation(const Layer& layer);

/// Saturating narrowing to [lo, hi].
inline int32_t saturate(int64_t v, int32_t lo, int32_t hi) { return static_cast<int32_t>(v < lo ? lo : v > hi ? hi : v); }

}  // namespace dfc
