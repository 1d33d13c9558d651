// Reductions, softmax and argmax (float, channel-last).
#include <cmath>
#include <limits>

#include "emulator/kernel_registry.h"

namespace dfc {
namespace {

enum class Reduce { Max, Min, Sum, Mean, SumSquare };

FloatKernel reduceKernel(Reduce op)
{
    return [op](const Layer& l, const std::vector<const Tensor*>& in) {
        const Tensor& x = *in[0];
        Shape os = x.shape;
        std::vector<bool> reduced(x.rank(), false);
        for (int64_t a : l.attr<std::vector<int64_t>>("reduce_axes")) {
            reduced[a + 1] = true;
            os[a + 1] = 1;
        }
        const bool minMax = op == Reduce::Max || op == Reduce::Min;
        const double init = op == Reduce::Max   ? -std::numeric_limits<double>::infinity()
                            : op == Reduce::Min ? std::numeric_limits<double>::infinity()
                                                : 0.0;
        std::vector<double> acc(shapeElements(os), init);
        std::vector<int64_t> idx(x.rank(), 0);
        for (int64_t i = 0; i < x.size(); ++i) {
            int64_t o = 0;
            for (int d = 0; d < x.rank(); ++d) o = o * os[d] + (reduced[d] ? 0 : idx[d]);
            const double v = x.data[i];
            if (op == Reduce::Max) acc[o] = std::max(acc[o], v);
            else if (op == Reduce::Min) acc[o] = std::min(acc[o], v);
            else acc[o] += op == Reduce::SumSquare ? v * v : v;
            for (int d = x.rank() - 1; d >= 0; --d) {
                if (++idx[d] < x.shape[d]) break;
                idx[d] = 0;
            }
        }
        const double count = static_cast<double>(x.size()) / static_cast<double>(acc.size());
        Tensor out(os);
        for (size_t i = 0; i < acc.size(); ++i)
            out.data[i] = static_cast<float>(op == Reduce::Mean && !minMax ? acc[i] / count : acc[i]);
        applyActivation(l, out);
        return std::vector<Tensor>{std::move(out)};
    };
}

std::vector<Tensor> softmax(const Layer&, const std::vector<const Tensor*>& in)
{
    Tensor out = *in[0];
    const int64_t c = out.shape.back();
    for (int64_t p = 0; p < out.size() / c; ++p) {
        float* v = out.ptr() + p * c;
        const float m = *std::max_element(v, v + c);
        double sum = 0;
        for (int64_t i = 0; i < c; ++i) sum += (v[i] = std::exp(v[i] - m));
        for (int64_t i = 0; i < c; ++i) v[i] = static_cast<float>(v[i] / sum);
    }
    return {std::move(out)};
}

std::vector<Tensor> argmax(const Layer&, const std::vector<const Tensor*>& in)
{
    const Tensor& x = *in[0];
    const int64_t c = x.shape.back();
    Shape os = x.shape;
    os.back() = 1;
    Tensor out(os);
    for (int64_t p = 0; p < x.size() / c; ++p) {
        const float* v = x.ptr() + p * c;
        out.data[p] = static_cast<float>(std::max_element(v, v + c) - v);  // first maximum wins
    }
    return {std::move(out)};
}

}  // namespace

void registerReduceKernels(KernelRegistry& r)
{
    r.add("reduce_max", reduceKernel(Reduce::Max));
    r.add("reduce_min", reduceKernel(Reduce::Min));
    r.add("reduce_sum", reduceKernel(Reduce::Sum));
    r.add("reduce_mean", reduceKernel(Reduce::Mean));
    r.add("reduce_sum_square", reduceKernel(Reduce::SumSquare));
    r.add("softmax", softmax);
    r.add("argmax", argmax);
}

}  // namespace dfc
