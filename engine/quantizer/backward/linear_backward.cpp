// Backward passes of the layers that multiply by weights: convolution (grouped), transposed
// convolution, depthwise convolution, dense, the per-channel affine layers, and the standalone activation (whose
// function the trainer differentiates; the layer itself passes its input through).
#include <Eigen/Core>

#include "emulator/kernels/im2col.h"
#include "ir/kinds/kinds.h"
#include "quantizer/backward/backward_registry.h"

namespace dfc {
namespace {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using ConstMap = Eigen::Map<const RowMatrix>;
using MutMap = Eigen::Map<RowMatrix>;

/// Sum of the gradient over every position: the bias gradient of a layer whose last axis is
/// the output channel.
Tensor channelSums(const Tensor& g)
{
    const int64_t c = g.shape.back();
    Tensor sums({c});
    for (int64_t p = 0; p < g.size() / c; ++p)
        for (int64_t i = 0; i < c; ++i) sums.data[i] += g.data[p * c + i];
    return sums;
}

/// Adds receptive-field rows back onto the image they were gathered from (im2col's adjoint).
void col2imAdd(const float* cols, const Hwc& x, const Window& w, int64_t oh, int64_t ow, int64_t c0, int64_t cg, float* img)
{
    for (int64_t oy = 0; oy < oh; ++oy)
        for (int64_t ox = 0; ox < ow; ++ox) {
            const float* row = cols + (oy * ow + ox) * w.kh * w.kw * cg;
            for (int64_t ky = 0; ky < w.kh; ++ky) {
                const int64_t iy = oy * w.sh - w.pt + ky * w.dh;
                for (int64_t kx = 0; kx < w.kw; ++kx, row += cg) {
                    const int64_t ix = ox * w.sw - w.pl + kx * w.dw;
                    if (iy < 0 || iy >= x.h || ix < 0 || ix >= x.w) continue;
                    float* dst = img + (iy * x.w + ix) * x.c + c0;
                    for (int64_t c = 0; c < cg; ++c) dst[c] += row[c];
                }
            }
        }
}

LayerGradients convBackward(const BackwardArgs& a)
{
    const Tensor& input = *a.inputs[0];
    const Tensor& k = a.layer.weight("kernel");
    const Tensor& g = a.gradOutputs[0];
    const Hwc x = toHwc({input.dim(1), input.dim(2), input.dim(3)});
    const Window w = windowOf(a.layer, k.dim(0), k.dim(1));
    const int64_t groups = a.layer.attr<int64_t>("groups");
    const int64_t cg = x.c / groups, cout = k.dim(3), coutG = cout / groups, rowLen = w.kh * w.kw * cg;
    const int64_t oh = w.outH(x.h), ow = w.outW(x.w), n = input.dim(0);
    LayerGradients out;
    out.inputs.emplace_back(input.shape);
    out.kernel = Tensor(k.shape);
    out.bias = channelSums(g);
    const ConstMap kernel(k.ptr(), rowLen, cout);
    MutMap gKernel(out.kernel.ptr(), rowLen, cout);
    std::vector<float> cols(oh * ow * rowLen), gCols(oh * ow * rowLen);
    for (int64_t b = 0; b < n; ++b) {
        const float* img = input.ptr() + b * x.h * x.w * x.c;
        float* gImg = out.inputs[0].ptr() + b * x.h * x.w * x.c;
        const ConstMap gy(g.ptr() + b * oh * ow * cout, oh * ow, cout);
        for (int64_t grp = 0; grp < groups; ++grp) {
            im2col(img, x, w, oh, ow, grp * cg, cg, cols.data());
            const ConstMap colMat(cols.data(), oh * ow, rowLen);
            gKernel.middleCols(grp * coutG, coutG).noalias() += colMat.transpose() * gy.middleCols(grp * coutG, coutG);
            MutMap(gCols.data(), oh * ow, rowLen).noalias() =
                gy.middleCols(grp * coutG, coutG) * kernel.middleCols(grp * coutG, coutG).transpose();
            col2imAdd(gCols.data(), x, w, oh, ow, grp * cg, cg, gImg);
        }
    }
    return out;
}

/// The transposed convolution scatters input pixel i to outputs i·s − p + k·d. Gathering the
/// output gradient over that same window (im2col with the output gradient as the image and the
/// input's size as the output's) gives each input pixel every output it reached: the input
/// gradient is those rows times the kernel, the kernel gradient the input against those rows.
LayerGradients deconvBackward(const BackwardArgs& a)
{
    const Tensor& input = *a.inputs[0];
    const Tensor& k = a.layer.weight("kernel");
    const Tensor& g = a.gradOutputs[0];
    const Hwc x = toHwc({input.dim(1), input.dim(2), input.dim(3)}), y = toHwc({g.dim(1), g.dim(2), g.dim(3)});
    const Window w = windowOf(a.layer, k.dim(0), k.dim(1));
    const int64_t groups = a.layer.attr<int64_t>("groups"), taps = w.kh * w.kw;
    const int64_t cg = x.c / groups, cout = k.dim(3), coutG = cout / groups, rowLen = taps * coutG, pixels = x.h * x.w;
    LayerGradients out;
    out.inputs.emplace_back(input.shape);
    out.kernel = Tensor(k.shape);
    out.bias = channelSums(g);
    std::vector<float> cols(pixels * rowLen);
    for (int64_t grp = 0; grp < groups; ++grp) {
        // The group's kernel as rows (tap, output channel) × input channels, and its gradient.
        RowMatrix kg(rowLen, cg), gk = RowMatrix::Zero(cg, rowLen);
        for (int64_t t = 0; t < taps; ++t)
            for (int64_t ci = 0; ci < cg; ++ci)
                for (int64_t co = 0; co < coutG; ++co) kg(t * coutG + co, ci) = k.data[(t * cg + ci) * cout + grp * coutG + co];
        for (int64_t b = 0; b < input.dim(0); ++b) {
            im2col(g.ptr() + b * y.h * y.w * y.c, y, w, x.h, x.w, grp * coutG, coutG, cols.data());
            const ConstMap colMat(cols.data(), pixels, rowLen);
            MutMap(out.inputs[0].ptr() + b * pixels * x.c, pixels, x.c).middleCols(grp * cg, cg).noalias() += colMat * kg;
            gk.noalias() += ConstMap(input.ptr() + b * pixels * x.c, pixels, x.c).middleCols(grp * cg, cg).transpose() * colMat;
        }
        for (int64_t t = 0; t < taps; ++t)
            for (int64_t ci = 0; ci < cg; ++ci)
                for (int64_t co = 0; co < coutG; ++co) out.kernel.data[(t * cg + ci) * cout + grp * coutG + co] = gk(ci, t * coutG + co);
    }
    return out;
}

LayerGradients depthwiseBackward(const BackwardArgs& a)
{
    const Tensor& input = *a.inputs[0];
    const Tensor& k = a.layer.weight("kernel");
    const Tensor& g = a.gradOutputs[0];
    const Hwc x = toHwc({input.dim(1), input.dim(2), input.dim(3)});
    const Window w = windowOf(a.layer, k.dim(0), k.dim(1));
    const int64_t m = k.dim(3), cout = x.c * m, oh = w.outH(x.h), ow = w.outW(x.w), n = input.dim(0);
    LayerGradients out;
    out.inputs.emplace_back(input.shape);
    out.kernel = Tensor(k.shape);
    out.bias = channelSums(g);
    // One image per thread: the input gradients of two images never overlap; the kernel's are
    // summed per thread, then added.
#pragma omp parallel
    {
        std::vector<float> gk(k.data.size(), 0.0f);
#pragma omp for schedule(static)
        for (int64_t b = 0; b < n; ++b) {
            const float* img = input.ptr() + b * x.h * x.w * x.c;
            float* gImg = out.inputs[0].ptr() + b * x.h * x.w * x.c;
            for (int64_t oy = 0; oy < oh; ++oy)
                for (int64_t ox = 0; ox < ow; ++ox) {
                    const float* go = g.ptr() + ((b * oh + oy) * ow + ox) * cout;
                    for (int64_t ky = 0; ky < w.kh; ++ky) {
                        const int64_t iy = oy * w.sh - w.pt + ky * w.dh;
                        if (iy < 0 || iy >= x.h) continue;
                        for (int64_t kx = 0; kx < w.kw; ++kx) {
                            const int64_t ix = ox * w.sw - w.pl + kx * w.dw;
                            if (ix < 0 || ix >= x.w) continue;
                            const float* src = img + (iy * x.w + ix) * x.c;
                            float* gsrc = gImg + (iy * x.w + ix) * x.c;
                            const int64_t tap = (ky * w.kw + kx) * cout;
                            const float* kk = k.ptr() + tap;
                            float* gkk = gk.data() + tap;
                            for (int64_t c = 0; c < x.c; ++c)
                                for (int64_t j = 0; j < m; ++j) {
                                    gsrc[c] += go[c * m + j] * kk[c * m + j];
                                    gkk[c * m + j] += go[c * m + j] * src[c];
                                }
                        }
                    }
                }
        }
#pragma omp critical
        for (size_t i = 0; i < gk.size(); ++i) out.kernel.data[i] += gk[i];
    }
    return out;
}

LayerGradients denseBackward(const BackwardArgs& a)
{
    const Tensor& input = *a.inputs[0];
    const Tensor& k = a.layer.weight("kernel");
    const Tensor& g = a.gradOutputs[0];
    const int64_t n = input.dim(0), features = input.size() / n, cout = k.dim(1);
    LayerGradients out;
    out.inputs.emplace_back(input.shape);
    out.kernel = Tensor(k.shape);
    out.bias = channelSums(g);
    const ConstMap x(input.ptr(), n, features), gy(g.ptr(), n, cout), kernel(k.ptr(), features, cout);
    MutMap(out.kernel.ptr(), features, cout).noalias() = x.transpose() * gy;
    MutMap(out.inputs[0].ptr(), n, features).noalias() = gy * kernel.transpose();
    return out;
}

/// y = x · scale[c] + shift[c]: the input gradient, and (when trained) the scale's and shift's.
LayerGradients affineBackward(const BackwardArgs& a, const std::vector<float>& scale, bool trains)
{
    const Tensor& input = *a.inputs[0];
    const Tensor& g = a.gradOutputs[0];
    const int64_t c = input.shape.back();
    LayerGradients out;
    out.inputs.emplace_back(input.shape);
    if (trains) {
        out.kernel = Tensor(a.layer.weight("kernel").shape);
        out.bias = channelSums(g);
    }
    for (int64_t p = 0; p < input.size() / c; ++p)
        for (int64_t i = 0; i < c; ++i) {
            const int64_t at = p * c + i;
            out.inputs[0].data[at] = g.data[at] * scale[i];
            if (trains) out.kernel.data[i] += g.data[at] * input.data[at];
        }
    return out;
}

}  // namespace

void registerLinearBackward(BackwardRegistry& r)
{
    r.add("conv", {convBackward, true});
    r.add("dw", {depthwiseBackward, true});
    r.add("deconv", {deconvBackward, true});
    r.add("dense", {denseBackward, true});
    r.add("normalization", {[](const BackwardArgs& a) { return affineBackward(a, a.layer.weight("kernel").data, true); }, true});
    // Its weights are statistics (mean, variance, γ, β) the quantizer folds: frozen here.
    r.add("batch_norm", {[](const BackwardArgs& a) {
                             std::vector<float> scale, shift;
                             batchNormScaleShift(a.layer, scale, shift);
                             return affineBackward(a, scale, false);
                         },
                         false});
    r.add("activation", {[](const BackwardArgs& a) { return LayerGradients{{a.gradOutputs[0]}, {}, {}}; }, false});
}

}  // namespace dfc
