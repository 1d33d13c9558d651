// Two-input element-wise kernels with broadcasting of size-1 dimensions.
#include <cmath>

#include "core/error.h"
#include "emulator/kernel_registry.h"
#include "emulator/kernels/broadcast.h"

namespace dfc {
namespace {

template <typename Op> FloatKernel elementwise(Op op)
{
    return [op](const Layer& l, const std::vector<const Tensor*>& in) {
        const Shape a = elementwiseShape(*in[0]), b = elementwiseShape(*in[1]);
        Shape o(4);
        for (int i = 0; i < 4; ++i) {
            if (a[i] != b[i] && a[i] != 1 && b[i] != 1)
                fail(ErrorCode::InvalidGraph, "cannot broadcast inputs", {}, l.name);
            o[i] = std::max(a[i], b[i]);
        }
        Tensor out(o);
        const float* pa = in[0]->ptr();
        const float* pb = in[1]->ptr();
        const bool same = a == b;
#pragma omp parallel for collapse(2) schedule(static) if (out.size() > 65536)
        for (int64_t n = 0; n < o[0]; ++n)
            for (int64_t y = 0; y < o[1]; ++y)
                for (int64_t x = 0; x < o[2]; ++x)
                    for (int64_t c = 0; c < o[3]; ++c) {
                        const int64_t oi = ((n * o[1] + y) * o[2] + x) * o[3] + c;
                        out.data[oi] = same ? op(pa[oi], pb[oi])
                                            : op(pa[broadcastIndex(a, n, y, x, c)], pb[broadcastIndex(b, n, y, x, c)]);
                    }
        if (in[0]->rank() == 2 && in[1]->rank() == 2) out.shape = {o[0], o[3]};
        applyActivation(l, out);
        return std::vector<Tensor>{std::move(out)};
    };
}

}  // namespace

void registerElementwiseKernels(KernelRegistry& r)
{
    r.add("ew_add", elementwise([](float a, float b) { return a + b; }));
    r.add("ew_sub", elementwise([](float a, float b) { return a - b; }));
    r.add("ew_mult", elementwise([](float a, float b) { return a * b; }));
    r.add("ew_div", elementwise([](float a, float b) { return a / b; }));
    r.add("ew_min", elementwise([](float a, float b) { return std::fmin(a, b); }));
    r.add("ew_max", elementwise([](float a, float b) { return std::fmax(a, b); }));
}

}  // namespace dfc
