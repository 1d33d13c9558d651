// Integer convolutions, dense, matmul and per-channel affine layers. Accumulators are exact:
// GEMMs run in doubles, whose 53-bit mantissa holds every sum of products of 16-bit codes and
// 16-bit weights up to 2^21 terms (checked), or, for 8-bit operands, as float GEMMs over
// K-chunks whose sums stay below 2^24 (exact in float), added up in double; the small loops
// run in int32 where the bound allows, else int64.
#include <Eigen/Core>
#include <cmath>
#include <type_traits>

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

int64_t biasOf(const LayerQuant& q, int64_t c) { return q.bias.empty() ? 0 : q.bias[static_cast<size_t>(c)]; }

/// Applies bias and output stage to a [rows, cout] block of exact accumulators.
void finish(const double* acc, int64_t rows, int64_t cout, const LayerQuant& q, const OutputStage& stage, int32_t* out)
{
#pragma omp parallel for schedule(static) if (rows * cout > 65536)
    for (int64_t r = 0; r < rows; ++r)
        for (int64_t c = 0; c < cout; ++c)
            out[r * cout + c] = stage(static_cast<int64_t>(acc[r * cout + c]) + biasOf(q, c), c);  // exact integers
}

template <typename T>
using Matrix = Eigen::Matrix<T, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// Largest |code − zero point| of an encoding.
double maxCentered(const QuantParams& p) { return std::max(double(p.qmax) - p.zeroPoint, double(p.zeroPoint) - p.qmin); }

double maxAbs(const std::vector<int32_t>& v)
{
    int64_t m = 0;
    for (int32_t x : v) m = std::max<int64_t>(m, std::abs(int64_t(x)));
    return double(m);
}

/// K-chunk length for which float partial sums of products up to maxProduct stay exact (below
/// 2^24); 0 when chunks would be too short to pay off (16-bit operands): the double path runs.
int64_t floatChunk(double maxProduct)
{
    const double chunk = std::floor(16777216.0 / std::max(1.0, maxProduct));
    return chunk >= 64 ? static_cast<int64_t>(std::min(chunk, 1e9)) : 0;
}

/// a [rows, k] · b [k, cols] of integer-valued matrices, exact: in double directly; in float as
/// GEMMs over K-chunks short enough to be exact, summed in double.
template <typename T>
Matrix<double> exactProduct(const T* a, int64_t rows, int64_t k, const Matrix<T>& b, int64_t chunk)
{
    const Eigen::Map<const Matrix<T>> A(a, rows, k);
    if constexpr (std::is_same_v<T, double>) {
        return A * b;
    } else {
        if (chunk >= k) return (A * b).template cast<double>();
        Matrix<double> acc = Matrix<double>::Zero(rows, b.cols());
        for (int64_t k0 = 0; k0 < k; k0 += chunk) {
            const int64_t len = std::min(chunk, k - k0);
            acc += (A.middleCols(k0, len) * b.middleRows(k0, len)).template cast<double>();
        }
        return acc;
    }
}

template <typename T>
std::vector<T> centeredAs(const QTensor& x)
{
    std::vector<T> v(x.data.size());
    for (size_t i = 0; i < v.size(); ++i) v[i] = T(x.data[i] - x.params.zeroPoint);
    return v;
}

template <typename T>
Matrix<T> kernelMatrix(const LayerQuant& q, int64_t rows, int64_t cols, int64_t firstCol = 0, int64_t width = -1)
{
    if (width < 0) width = cols;
    Matrix<T> m(rows, width);
    for (int64_t r = 0; r < rows; ++r)
        for (int64_t c = 0; c < width; ++c) m(r, c) = T(q.kernel[static_cast<size_t>(r * cols + firstCol + c)]);
    return m;
}

template <typename T>
std::vector<QTensor> convWith(const Layer& l, const LayerQuant& q, const QTensor& input, int64_t chunk)
{
    const Shape& ks = q.kernelShape;
    const Hwc x = toHwc({input.dim(1), input.dim(2), input.dim(3)});
    const Window w = windowOf(l, ks[0], ks[1]);
    const int64_t groups = l.attr<int64_t>("groups");
    const int64_t cg = x.c / groups, cout = ks[3], coutG = cout / groups, k = w.kh * w.kw * cg;
    const int64_t oh = w.outH(x.h), ow = w.outW(x.w), n = input.dim(0);
    const OutputStage stage(l, q, q.accumulatorScales(input.params.scale));
    const std::vector<T> img = centeredAs<T>(input);
    std::vector<Matrix<T>> kernels;
    for (int64_t g = 0; g < groups; ++g) kernels.push_back(kernelMatrix<T>(q, k, cout, g * coutG, coutG));
    std::vector<T> cols(oh * ow * k);
    Matrix<double> acc(oh * ow, cout);
    QTensor out{{n, oh, ow, cout}, std::vector<int32_t>(n * oh * ow * cout), q.output};
    for (int64_t b = 0; b < n; ++b) {
        for (int64_t g = 0; g < groups; ++g) {
            im2col(img.data() + b * x.h * x.w * x.c, x, w, oh, ow, g * cg, cg, cols.data());
            acc.middleCols(g * coutG, coutG) = exactProduct(cols.data(), oh * ow, k, kernels[g], chunk);
        }
        finish(acc.data(), oh * ow, cout, q, stage, out.data.data() + b * oh * ow * cout);
    }
    return {std::move(out)};
}

std::vector<QTensor> convQ(const Layer& l, const LayerQuant& q, const std::vector<const QTensor*>& in)
{
    const QTensor& input = *in[0];
    const Shape& ks = q.kernelShape;
    checkExactSums(l, ks[0] * ks[1] * ks[2], input.params.bits, q.weightBits);
    // Float GEMMs are about twice as fast as double ones; 8-bit operands allow exact chunks.
    const int64_t chunk = floatChunk(maxCentered(input.params) * maxAbs(q.kernel));
    return chunk ? convWith<float>(l, q, input, chunk) : convWith<double>(l, q, input, 0);
}

/// Depthwise accumulation over the window, in Acc (int32 where the bound allows: it
/// vectorizes); multiplier 1 (one output per input channel) gets the straight inner loop.
template <typename Acc, bool UnitMultiplier>
void depthwiseInto(const Layer& l, const LayerQuant& q, const QTensor& input, const OutputStage& stage, QTensor& out)
{
    const Shape& ks = q.kernelShape;
    const Hwc x = toHwc({input.dim(1), input.dim(2), input.dim(3)});
    const Window w = windowOf(l, ks[0], ks[1]);
    const int64_t m = ks[3], cout = x.c * m, oh = w.outH(x.h), ow = w.outW(x.w), n = input.dim(0);
    const std::vector<Acc> centered = centeredAs<Acc>(input);
    const std::vector<Acc> kernel(q.kernel.begin(), q.kernel.end());
#pragma omp parallel for collapse(2) schedule(static)
    for (int64_t b = 0; b < n; ++b)
        for (int64_t oy = 0; oy < oh; ++oy) {
            std::vector<Acc> acc(cout);
            for (int64_t ox = 0; ox < ow; ++ox) {
                std::fill(acc.begin(), acc.end(), Acc(0));
                for (int64_t ky = 0; ky < w.kh; ++ky) {
                    const int64_t iy = oy * w.sh - w.pt + ky * w.dh;
                    if (iy < 0 || iy >= x.h) continue;
                    for (int64_t kx = 0; kx < w.kw; ++kx) {
                        const int64_t ix = ox * w.sw - w.pl + kx * w.dw;
                        if (ix < 0 || ix >= x.w) continue;
                        const Acc* src = centered.data() + ((b * x.h + iy) * x.w + ix) * x.c;
                        const Acc* kk = kernel.data() + (ky * w.kw + kx) * cout;
                        if constexpr (UnitMultiplier)
                            for (int64_t c = 0; c < cout; ++c) acc[c] += src[c] * kk[c];
                        else
                            for (int64_t c = 0; c < cout; ++c) acc[c] += src[c / m] * kk[c];
                    }
                }
                int32_t* o = out.data.data() + ((b * oh + oy) * ow + ox) * cout;
                for (int64_t c = 0; c < cout; ++c) o[c] = stage(int64_t(acc[c]) + biasOf(q, c), c);
            }
        }
}

std::vector<QTensor> depthwiseQ(const Layer& l, const LayerQuant& q, const std::vector<const QTensor*>& in)
{
    const QTensor& input = *in[0];
    const Shape& ks = q.kernelShape;
    const Hwc x = toHwc({input.dim(1), input.dim(2), input.dim(3)});
    const Window w = windowOf(l, ks[0], ks[1]);
    const int64_t cout = x.c * ks[3];
    const OutputStage stage(l, q, q.accumulatorScales(input.params.scale));
    QTensor out{{input.dim(0), w.outH(x.h), w.outW(x.w), cout}, std::vector<int32_t>(input.dim(0) * w.outH(x.h) * w.outW(x.w) * cout),
                q.output};
    const bool narrow = maxCentered(input.params) * maxAbs(q.kernel) * double(ks[0] * ks[1]) < 2147483647.0;
    const bool unit = ks[3] == 1;
    if (narrow && unit) depthwiseInto<int32_t, true>(l, q, input, stage, out);
    else if (narrow) depthwiseInto<int32_t, false>(l, q, input, stage, out);
    else if (unit) depthwiseInto<int64_t, true>(l, q, input, stage, out);
    else depthwiseInto<int64_t, false>(l, q, input, stage, out);
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

template <typename T>
std::vector<QTensor> denseWith(const Layer& l, const LayerQuant& q, const QTensor& input, int64_t chunk)
{
    const int64_t n = input.dim(0), features = input.size() / n, cout = q.kernelShape.at(1);
    const OutputStage stage(l, q, q.accumulatorScales(input.params.scale));
    const std::vector<T> x = centeredAs<T>(input);
    const Matrix<double> acc = exactProduct(x.data(), n, features, kernelMatrix<T>(q, features, cout), chunk);
    QTensor out{{n, cout}, std::vector<int32_t>(n * cout), q.output};
    finish(acc.data(), n, cout, q, stage, out.data.data());
    return {std::move(out)};
}

std::vector<QTensor> denseQ(const Layer& l, const LayerQuant& q, const std::vector<const QTensor*>& in)
{
    const QTensor& input = *in[0];
    const int64_t n = input.dim(0), features = input.size() / n;
    if (features != q.kernelShape.at(0)) fail(ErrorCode::InvalidGraph, "dense input size mismatch", {}, l.name);
    checkExactSums(l, features, input.params.bits, q.weightBits);
    const int64_t chunk = floatChunk(maxCentered(input.params) * maxAbs(q.kernel));
    return chunk ? denseWith<float>(l, q, input, chunk) : denseWith<double>(l, q, input, 0);
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
    const std::vector<double> av = centeredAs<double>(a), bv = centeredAs<double>(bt);
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
