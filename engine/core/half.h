#pragma once
// IEEE 754 binary16 → float32, for NumPy 'f2' arrays and ONNX FLOAT16 tensors.
#include <cmath>
#include <cstdint>

namespace dfc {

inline float halfToFloat(uint16_t h)
{
    const int sign = h >> 15, exp = (h >> 10) & 0x1f, mant = h & 0x3ff;
    float v;
    if (exp == 0) v = std::ldexp(static_cast<float>(mant), -24);
    else if (exp == 31) v = mant ? NAN : INFINITY;
    else v = std::ldexp(static_cast<float>(mant | 0x400), exp - 25);
    return sign ? -v : v;
}

}  // namespace dfc
