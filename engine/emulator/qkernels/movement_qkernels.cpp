// Layers that move values without arithmetic run the float kernels on the codes; concat brings
// every input to its output encoding first, bilinear resize interpolates with 10-bit weights.
#include <algorithm>
#include <cmath>

#include "core/error.h"
#include "emulator/kernel_registry.h"
#include "emulator/kernels/resize_geometry.h"
#include "emulator/qkernel_registry.h"

namespace dfc {
namespace {

/// Codes of `x` in the encoding `to` (a copy when the encodings agree).
QTensor requantize(const QTensor& x, const QuantParams& to)
{
    QTensor out{x.shape, x.data, to};
    if (x.params.scale == to.scale && x.params.zeroPoint == to.zeroPoint) return out;
    const FixedPointMultiplier m = fixedPointMultiplier(x.params.scale / to.scale);
    for (int32_t& v : out.data) v = saturate(int64_t(applyMultiplier(v - x.params.zeroPoint, m)) + to.zeroPoint, to.qmin, to.qmax);
    return out;
}

std::vector<QTensor> concatQ(const Layer& l, const LayerQuant& q, const std::vector<const QTensor*>& in)
{
    std::vector<QTensor> aligned;
    for (const QTensor* x : in) aligned.push_back(requantize(*x, q.output));
    std::vector<const QTensor*> args;
    for (const QTensor& x : aligned) args.push_back(&x);
    std::vector<QTensor> out = moveCodes(l, q, args);
    for (QTensor& t : out) t.params = q.output;
    return out;
}

std::vector<QTensor> resizeQ(const Layer& l, const LayerQuant& q, const std::vector<const QTensor*>& in)
{
    if (l.attr<std::string>("method") != "bilinear") return moveCodes(l, q, in);
    constexpr int kWeightBits = 10;
    const QTensor& x = *in[0];
    const int64_t n = x.dim(0), h = x.dim(1), w = x.dim(2), c = x.dim(3);
    const auto size = l.attr<std::vector<int64_t>>("output_size");
    const int64_t oh = size[0], ow = size[1];
    const std::string mode = l.attr<std::string>("resize_bilinear_pixels_mode");
    const AxisMap my{mode, h, oh, l.params.value("scale_h", double(oh) / h)};
    const AxisMap mx{mode, w, ow, l.params.value("scale_w", double(ow) / w)};
    const OutputStage stage(l, q, {x.params.scale / double(int64_t{1} << (2 * kWeightBits))});
    const int64_t one = int64_t{1} << kWeightBits;
    struct Tap {
        int64_t i0, i1, w1;  // value = (one − w1)·v[i0] + w1·v[i1]
    };
    auto taps = [&](const AxisMap& map, int64_t outLen, int64_t inLen) {
        std::vector<Tap> t;
        for (int64_t o = 0; o < outLen; ++o) {
            const double f = std::clamp(map(o), 0.0, double(inLen - 1));
            const int64_t i0 = static_cast<int64_t>(std::floor(f));
            t.push_back({i0, std::min(i0 + 1, inLen - 1), std::llround((f - i0) * one)});
        }
        return t;
    };
    const std::vector<Tap> ty = taps(my, oh, h), tx = taps(mx, ow, w);
    const int32_t zp = x.params.zeroPoint;
    QTensor out{{n, oh, ow, c}, std::vector<int32_t>(n * oh * ow * c), q.output};
#pragma omp parallel for collapse(2) schedule(static)
    for (int64_t b = 0; b < n; ++b)
        for (int64_t y = 0; y < oh; ++y)
            for (int64_t xx = 0; xx < ow; ++xx) {
                const int32_t* img = x.data.data() + b * h * w * c;
                const Tap& a = ty[y];
                const Tap& e = tx[xx];
                const int32_t* p00 = img + (a.i0 * w + e.i0) * c;
                const int32_t* p01 = img + (a.i0 * w + e.i1) * c;
                const int32_t* p10 = img + (a.i1 * w + e.i0) * c;
                const int32_t* p11 = img + (a.i1 * w + e.i1) * c;
                int32_t* o = out.data.data() + ((b * oh + y) * ow + xx) * c;
                for (int64_t ch = 0; ch < c; ++ch) {
                    const int64_t top = (one - e.w1) * (p00[ch] - zp) + e.w1 * (p01[ch] - zp);
                    const int64_t bottom = (one - e.w1) * (p10[ch] - zp) + e.w1 * (p11[ch] - zp);
                    o[ch] = stage((one - a.w1) * top + a.w1 * bottom, ch);
                }
            }
    return {std::move(out)};
}

std::vector<QTensor> constInputQ(const Layer& l, const LayerQuant& q, const std::vector<const QTensor*>&)
{
    Shape s{1};
    s.insert(s.end(), q.kernelShape.begin(), q.kernelShape.end());
    if (shapeElements(s) != int64_t(q.kernel.size())) fail(ErrorCode::InvalidFormat, "constant codes missing", {}, l.name);
    return {QTensor{s, q.kernel, q.output}};
}

std::vector<QTensor> identityQ(const Layer&, const LayerQuant&, const std::vector<const QTensor*>& in) { return {*in.at(0)}; }

}  // namespace

void registerMovementQKernels(QKernelRegistry& r)
{
    for (const char* type : {"slice", "feature_splitter", "reshape", "transpose", "external_pad", "feature_shuffle",
                             "shortcut", "depth_to_space", "space_to_depth", "format_conversion"})
        r.add(type, moveCodes);
    r.add("concat", concatQ);
    r.add("resize", resizeQ);
    r.add("input_layer", identityQ);  // the executor quantizes the float input into the layer's encoding
    r.add("output_layer", identityQ);
    r.add("const_input", constInputQ);
}

}  // namespace dfc
