#include "quantizer/quant_math.h"

#include <algorithm>
#include <cmath>

#include "core/error.h"

namespace dfc {

int32_t QuantParams::quantize(double real) const
{
    const double q = std::round(real / scale) + zeroPoint;  // std::round: ties away from zero
    return static_cast<int32_t>(std::clamp(q, double(qmin), double(qmax)));
}

QuantParams activationParams(double lo, double hi, int bits)
{
    if (bits != 8 && bits != 16) fail(ErrorCode::InvalidArgument, "activations are 8 or 16 bits, not " + std::to_string(bits));
    if (!std::isfinite(lo) || !std::isfinite(hi) || lo > hi) fail(ErrorCode::InvalidArgument, "activation range is not finite");
    lo = std::min(lo, 0.0);
    hi = std::max(hi, 0.0);
    QuantParams p;
    p.bits = bits;
    p.qmin = 0;
    p.qmax = (1 << bits) - 1;
    if (hi - lo < 1e-12) hi = lo + 1e-12;  // a constant-zero tensor still needs a valid scale
    p.scale = (hi - lo) / p.qmax;
    // The zero point is the integer that represents 0; rounding it moves the range by < 1 step.
    p.zeroPoint = static_cast<int32_t>(std::clamp(std::round(-lo / p.scale), 0.0, double(p.qmax)));
    return p;
}

QuantParams weightParams(double absMax, int bits)
{
    if (bits != 4 && bits != 8 && bits != 16) fail(ErrorCode::InvalidArgument, "weights are 4, 8 or 16 bits, not " + std::to_string(bits));
    QuantParams p;
    p.bits = bits;
    p.qmax = (1 << (bits - 1)) - 1;
    p.qmin = -p.qmax;
    p.zeroPoint = 0;
    p.scale = std::max(absMax, 1e-12) / p.qmax;
    return p;
}

QuantizedWeights quantizeWeightsPerChannel(const Tensor& kernel, int bits)
{
    if (kernel.shape.empty()) fail(ErrorCode::InvalidArgument, "a kernel needs an output-channel axis");
    const int64_t channels = kernel.shape.back();
    std::vector<double> absMax(static_cast<size_t>(channels), 0.0);
    for (int64_t i = 0; i < kernel.size(); ++i)
        absMax[static_cast<size_t>(i % channels)] = std::max(absMax[static_cast<size_t>(i % channels)], double(std::fabs(kernel.data[i])));
    QuantizedWeights q;
    for (double m : absMax) q.channels.push_back(weightParams(m, bits));
    q.values.resize(kernel.data.size());
    for (int64_t i = 0; i < kernel.size(); ++i) q.values[i] = q.channels[static_cast<size_t>(i % channels)].quantize(kernel.data[i]);
    return q;
}

std::vector<int32_t> quantizeBias(const Tensor& bias, double inputScale, const std::vector<QuantParams>& weights)
{
    if (static_cast<size_t>(bias.size()) != weights.size())
        fail(ErrorCode::InvalidArgument, "bias and weight channels differ in number");
    std::vector<int32_t> out(weights.size());
    for (size_t c = 0; c < weights.size(); ++c) {
        const double q = std::round(bias.data[c] / (inputScale * weights[c].scale));
        out[c] = static_cast<int32_t>(std::clamp(q, double(INT32_MIN), double(INT32_MAX)));
    }
    return out;
}

FixedPointMultiplier fixedPointMultiplier(double m)
{
    if (!(m > 0) || !std::isfinite(m)) fail(ErrorCode::InvalidArgument, "a requantization multiplier must be positive");
    int exponent = 0;
    const double fraction = std::frexp(m, &exponent);  // m = fraction · 2^exponent, fraction in [0.5, 1)
    int64_t q = std::llround(fraction * (int64_t{1} << 31));
    if (q == (int64_t{1} << 31)) {  // rounding reached 1.0
        q /= 2;
        ++exponent;
    }
    if (exponent > 30 || exponent < -62) fail(ErrorCode::InvalidArgument, "requantization multiplier out of range");
    return {static_cast<int32_t>(q), exponent};
}

int32_t applyMultiplier(int64_t x, FixedPointMultiplier m)
{
    // x · multiplier fits in 96 bits at most; x is an int32 accumulator here, so 64 bits suffice.
    const __int128 product = static_cast<__int128>(x) * m.multiplier;
    const int rightShift = 31 - m.shift;
    if (rightShift <= 0) return saturate(static_cast<int64_t>(product << -rightShift), INT32_MIN, INT32_MAX);
    const __int128 half = static_cast<__int128>(1) << (rightShift - 1);
    const __int128 magnitude = product < 0 ? -product : product;
    __int128 rounded = (magnitude + half) >> rightShift;  // ties away from zero
    if (product < 0) rounded = -rounded;
    return saturate(static_cast<int64_t>(std::clamp<__int128>(rounded, INT64_MIN, INT64_MAX)), INT32_MIN, INT32_MAX);
}

}  // namespace dfc
