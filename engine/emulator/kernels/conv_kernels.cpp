// Convolutions, dense, matmul and per-channel affine layers (float, channel-last).
#include <Eigen/Core>

#include "core/error.h"
#include "emulator/kernel_registry.h"
#include "emulator/kernels/im2col.h"
#include "ir/kinds/kinds.h"

namespace dfc {
namespace {

using RowMatrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using ConstMap = Eigen::Map<const RowMatrix>;
using MutMap = Eigen::Map<RowMatrix>;

std::vector<Tensor> convKernel(const Layer& l, const std::vector<const Tensor*>& in)
{
    const Tensor& input = *in[0];
    const Tensor& k = l.weight("kernel");
    const Hwc x = toHwc({input.dim(1), input.dim(2), input.dim(3)});
    const Window w = windowOf(l, k.dim(0), k.dim(1));
    const int64_t groups = l.attr<int64_t>("groups");
    const int64_t cg = x.c / groups, cout = k.dim(3), coutG = cout / groups;
    const int64_t oh = w.outH(x.h), ow = w.outW(x.w), n = input.dim(0);
    Tensor out({n, oh, ow, cout});
    const bool pointwise = w.kh == 1 && w.kw == 1 && w.sh == 1 && w.sw == 1 && w.pt == 0 &&
                           w.pl == 0 && w.pb == 0 && w.pr == 0 && groups == 1;
    std::vector<float> cols(pointwise ? 0 : oh * ow * w.kh * w.kw * cg);
    const ConstMap kernel(k.ptr(), w.kh * w.kw * cg, cout);
    for (int64_t b = 0; b < n; ++b) {
        const float* img = input.ptr() + b * x.h * x.w * x.c;
        MutMap dst(out.ptr() + b * oh * ow * cout, oh * ow, cout);
        if (pointwise) {
            dst.noalias() = ConstMap(img, x.h * x.w, x.c) * kernel;
            continue;
        }
        for (int64_t g = 0; g < groups; ++g) {
            im2col(img, x, w, oh, ow, g * cg, cg, cols.data());
            const ConstMap colMat(cols.data(), oh * ow, w.kh * w.kw * cg);
            if (groups == 1) dst.noalias() = colMat * kernel;
            else dst.middleCols(g * coutG, coutG).noalias() = colMat * kernel.middleCols(g * coutG, coutG);
        }
    }
    applyBiasAndActivation(l, out);
    return {std::move(out)};
}

std::vector<Tensor> depthwiseKernel(const Layer& l, const std::vector<const Tensor*>& in)
{
    const Tensor& input = *in[0];
    const Tensor& k = l.weight("kernel");
    const Hwc x = toHwc({input.dim(1), input.dim(2), input.dim(3)});
    const Window w = windowOf(l, k.dim(0), k.dim(1));
    const int64_t m = k.dim(3), cout = x.c * m;
    const int64_t oh = w.outH(x.h), ow = w.outW(x.w), n = input.dim(0);
    Tensor out({n, oh, ow, cout});
#pragma omp parallel for collapse(2) schedule(static)
    for (int64_t b = 0; b < n; ++b) {
        for (int64_t oy = 0; oy < oh; ++oy) {
            const float* img = input.ptr() + b * x.h * x.w * x.c;
            for (int64_t ox = 0; ox < ow; ++ox) {
                float* o = out.ptr() + ((b * oh + oy) * ow + ox) * cout;
                std::fill(o, o + cout, 0.0f);
                for (int64_t ky = 0; ky < w.kh; ++ky) {
                    const int64_t iy = oy * w.sh - w.pt + ky * w.dh;
                    if (iy < 0 || iy >= x.h) continue;
                    for (int64_t kx = 0; kx < w.kw; ++kx) {
                        const int64_t ix = ox * w.sw - w.pl + kx * w.dw;
                        if (ix < 0 || ix >= x.w) continue;
                        const float* src = img + (iy * x.w + ix) * x.c;
                        const float* kk = k.ptr() + (ky * w.kw + kx) * x.c * m;
                        if (m == 1) {
                            for (int64_t c = 0; c < cout; ++c) o[c] += src[c] * kk[c];  // vectorizes
                        } else {
                            for (int64_t c = 0; c < x.c; ++c)
                                for (int64_t j = 0; j < m; ++j) o[c * m + j] += src[c] * kk[c * m + j];
                        }
                    }
                }
            }
        }
    }
    applyBiasAndActivation(l, out);
    return {std::move(out)};
}

std::vector<Tensor> deconvKernel(const Layer& l, const std::vector<const Tensor*>& in)
{
    const Tensor& input = *in[0];
    const Tensor& k = l.weight("kernel");
    const Hwc x = toHwc({input.dim(1), input.dim(2), input.dim(3)});
    const Window w = windowOf(l, k.dim(0), k.dim(1));
    const int64_t groups = l.attr<int64_t>("groups");
    const int64_t cg = x.c / groups, cout = k.dim(3), coutG = cout / groups, n = input.dim(0);
    Layer probe = l;
    probe.inputShapes = {{x.h, x.w, x.c}};
    const Shape os = l.kind->inferShapes(probe, probe.inputShapes)[0];
    const int64_t oh = os[0], ow = os[1];
    Tensor out({n, oh, ow, cout});
    // Scatter form: every input pixel adds kernel × value into its output window.
    for (int64_t b = 0; b < n; ++b) {
        const float* img = input.ptr() + b * x.h * x.w * x.c;
        float* dst = out.ptr() + b * oh * ow * cout;
        for (int64_t g = 0; g < groups; ++g) {
#pragma omp parallel for schedule(static)
            for (int64_t co = g * coutG; co < (g + 1) * coutG; ++co) {
                for (int64_t iy = 0; iy < x.h; ++iy)
                    for (int64_t ix = 0; ix < x.w; ++ix) {
                        const float* src = img + (iy * x.w + ix) * x.c + g * cg;
                        for (int64_t ky = 0; ky < w.kh; ++ky) {
                            const int64_t oy = iy * w.sh - w.pt + ky * w.dh;
                            if (oy < 0 || oy >= oh) continue;
                            for (int64_t kx = 0; kx < w.kw; ++kx) {
                                const int64_t ox = ix * w.sw - w.pl + kx * w.dw;
                                if (ox < 0 || ox >= ow) continue;
                                const float* kk = k.ptr() + ((ky * w.kw + kx) * cg) * cout + co;
                                float acc = 0;
                                for (int64_t ci = 0; ci < cg; ++ci) acc += src[ci] * kk[ci * cout];
                                dst[(oy * ow + ox) * cout + co] += acc;
                            }
                        }
                    }
            }
        }
    }
    applyBiasAndActivation(l, out);
    return {std::move(out)};
}

std::vector<Tensor> denseKernel(const Layer& l, const std::vector<const Tensor*>& in)
{
    const Tensor& input = *in[0];
    const Tensor& k = l.weight("kernel");
    const int64_t n = input.dim(0), features = input.size() / n;
    if (features != k.dim(0)) fail(ErrorCode::InvalidGraph, "dense input size mismatch", {}, l.name);
    Tensor out({n, k.dim(1)});
    MutMap(out.ptr(), n, k.dim(1)).noalias() =
        ConstMap(input.ptr(), n, features) * ConstMap(k.ptr(), k.dim(0), k.dim(1));
    applyBiasAndActivation(l, out);
    return {std::move(out)};
}

std::vector<Tensor> matmulKernel(const Layer& l, const std::vector<const Tensor*>& in)
{
    const Tensor& a = *in[0];
    const Tensor& bt = *in[1];
    const bool transposed = l.attr<bool>("transpose_matmul_input");
    const int64_t n = a.dim(0), h = a.dim(1), w = a.dim(2), kk = a.dim(3);
    const int64_t cols = transposed ? bt.dim(2) : bt.dim(3);
    Tensor out({n, h, w, cols});
    for (int64_t b = 0; b < n; ++b)
        for (int64_t y = 0; y < h; ++y) {
            const int64_t by = bt.dim(1) == 1 ? 0 : y;
            const int64_t bb = bt.dim(0) == 1 ? 0 : b;
            const float* bp = bt.ptr() + (bb * bt.dim(1) + by) * bt.dim(2) * bt.dim(3);
            const ConstMap A(a.ptr() + (b * h + y) * w * kk, w, kk);
            MutMap C(out.ptr() + (b * h + y) * w * cols, w, cols);
            if (transposed) C.noalias() = A * ConstMap(bp, cols, kk).transpose();
            else C.noalias() = A * ConstMap(bp, kk, cols);
        }
    applyActivation(l, out);
    return {std::move(out)};
}

/// y = x · scale[c] + shift[c], then the activation.
std::vector<Tensor> affine(const Layer& l, const Tensor& input, const std::vector<float>& scale,
                           const std::vector<float>& shift)
{
    Tensor out = input;
    const int64_t c = out.shape.back();
    if (static_cast<int64_t>(scale.size()) != c || static_cast<int64_t>(shift.size()) != c)
        fail(ErrorCode::InvalidGraph, "per-channel parameters do not match the features", {}, l.name);
    float* d = out.ptr();
    for (int64_t p = 0; p < out.size() / c; ++p, d += c)
        for (int64_t i = 0; i < c; ++i) d[i] = d[i] * scale[i] + shift[i];
    applyActivation(l, out);
    return {std::move(out)};
}

}  // namespace

void registerConvKernels(KernelRegistry& r)
{
    r.add("conv", convKernel);
    r.add("dw", depthwiseKernel);
    r.add("deconv", deconvKernel);
    r.add("dense", denseKernel);
    r.add("matmul", matmulKernel);
    r.add("batch_norm", [](const Layer& l, const std::vector<const Tensor*>& in) {
        std::vector<float> scale, shift;
        batchNormScaleShift(l, scale, shift);
        return affine(l, *in[0], scale, shift);
    });
    r.add("normalization", [](const Layer& l, const std::vector<const Tensor*>& in) {
        return affine(l, *in[0], l.weight("kernel").data, l.weight("bias").data);
    });
    r.add("activation", [](const Layer& l, const std::vector<const Tensor*>& in) {
        Tensor out = *in[0];
        applyActivation(l, out);
        return std::vector<Tensor>{std::move(out)};
    });
}

}  // namespace dfc
