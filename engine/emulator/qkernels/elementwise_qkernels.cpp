// Two-input element-wise layers on codes, broadcasting size-1 dimensions. Sums and extrema
// bring both operands to one fine scale first (2^20 finer than the coarser input), so neither
// input's precision is lost before the single rounding of the output stage.
#include <algorithm>
#include <cmath>

#include "core/error.h"
#include "emulator/qkernel_registry.h"

namespace dfc {
namespace {

constexpr int kFineBits = 20;

Shape asNhwc(const QTensor& t)
{
    if (t.rank() == 4) return t.shape;
    if (t.rank() == 2) return {t.dim(0), 1, 1, t.dim(1)};
    fail(ErrorCode::InvalidGraph, "element-wise input must be [N,H,W,C] or [N,C]");
}

/// Calls op(a − za, b − zb) for every output element; op returns an accumulator.
template <typename Op>
QTensor binary(const Layer& l, const LayerQuant& q, const QTensor& qa, const QTensor& qb, const std::vector<double>& accScale, Op op)
{
    const Shape a = asNhwc(qa), b = asNhwc(qb);
    Shape o(4);
    for (int i = 0; i < 4; ++i) {
        if (a[i] != b[i] && a[i] != 1 && b[i] != 1) fail(ErrorCode::InvalidGraph, "cannot broadcast inputs", {}, l.name);
        o[i] = std::max(a[i], b[i]);
    }
    const OutputStage stage(l, q, accScale);
    QTensor out{o, std::vector<int32_t>(shapeElements(o)), q.output};
    auto index = [](const Shape& s, int64_t n, int64_t y, int64_t x, int64_t c) {
        return ((std::min(n, s[0] - 1) * s[1] + std::min(y, s[1] - 1)) * s[2] + std::min(x, s[2] - 1)) * s[3] + std::min(c, s[3] - 1);
    };
    const int32_t za = qa.params.zeroPoint, zb = qb.params.zeroPoint;
    if (a == b) {  // no broadcasting: one flat loop
        const int64_t c = o[3];
#pragma omp parallel for schedule(static) if (out.size() > 65536)
        for (int64_t i = 0; i < out.size(); ++i) out.data[i] = stage(op(int64_t(qa.data[i]) - za, int64_t(qb.data[i]) - zb), i % c);
        if (qa.rank() == 2 && qb.rank() == 2) out.shape = {o[0], o[3]};
        return out;
    }
#pragma omp parallel for collapse(2) schedule(static) if (out.size() > 65536)
    for (int64_t n = 0; n < o[0]; ++n)
        for (int64_t y = 0; y < o[1]; ++y)
            for (int64_t x = 0; x < o[2]; ++x)
                for (int64_t c = 0; c < o[3]; ++c) {
                    const int64_t va = qa.data[index(a, n, y, x, c)] - za, vb = qb.data[index(b, n, y, x, c)] - zb;
                    out.data[((n * o[1] + y) * o[2] + x) * o[3] + c] = stage(op(va, vb), c);
                }
    if (qa.rank() == 2 && qb.rank() == 2) out.shape = {o[0], o[3]};
    return out;
}

/// applyMultiplier64 of every centred code of an encoding, looked up instead of computed
/// (at most 2^16 entries; a code outside the encoding is computed).
class RescaleTable {
public:
    RescaleTable(const QuantParams& p, FixedPointMultiplier m) : mMultiplier(m), mLow(int64_t(p.qmin) - p.zeroPoint)
    {
        for (int64_t v = mLow; v <= int64_t(p.qmax) - p.zeroPoint; ++v) mValues.push_back(applyMultiplier64(v, m));
    }
    int64_t operator()(int64_t centred) const
    {
        const uint64_t i = uint64_t(centred - mLow);
        return i < mValues.size() ? mValues[i] : applyMultiplier64(centred, mMultiplier);
    }

private:
    FixedPointMultiplier mMultiplier;
    int64_t mLow;
    std::vector<int64_t> mValues;
};

/// a and b on one fine scale, combined by `combine` (sum, difference, min, max).
template <typename Combine> QKernel onFineScale(Combine combine)
{
    return [combine](const Layer& l, const LayerQuant& q, const std::vector<const QTensor*>& in) {
        const double sa = in[0]->params.scale, sb = in[1]->params.scale;
        const double fine = std::max(sa, sb) / double(int64_t{1} << kFineBits);
        const RescaleTable ta(in[0]->params, fixedPointMultiplier(sa / fine)), tb(in[1]->params, fixedPointMultiplier(sb / fine));
        return std::vector<QTensor>{binary(l, q, *in[0], *in[1], {fine}, [&](int64_t a, int64_t b) { return combine(ta(a), tb(b)); })};
    };
}

std::vector<QTensor> multQ(const Layer& l, const LayerQuant& q, const std::vector<const QTensor*>& in)
{
    return {binary(l, q, *in[0], *in[1], {in[0]->params.scale * in[1]->params.scale}, [](int64_t a, int64_t b) { return a * b; })};
}

/// a / b as round(a · 2^16 / b); division by a zero code saturates with the sign of a.
std::vector<QTensor> divQ(const Layer& l, const LayerQuant& q, const std::vector<const QTensor*>& in)
{
    constexpr int kShift = 16;
    const double accScale = in[0]->params.scale / in[1]->params.scale / double(1 << kShift);
    return {binary(l, q, *in[0], *in[1], {accScale}, [](int64_t a, int64_t b) -> int64_t {
        if (b == 0) return a == 0 ? 0 : (a > 0 ? INT64_MAX / 4 : -(INT64_MAX / 4));
        const int64_t num = a * (int64_t{1} << kShift);
        const int64_t half = std::abs(b) / 2;
        const int64_t mag = (std::abs(num) + half) / std::abs(b);  // ties away from zero
        return (num < 0) != (b < 0) ? -mag : mag;
    })};
}

}  // namespace

void registerElementwiseQKernels(QKernelRegistry& r)
{
    r.add("ew_add", onFineScale([](int64_t a, int64_t b) { return a + b; }));
    r.add("ew_sub", onFineScale([](int64_t a, int64_t b) { return a - b; }));
    r.add("ew_min", onFineScale([](int64_t a, int64_t b) { return std::min(a, b); }));
    r.add("ew_max", onFineScale([](int64_t a, int64_t b) { return std::max(a, b); }));
    r.add("ew_mult", multQ);
    r.add("ew_div", divQ);
}

}  // namespace dfc
