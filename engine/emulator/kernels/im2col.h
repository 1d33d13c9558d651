#pragma once
// Receptive-field gathering shared by the float convolution and the quantized one (which runs
// its integer GEMM in doubles: exact for the sums an 8/16-bit layer can produce).
#include <algorithm>
#include <cstdint>

#include "ir/kinds/kinds.h"

namespace dfc {

/// Gathers the receptive fields of one image into rows: cols[oy*ow+ox, (ky*kw+kx)*cg + ci];
/// taps in the padding are 0.
template <typename T>
void im2col(const T* img, const Hwc& x, const Window& w, int64_t oh, int64_t ow, int64_t c0, int64_t cg, T* cols)
{
    const int64_t rowLen = w.kh * w.kw * cg;
#pragma omp parallel for schedule(static)
    for (int64_t oy = 0; oy < oh; ++oy) {
        for (int64_t ox = 0; ox < ow; ++ox) {
            T* row = cols + (oy * ow + ox) * rowLen;
            for (int64_t ky = 0; ky < w.kh; ++ky) {
                const int64_t iy = oy * w.sh - w.pt + ky * w.dh;
                for (int64_t kx = 0; kx < w.kw; ++kx, row += cg) {
                    const int64_t ix = ox * w.sw - w.pl + kx * w.dw;
                    if (iy < 0 || iy >= x.h || ix < 0 || ix >= x.w) {
                        std::fill(row, row + cg, T(0));
                    } else {
                        const T* src = img + (iy * x.w + ix) * x.c + c0;
                        std::copy(src, src + cg, row);
                    }
                }
            }
        }
    }
}

}  // namespace dfc
