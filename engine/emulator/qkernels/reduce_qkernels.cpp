// Reductions, softmax and argmax on codes. Extrema and argmax move codes (order is preserved
// by a positive scale); sums are integer; softmax reads exp(−Δ·scale) from a 2^20-scaled table
// indexed by the distance Δ of a code from its row's maximum and divides in integers.
#include <algorithm>

#include "core/error.h"
#include "emulator/qkernel_registry.h"

namespace dfc {
namespace {

enum class Sum { Plain, Mean, Squares };

QKernel sumKernel(Sum kind)
{
    return [kind](const Layer& l, const LayerQuant& q, const std::vector<const QTensor*>& in) {
        const QTensor& x = *in[0];
        Shape os = x.shape;
        std::vector<bool> reduced(x.rank(), false);
        for (int64_t a : l.attr<std::vector<int64_t>>("reduce_axes")) {
            if (a + 1 >= x.rank() || a < 0) fail(ErrorCode::InvalidGraph, "reduce axis out of range", {}, l.name);
            reduced[a + 1] = true;
            os[a + 1] = 1;
        }
        std::vector<int64_t> acc(shapeElements(os), 0);
        std::vector<int64_t> idx(x.rank(), 0);
        for (int64_t i = 0; i < x.size(); ++i) {
            int64_t o = 0;
            for (int d = 0; d < x.rank(); ++d) o = o * os[d] + (reduced[d] ? 0 : idx[d]);
            const int64_t v = x.data[i] - x.params.zeroPoint;
            acc[o] += kind == Sum::Squares ? v * v : v;
            for (int d = x.rank() - 1; d >= 0; --d) {
                if (++idx[d] < x.shape[d]) break;
                idx[d] = 0;
            }
        }
        const double count = double(x.size()) / double(acc.size());
        const double s = x.params.scale;
        const OutputStage stage(l, q, {kind == Sum::Squares ? s * s : kind == Sum::Mean ? s / count : s});
        QTensor out{os, std::vector<int32_t>(acc.size()), q.output};
        const int64_t c = os.back();
        for (size_t i = 0; i < acc.size(); ++i) out.data[i] = stage(acc[i], int64_t(i) % c);
        return std::vector<QTensor>{std::move(out)};
    };
}

std::vector<QTensor> softmaxQ(const Layer& l, const LayerQuant& q, const std::vector<const QTensor*>& in)
{
    const QTensor& x = *in[0];
    if (q.table.size() != size_t(x.params.qmax) + 1)
        fail(ErrorCode::InvalidFormat, "softmax exp table does not match the input bits", {}, l.name);
    const int64_t c = x.shape.back();
    QTensor out{x.shape, std::vector<int32_t>(x.data.size()), q.output};
    const int64_t qmax = q.output.qmax;
    for (int64_t p = 0; p < x.size() / c; ++p) {
        const int32_t* v = x.data.data() + p * c;
        const int32_t m = *std::max_element(v, v + c);
        int64_t sum = 0;
        for (int64_t i = 0; i < c; ++i) sum += q.table[static_cast<size_t>(m - v[i])];
        for (int64_t i = 0; i < c; ++i) {
            const int64_t e = q.table[static_cast<size_t>(m - v[i])];
            // round(e · qmax / sum), ties up; the zero point of [0, 1] is 0.
            out.data[p * c + i] = static_cast<int32_t>((2 * e * qmax + sum) / (2 * sum));
        }
    }
    return {std::move(out)};
}

std::vector<QTensor> argmaxQ(const Layer& l, const LayerQuant& q, const std::vector<const QTensor*>& in)
{
    std::vector<QTensor> out = moveCodes(l, q, in);
    for (QTensor& t : out) t.params = q.output;
    return out;
}

}  // namespace

void registerReduceQKernels(QKernelRegistry& r)
{
    r.add("reduce_max", moveCodes);
    r.add("reduce_min", moveCodes);
    r.add("reduce_sum", sumKernel(Sum::Plain));
    r.add("reduce_mean", sumKernel(Sum::Mean));
    r.add("reduce_sum_square", sumKernel(Sum::Squares));
    r.add("softmax", softmaxQ);
    r.add("argmax", argmaxQ);
}

}  // namespace dfc
