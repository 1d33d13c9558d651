#pragma once
// The broadcasting of the two-input element-wise layers, shared by their float kernels and
// their backward passes (quantizer/backward): size-1 dimensions repeat.
#include <algorithm>

#include "core/error.h"
#include "ir/tensor.h"

namespace dfc {

/// The shape of an element-wise operand as [N, H, W, C]; [N, C] is [N, 1, 1, C].
inline Shape elementwiseShape(const Tensor& t)
{
    if (t.rank() == 4) return t.shape;
    if (t.rank() == 2) return {t.dim(0), 1, 1, t.dim(1)};
    fail(ErrorCode::InvalidGraph, "element-wise input must be [N,H,W,C] or [N,C]");
}

/// Where output position (n, y, x, c) reads an operand of shape `s` (size-1 dimensions repeat).
inline int64_t broadcastIndex(const Shape& s, int64_t n, int64_t y, int64_t x, int64_t c)
{
    return ((std::min(n, s[0] - 1) * s[1] + std::min(y, s[1] - 1)) * s[2] + std::min(x, s[2] - 1)) * s[3] + std::min(c, s[3] - 1);
}

}  // namespace dfc
