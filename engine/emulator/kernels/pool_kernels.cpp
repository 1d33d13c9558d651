// Max, average and global average pooling (float, channel-last).
#include <limits>

#include "emulator/kernel_registry.h"
#include "emulator/kernels/pool_window.h"
#include "ir/kinds/kinds.h"

namespace dfc {
namespace {

template <bool IsMax> std::vector<Tensor> pool(const Layer& l, const std::vector<const Tensor*>& in)
{
    const Tensor& input = *in[0];
    const int64_t n = input.dim(0), h = input.dim(1), wd = input.dim(2), c = input.dim(3);
    const PoolWindow window(l, h, wd);
    const int64_t oh = window.outH(), ow = window.outW();
    Tensor out({n, oh, ow, c});
#pragma omp parallel for collapse(2) schedule(static)
    for (int64_t b = 0; b < n; ++b)
        for (int64_t oy = 0; oy < oh; ++oy)
            for (int64_t ox = 0; ox < ow; ++ox) {
                float* o = out.ptr() + ((b * oh + oy) * ow + ox) * c;
                std::fill(o, o + c, IsMax ? -std::numeric_limits<float>::infinity() : 0.0f);
                const int64_t count = window.visit(oy, ox, [&](int64_t iy, int64_t ix) {
                    const float* src = input.ptr() + ((b * h + iy) * wd + ix) * c;
                    for (int64_t ch = 0; ch < c; ++ch) o[ch] = IsMax ? std::max(o[ch], src[ch]) : o[ch] + src[ch];
                });
                if (!IsMax && count > 0)
                    for (int64_t ch = 0; ch < c; ++ch) o[ch] /= static_cast<float>(count);
            }
    applyActivation(l, out);
    return {std::move(out)};
}

std::vector<Tensor> globalAvgPool(const Layer& l, const std::vector<const Tensor*>& in)
{
    const Tensor& input = *in[0];
    const int64_t n = input.dim(0), c = input.shape.back(), hw = input.size() / (n * c);
    Tensor out({n, 1, 1, c});
    for (int64_t b = 0; b < n; ++b) {
        std::vector<double> acc(c, 0.0);
        const float* src = input.ptr() + b * hw * c;
        for (int64_t p = 0; p < hw; ++p)
            for (int64_t ch = 0; ch < c; ++ch) acc[ch] += src[p * c + ch];
        for (int64_t ch = 0; ch < c; ++ch) out.data[b * c + ch] = static_cast<float>(acc[ch] / hw);
    }
    applyActivation(l, out);
    return {std::move(out)};
}

}  // namespace

void registerPoolKernels(KernelRegistry& r)
{
    r.add("maxpool", pool<true>);
    r.add("avgpool", pool<false>);
    r.add("global_avg_pool", globalAvgPool);
}

}  // namespace dfc
