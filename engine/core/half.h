#pragma once
// IEEE 754 binary16 and bfloat16 ↔ float32, for NumPy 'f2' arrays and ONNX FLOAT16/BFLOAT16
// tensors (and casts to them, which round to nearest, ties to even).
#include <cmath>
#include <cstdint>
#include <cstring>

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

inline float bfloat16ToFloat(uint16_t b)
{
    const uint32_t bits = static_cast<uint32_t>(b) << 16;
    float v;
    std::memcpy(&v, &bits, sizeof v);
    return v;
}

/// The nearest bfloat16 (ties to even), as its bits.
inline uint16_t floatToBfloat16(float f)
{
    uint32_t bits;
    std::memcpy(&bits, &f, sizeof bits);
    if (std::isnan(f)) return static_cast<uint16_t>((bits >> 16) | 0x40);
    bits += 0x7fff + ((bits >> 16) & 1);
    return static_cast<uint16_t>(bits >> 16);
}

/// The nearest binary16 value (ties to even), as a float: what a cast to FLOAT16 keeps.
inline float roundToHalf(float f)
{
    if (std::isnan(f) || std::isinf(f)) return f;
    const float a = std::fabs(f);
    if (a >= 65520.0f) return std::copysign(INFINITY, f);  // rounds beyond the largest half
    int e;
    std::frexp(a, &e);                       // a = m · 2^e, m in [0.5, 1)
    const int step = std::max(e - 11, -24);  // 11 significant bits; subnormals step 2^-24
    const float q = std::ldexp(std::nearbyint(std::ldexp(a, -step)), step);
    return std::copysign(q, f);
}

}  // namespace dfc
