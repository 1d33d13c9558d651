// Backward passes of the two-input element-wise layers, with the forward kernels' broadcasting
// of size-1 dimensions (a broadcast input's gradient is summed over the dimensions it was
// repeated along).
#include <cmath>

#include "emulator/kernels/broadcast.h"
#include "quantizer/backward/backward_registry.h"

namespace dfc {
namespace {

/// Partial derivatives of one element-wise function with respect to each operand.
struct Partials {
    float da, db;
};

template <typename F>
LayerGradients elementwiseBackward(const BackwardArgs& args, F partials)
{
    const Tensor &ta = *args.inputs[0], &tb = *args.inputs[1];
    const Tensor& g = args.gradOutputs[0];
    const Shape a = elementwiseShape(ta), b = elementwiseShape(tb), o = elementwiseShape(g);
    LayerGradients out;
    out.inputs = {Tensor(ta.shape), Tensor(tb.shape)};
    for (int64_t n = 0; n < o[0]; ++n)
        for (int64_t y = 0; y < o[1]; ++y)
            for (int64_t x = 0; x < o[2]; ++x)
                for (int64_t c = 0; c < o[3]; ++c) {
                    const int64_t oi = ((n * o[1] + y) * o[2] + x) * o[3] + c;
                    const int64_t ia = broadcastIndex(a, n, y, x, c), ib = broadcastIndex(b, n, y, x, c);
                    const Partials p = partials(ta.data[ia], tb.data[ib]);
                    out.inputs[0].data[ia] += g.data[oi] * p.da;
                    out.inputs[1].data[ib] += g.data[oi] * p.db;
                }
    return out;
}

}  // namespace

void registerElementwiseBackward(BackwardRegistry& r)
{
    auto rule = [](auto partials) {
        return BackwardRule{[partials](const BackwardArgs& a) { return elementwiseBackward(a, partials); }, false};
    };
    r.add("ew_add", rule([](float, float) { return Partials{1, 1}; }));
    r.add("ew_sub", rule([](float, float) { return Partials{1, -1}; }));
    r.add("ew_mult", rule([](float a, float b) { return Partials{b, a}; }));
    r.add("ew_div", rule([](float a, float b) { return Partials{1 / b, -a / (b * b)}; }));
    // The smaller (larger) operand receives the gradient; a tie gives it to the first, as fmin does.
    r.add("ew_min", rule([](float a, float b) { return a <= b ? Partials{1, 0} : Partials{0, 1}; }));
    r.add("ew_max", rule([](float a, float b) { return a >= b ? Partials{1, 0} : Partials{0, 1}; }));
}

}  // namespace dfc
