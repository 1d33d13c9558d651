#include "quant/quant_math.h"

#include <algorithm>
#include <cmath>

#include "core/error.h"
#include "ir/layer_kind.h"

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

std::vector<double> channelAbsMax(const Tensor& kernel, int64_t channels)
{
    if (channels <= 0 || kernel.size() % channels != 0) fail(ErrorCode::InvalidArgument, "kernel size is not a multiple of its channels");
    std::vector<double> absMax(static_cast<size_t>(channels), 0.0);
    for (int64_t i = 0; i < kernel.size(); ++i) {
        double& m = absMax[static_cast<size_t>(i % channels)];
        m = std::max(m, double(std::fabs(kernel.data[i])));
    }
    return absMax;
}

QuantizedWeights quantizeWeights(const Tensor& kernel, const std::vector<double>& absMax, int bits)
{
    const size_t channels = absMax.size();
    if (channels == 0 || kernel.data.size() % channels != 0) fail(ErrorCode::InvalidArgument, "kernel size is not a multiple of its channels");
    QuantizedWeights q;
    for (double m : absMax) q.channels.push_back(weightParams(m, bits));
    q.values.resize(kernel.data.size());
    for (size_t i = 0; i < kernel.data.size(); ++i) q.values[i] = q.channels[i % channels].quantize(kernel.data[i]);
    return q;
}

QuantizedWeights quantizeWeightsPerChannel(const Tensor& kernel, int bits)
{
    if (kernel.shape.empty()) fail(ErrorCode::InvalidArgument, "a kernel needs an output-channel axis");
    return quantizeWeights(kernel, channelAbsMax(kernel, kernel.shape.back()), bits);
}

std::vector<int64_t> quantizeBias(const Tensor& bias, double inputScale, const std::vector<QuantParams>& weights)
{
    if (static_cast<size_t>(bias.size()) != weights.size())
        fail(ErrorCode::InvalidArgument, "bias and weight channels differ in number");
    std::vector<int64_t> out(weights.size());
    for (size_t c = 0; c < weights.size(); ++c) {
        const double q = std::round(bias.data[c] / (inputScale * weights[c].scale));
        out[c] = static_cast<int64_t>(std::clamp(q, -double(kBiasLimit), double(kBiasLimit)));
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

int64_t applyMultiplier64Wide(int64_t x, FixedPointMultiplier m)
{
    // |x| < 2^63 and multiplier < 2^31: the product fits in 94 bits of an __int128.
    const __int128 product = static_cast<__int128>(x) * m.multiplier;
    const int rightShift = 31 - m.shift;
    __int128 rounded;
    if (rightShift <= 0) {
        rounded = product << -rightShift;
    } else {
        const __int128 half = static_cast<__int128>(1) << (rightShift - 1);
        const __int128 magnitude = product < 0 ? -product : product;
        rounded = (magnitude + half) >> rightShift;  // ties away from zero
        if (product < 0) rounded = -rounded;
    }
    return static_cast<int64_t>(std::clamp<__int128>(rounded, INT64_MIN, INT64_MAX));
}

bool isPiecewiseLinearActivation(const std::string& name)
{
    return name == "linear" || name == "relu" || name == "relu6" || name == "clip" || name == "leaky" || name == "prelu";
}

std::string layerActivation(const Layer& layer)
{
    if (!layer.params.contains("activation") && !layer.kind->defaults.contains("activation")) return "linear";
    return layer.attr<std::string>("activation");
}

}  // namespace dfc
