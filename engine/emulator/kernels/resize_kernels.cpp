// Resize (nearest, bilinear) and depth/space rearrangements (float, channel-last).
#include <cmath>

#include "core/error.h"
#include "emulator/kernel_registry.h"
#include "ir/kinds/format_conversion.h"
#include "emulator/kernels/resize_geometry.h"

namespace dfc {
namespace {

std::vector<Tensor> resizeKernel(const Layer& l, const std::vector<const Tensor*>& in)
{
    const Tensor& x = *in[0];
    const int64_t n = x.dim(0), h = x.dim(1), w = x.dim(2), c = x.dim(3);
    const auto size = l.attr<std::vector<int64_t>>("output_size");
    const int64_t oh = size[0], ow = size[1];
    const bool bilinear = l.attr<std::string>("method") == "bilinear";
    const std::string mode = l.attr<std::string>("resize_bilinear_pixels_mode");
    const double sh = l.params.value("scale_h", double(oh) / h);
    const double sw = l.params.value("scale_w", double(ow) / w);
    const AxisMap my{mode, h, oh, sh}, mx{mode, w, ow, sw};
    const std::string nearest = l.attr<std::string>("nearest_mode");
    Tensor out({n, oh, ow, c});
    auto clampH = [&](int64_t v) { return std::clamp<int64_t>(v, 0, h - 1); };
    auto clampW = [&](int64_t v) { return std::clamp<int64_t>(v, 0, w - 1); };
#pragma omp parallel for collapse(2) schedule(static)
    for (int64_t b = 0; b < n; ++b)
        for (int64_t y = 0; y < oh; ++y) {
            const float* img = x.ptr() + b * h * w * c;
            const double fy = my(y);
            for (int64_t xx = 0; xx < ow; ++xx) {
                float* o = out.ptr() + ((b * oh + y) * ow + xx) * c;
                const double fx = mx(xx);
                if (!bilinear) {
                    const float* src = img + (clampH(roundNearest(fy, nearest)) * w +
                                              clampW(roundNearest(fx, nearest))) * c;
                    std::copy_n(src, c, o);
                    continue;
                }
                const double cy = std::clamp(fy, 0.0, double(h - 1));
                const double cx = std::clamp(fx, 0.0, double(w - 1));
                const int64_t y0 = static_cast<int64_t>(std::floor(cy)), x0 = static_cast<int64_t>(std::floor(cx));
                const int64_t y1 = clampH(y0 + 1), x1 = clampW(x0 + 1);
                const float ay = static_cast<float>(cy - y0), ax = static_cast<float>(cx - x0);
                const float* p00 = img + (y0 * w + x0) * c;
                const float* p01 = img + (y0 * w + x1) * c;
                const float* p10 = img + (y1 * w + x0) * c;
                const float* p11 = img + (y1 * w + x1) * c;
                for (int64_t ch = 0; ch < c; ++ch)
                    o[ch] = (1 - ay) * ((1 - ax) * p00[ch] + ax * p01[ch]) +
                            ay * ((1 - ax) * p10[ch] + ax * p11[ch]);
            }
        }
    return {std::move(out)};
}

std::vector<Tensor> depthToSpace(const Layer& l, const std::vector<const Tensor*>& in)
{
    const Tensor& x = *in[0];
    const auto bs = l.attr<std::vector<int64_t>>("block_sizes");
    const bool crd = l.attr<std::string>("depth_to_space_type") == "crd";
    const int64_t n = x.dim(0), h = x.dim(1), w = x.dim(2), c = x.dim(3), bh = bs[0], bw = bs[1];
    const int64_t oc = c / (bh * bw);
    Tensor out({n, h * bh, w * bw, oc});
    for (int64_t b = 0; b < n; ++b)
        for (int64_t y = 0; y < h * bh; ++y)
            for (int64_t xx = 0; xx < w * bw; ++xx)
                for (int64_t ch = 0; ch < oc; ++ch) {
                    const int64_t i = y % bh, j = xx % bw;
                    const int64_t src = crd ? ch * bh * bw + i * bw + j : (i * bw + j) * oc + ch;
                    out.data[((b * h * bh + y) * w * bw + xx) * oc + ch] =
                        x.data[((b * h + y / bh) * w + xx / bw) * c + src];
                }
    return {std::move(out)};
}

std::vector<Tensor> spaceToDepth(const Layer& l, const std::vector<const Tensor*>& in)
{
    const Tensor& x = *in[0];
    const auto bs = l.attr<std::vector<int64_t>>("block_sizes");
    const int64_t n = x.dim(0), h = x.dim(1), w = x.dim(2), c = x.dim(3), bh = bs[0], bw = bs[1];
    const int64_t oh = h / bh, ow = w / bw, oc = c * bh * bw;
    Tensor out({n, oh, ow, oc});
    for (int64_t b = 0; b < n; ++b)
        for (int64_t y = 0; y < oh; ++y)
            for (int64_t xx = 0; xx < ow; ++xx)
                for (int64_t i = 0; i < bh; ++i)
                    for (int64_t j = 0; j < bw; ++j)
                        std::copy_n(x.ptr() + ((b * h + y * bh + i) * w + xx * bw + j) * c, c,
                                    out.ptr() + ((b * oh + y) * ow + xx) * oc + (i * bw + j) * c);
    return {std::move(out)};
}

/// Camera format → YUV: every output element is one source byte (format_conversion.h).
std::vector<Tensor> formatConversion(const Layer& l, const std::vector<const Tensor*>& in)
{
    const Tensor& x = *in[0];
    const std::string type = l.attr<std::string>("conversion_type");
    const Shape out = formatOutputShape(type, {x.dim(1), x.dim(2), x.dim(3)});
    const int64_t n = x.dim(0), h = out[0], w = out[1], image = x.dim(1) * x.dim(2) * x.dim(3);
    Tensor y({n, h, w, 3});
    for (int64_t b = 0; b < n; ++b)
        for (int64_t r = 0; r < h; ++r)
            for (int64_t c = 0; c < w; ++c)
                for (int ch = 0; ch < 3; ++ch)
                    y.data[((b * h + r) * w + c) * 3 + ch] = x.data[b * image + formatSourceIndex(type, h, w, r, c, ch)];
    return {std::move(y)};
}

}  // namespace

void registerResizeKernels(KernelRegistry& r)
{
    r.add("format_conversion", formatConversion);
    r.add("resize", resizeKernel);
    r.add("depth_to_space", depthToSpace);
    r.add("space_to_depth", spaceToDepth);
}

}  // namespace dfc
