// Integer convolutions, dense, matmul and per-channel affine layers. Accumulators are exact:
// GEMMs run in doubles, whose 53-bit mantissa holds every sum of products of 16-bit codes and
// 16-bit weights up to 2^21 terms (checked), the small loops in int64.
#include <Eigen/Core>
#include <cmath>

#include "core/error.h"
#include "emulator/kernels/im2col.h"
#include "emulator/qkernel_registry.h"
#include "ir/kinds/kinds.h"
#include "ir/layer_kind.h"

namespace dfc {
namespace {

using DMatrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using DMap = Eigen::Map<const DMatrix>;

void checkExactSums(const Layer& l, int64_t terms, int inputBits, int weightBits)
{
    // |code − zero point| < 2^bits, |weight| < 2^(bits−1): each product < 2^(a+w−1).
    if (std::log2(double(terms)) + inputBits + weightBits - 1 >= 53)
        fail(ErrorCode::Unsupported, "accumulation too long for exact integer sums", {}, l.name);
}

std::vector<double> centered(const QTensor& x)
{
    std::vector<double> v(x.data.size());
    for (size_t i = 0; i < v.size(); ++i) v[i] = double(x.data[i] - x.params.zeroPoint);
    return v;
}

int64_t biasOf(const LayerQuant& q, int64_t c) { return q.bias.empty() ? 0 : q.bias[static_cast<size_t>(c)]; }

/// Applies bias and output stage to a [rows, cout] block of exact accumulators.
void finish(const double* acc, int64_t rows, int64_t cout, const LayerQuant& q, const OutputStage& stage, int32_t* out)
{
#pragma omp parallel for schedule(static) if (rows * cout > 65536)
    for (int64_t r = 0; r < rows; ++r)
        for (int64_t c = 0; c < cout; ++c)
            out[r * cout + c] = stage(std::llround(acc[r * cout + c]) + biasOf(q, c), c);
}

std::vector<QTensor> convQ(const Layer& l, const LayerQuant& q, const std::vector<const QTensor*>& in)
{
    const QTensor& input = *in[0];
    const Shape& ks = q.kernelShape;
    const Hwc x = toHwc({input.dim(1), input.dim(2), input.dim(3)});
    const Window w = windowOf(l, ks[0], ks[1]);
    const int64_t groups = l.attr<int64_t>("groups");
    const int64_t cg = x.c / groups, cout = ks[3], coutG = cout / groups, k = w.kh * w.kw * cg;
    const int64_t oh = w.outH(x.h), ow = w.outW(x.w), n = input.dim(0);
    checkExactSums(l, k, input.params.bits, q.weightBits);
    const OutputStage stage(l, q, q.accumulatorScales(input.params.scale));
    const std::vector<double> img = centered(input);
    DMatrix kernel(k, cout);
    for (int64_t i = 0; i < k * cout; ++i) kernel.data()[i] = q.kernel[static_cast<size_t>(i)];
    std::vector<double> cols(oh * ow * k);
    DMatrix acc(oh * ow, cout);
    QTensor out{{n, oh, ow, cout}, std::vector<int32_t>(n * oh * ow * cout), q.output};
    for (int64_t b = 0; b < n; ++b) {
        for (int64_t g = 0; g < groups; ++g) {
            im2col(img.data() + b * x.h * x.w * x.c, x, w, oh, ow, g * cg, cg, cols.data());
            acc.middleCols(g * coutG, coutG).noalias() = DMap(cols.data(), oh * ow, k) * kernel.middleCols(g * coutG, coutG);
        }
        finish(acc.data(), oh * ow, cout, q, stage, out.data.data() + b * oh * ow * cout);
    }
    return {std::move(out)};
}

std::vector<QTensor> depthwiseQ(const Layer& l, const LayerQuant& q, const std::vector<const QTensor*>& in)
{
    const QTensor& input = *in[0];
    const Shape& ks = q.kernelShape;
    const Hwc x = toHwc({input.dim(1), input.dim(2), input.dim(3)});
    const Window w = windowOf(l, ks[0], ks[1]);
    const int64_t m = ks[3], cout = x.c * m, oh = w.outH(x.h), ow = w.outW(x.w), n = input.dim(0);
    const OutputStage stage(l, q, q.accumulatorScales(input.params.scale));
    const int32_t zp = input.params.zeroPoint;
    QTensor out{{n, oh, ow, cout}, std::vector<int32_t>(n * oh * ow * cout), q.output};
#pragma omp parallel for collapse(2) schedule(static)
    for (int64_t b = 0; b < n; ++b)
        for (int64_t oy = 0; oy < oh; ++oy) {
            std::vector<int64_t> acc(cout);
            for (int64_t ox = 0; ox < ow; ++ox) {
                std::fill(acc.begin(), acc.end(), 0);
                for (int64_t ky = 0; ky < w.kh; ++ky) {
                    const int64_t iy = oy * w.sh - w.pt + ky * w.dh;
                    if (iy < 0 || iy >= x.h) continue;
                    for (int64_t kx = 0; kx < w.kw; ++kx) {
                        const int64_t ix = ox * w.sw - w.pl + kx * w.dw;
                        if (ix < 0 || ix >= x.w) continue;
                        const int32_t* src = input.data.data() + ((b * x.h + iy) * x.w + ix) * x.c;
                        const int32_t* kk = q.kernel.data() + (ky * w.kw + kx) * cout;
                        for (int64_t c = 0; c < cout; ++c) acc[c] += int64_t(src[c / m] - zp) * kk[c];
                    }
                }
                int32_t* o = out.data.data() + ((b * oh + oy) * ow + ox) * cout;
                for (int64_t c = 0; c < cout; ++c) o[c] = stage(acc[c] + biasOf(q, c), c);
            }
        }
    return {std::move(out)};
}

std::vector<QTensor> deconvQ(const Layer& l, const LayerQuant& q, const std::vector<const QTensor*>& in)
{
    const QTensor& input = *in[0];
    const Shape& ks = q.kernelShape;
    const Hwc x = toHwc({input.dim(1), input.dim(2), input.dim(3)});
    const Window w = windowOf(l, ks[0], ks[1]);
    const int64_t groups = l.attr<int64_t>("groups");
    const int64_t cg = x.c / groups, cout = ks[3], coutG = cout / groups, n = input.dim(0);
    const int64_t oh = l.outputShape()[0], ow = l.outputShape()[1];
    const OutputStage stage(l, q, q.accumulatorScales(input.params.scale));
    const int32_t zp = input.params.zeroPoint;
    QTensor out{{n, oh, ow, cout}, std::vector<int32_t>(n * oh * ow * cout), q.output};
    std::vector<int64_t> acc(oh * ow * cout);
    for (int64_t b = 0; b < n; ++b) {
        std::fill(acc.begin(), acc.end(), 0);
        const int32_t* img = input.data.data() + b * x.h * x.w * x.c;
#pragma omp parallel for schedule(static)
        for (int64_t co = 0; co < cout; ++co) {
            const int64_t g = co / coutG;
            for (int64_t iy = 0; iy < x.h; ++iy)
                for (int64_t ix = 0; ix < x.w; ++ix) {
                    const int32_t* src = img + (iy * x.w + ix) * x.c + g * cg;
                    for (int64_t ky = 0; ky < w.kh; ++ky) {
                        const int64_t oy = iy * w.sh - w.pt + ky * w.dh;
                        if (oy < 0 || oy >= oh) continue;
                        for (int64_t kx = 0; kx < w.kw; ++kx) {
                            const int64_t ox = ix * w.sw - w.pl + kx * w.dw;
                            if (ox < 0 || ox >= ow) continue;
                            const int32_t* kk = q.kernel.data() + ((ky * w.kw + kx) * cg) * cout + co;
                            int64_t sum = 0;
                            for (int64_t ci = 0; ci < cg; ++ci) sum += int64_t(src[ci] - zp) * kk[ci * cout];
                            acc[(oy * ow + ox) * cout + co] += sum;
                        }
                    }
                }
        }
        int32_t* o = out.data.data() + b * oh * ow * cout;
        for (int64_t i = 0; i < oh * ow * cout; ++i) o[i] = stage(acc[i] + biasOf(q, i % cout), i % cout);
    }
    return {std::move(out)};
}

std::vector<QTensor> denseQ(const Layer& l, const LayerQuant& q, const std::vector<const QTensor*>& in)
{
    const QTensor& input = *in[0];
    const int64_t n = input.dim(0), features = input.size() / n, cout = q.kernelShape.at(1);
    if (features != q.kernelShape.at(0)) fail(ErrorCode::InvalidGraph, "dense input size mismatch", {}, l.name);
    checkExactSums(l, features, input.params.bits, q.weightBits);
    const OutputStage stage(l, q, q.accumulatorScales(input.params.scale));
    const std::vector<double> x = centered(input);
    DMatrix kernel(features, cout);
    for (int64_t i = 0; i < features * cout; ++i) kernel.data()[i] = q.kernel[static_cast<size_t>(i)];
    const DMatrix acc = DMap(x.data(), n, features) * kernel;
    QTensor out{{n, cout}, std::vector<int32_t>(n * cout), q.output};
    finish(acc.data(), n, cout, q, stage, out.data.data());
    return {std::move(out)};
}

std::vector<QTensor> matmulQ(const Layer& l, const LayerQuant& q, const std::vector<const QTensor*>& in)
{
    const QTensor& a = *in[0];
    const QTensor& bt = *in[1];
    const bool transposed = l.attr<bool>("transpose_matmul_input");
    const int64_t n = a.dim(0), h = a.dim(1), w = a.dim(2), kk = a.dim(3);
    const int64_t cols = transposed ? bt.dim(2) : bt.dim(3);
    checkExactSums(l, kk, a.params.bits, bt.params.bits + 1);
    const OutputStage stage(l, q, {a.params.scale * bt.params.scale});
    const std::vector<double> av = centered(a), bv = centered(bt);
    QTensor out{{n, h, w, cols}, std::vector<int32_t>(n * h * w * cols), q.output};
    for (int64_t b = 0; b < n; ++b)
        for (int64_t y = 0; y < h; ++y) {
            const int64_t by = bt.dim(1) == 1 ? 0 : y, bb = bt.dim(0) == 1 ? 0 : b;
            const double* bp = bv.data() + (bb * bt.dim(1) + by) * bt.dim(2) * bt.dim(3);
            const DMap A(av.data() + (b * h + y) * w * kk, w, kk);
            const DMatrix C = transposed ? DMatrix(A * DMap(bp, cols, kk).transpose()) : DMatrix(A * DMap(bp, kk, cols));
            finish(C.data(), w, cols, LayerQuant{}, stage, out.data.data() + (b * h + y) * w * cols);
        }
    return {std::move(out)};
}

/// Batch norm and normalization: y = (x − z) · k[c] + bias[c], per channel.
std::vector<QTensor> affineQ(const Layer& l, const LayerQuant& q, const std::vector<const QTensor*>& in)
{
    const QTensor& x = *in[0];
    const int64_t c = x.shape.back();
    if (int64_t(q.kernel.size()) != c) fail(ErrorCode::InvalidGraph, "per-channel parameters do not match the features", {}, l.name);
    const OutputStage stage(l, q, q.accumulatorScales(x.params.scale));
    QTensor out{x.shape, std::vector<int32_t>(x.data.size()), q.output};
    for (int64_t i = 0; i < x.size(); ++i) {
        const int64_t ch = i % c;
        out.data[i] = stage(int64_t(x.data[i] - x.params.zeroPoint) * q.kernel[ch] + biasOf(q, ch), ch);
    }
    return {std::move(out)};
}

/// A standalone activation: a table indexed by the input code, or clamping for ReLU-like ones.
std::vector<QTensor> activationQ(const Layer& l, const LayerQuant& q, const std::vector<const QTensor*>& in)
{
    const QTensor& x = *in[0];
    QTensor out{x.shape, std::vector<int32_t>(x.data.size()), q.output};
    if (!isPiecewiseLinearActivation(layerActivation(l))) {
        if (q.table.size() != size_t(x.params.qmax) + 1) fail(ErrorCode::InvalidFormat, "activation table does not match the input bits", {}, l.name);
        for (int64_t i = 0; i < x.size(); ++i) out.data[i] = q.table[static_cast<size_t>(x.data[i])];
        return {std::move(out)};
    }
    const OutputStage stage(l, q, {x.params.scale});
    const int64_t c = x.shape.back();
    for (int64_t i = 0; i < x.size(); ++i) out.data[i] = stage(x.data[i] - x.params.zeroPoint, i % c);
    return {std::move(out)};
}

}  // namespace

void registerComputeQKernels(QKernelRegistry& r)
{
    r.add("conv", convQ);
    r.add("dw", depthwiseQ);
    r.add("deconv", deconvQ);
    r.add("dense", denseQ);
    r.add("matmul", matmulQ);
    r.add("batch_norm", affineQ);
    r.add("normalization", affineQ);
    r.add("activation", activationQ);
}

}  // namespace dfc
