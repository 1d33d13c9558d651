// Backward passes of the layers that only move values (reshape, transpose, concat, slice,
// padding, shuffles, depth/space rearrangements, nearest resize, format conversions, identity
// layers): each output value is one input value or a constant. Instead of an adjoint written per
// kind, the forward kernel itself is run once on an item whose values are their own positions;
// the output then says where every value came from, and the gradient is added back along that
// map. One definition of each movement: the forward kernel's. Bilinear resize mixes values and
// has its own adjoint here.
#include <algorithm>
#include <cmath>

#include "core/error.h"
#include "emulator/kernel_registry.h"
#include "emulator/kernels/resize_geometry.h"
#include "quantizer/backward/backward_registry.h"

namespace dfc {
namespace {

/// Positions are stored as floats: exact below 2^24.
constexpr int64_t kExactPositions = int64_t{1} << 24;

Shape oneItem(Shape s)
{
    s.at(0) = 1;
    return s;
}

LayerGradients movementBackward(const BackwardArgs& a)
{
    const FloatKernel& kernel = *KernelRegistry::instance().find(a.layer.type());
    const int64_t n = a.inputs.empty() ? 0 : a.inputs[0]->dim(0);
    LayerGradients out;
    if (a.inputs.empty()) return out;
    // Item i of input k holds 1 + offset[k] + its position; 0 stays free for "a constant".
    std::vector<Tensor> positions, zeros;
    std::vector<int64_t> offsets, itemSizes;
    int64_t total = 0;
    for (const Tensor* t : a.inputs) {
        Tensor p(oneItem(t->shape));
        for (int64_t i = 0; i < p.size(); ++i) p.data[i] = float(total + i + 1);
        offsets.push_back(total);
        itemSizes.push_back(p.size());
        total += p.size();
        zeros.emplace_back(p.shape);
        positions.push_back(std::move(p));
        out.inputs.emplace_back(t->shape);
    }
    if (total >= kExactPositions)
        fail(ErrorCode::Unsupported, "an item of " + std::to_string(total) + " values is too large for the movement map", {}, a.layer.name);
    auto run = [&](const std::vector<Tensor>& in) {
        std::vector<const Tensor*> ptrs;
        for (const Tensor& t : in) ptrs.push_back(&t);
        return kernel(a.layer, ptrs);
    };
    const std::vector<Tensor> from = run(positions), constant = run(zeros);
    for (size_t port = 0; port < from.size() && port < a.gradOutputs.size(); ++port) {
        const Tensor& g = a.gradOutputs[port];
        if (g.data.empty()) continue;
        const int64_t outItem = from[port].size();
        for (int64_t e = 0; e < outItem; ++e) {
            const float v = from[port].data[e];
            if (v == 0 || constant[port].data[e] != 0) continue;  // a constant (padding) value
            const int64_t src = int64_t(v) - 1;
            const size_t k = size_t(std::upper_bound(offsets.begin(), offsets.end(), src) - offsets.begin()) - 1;
            const int64_t local = src - offsets[k];
            for (int64_t b = 0; b < n; ++b) out.inputs[k].data[b * itemSizes[k] + local] += g.data[b * outItem + e];
        }
    }
    return out;
}

/// The adjoint of bilinear interpolation: each output's gradient goes to its four neighbours
/// with the weights the forward pass read them with.
LayerGradients bilinearResizeBackward(const BackwardArgs& a)
{
    const Tensor& x = *a.inputs[0];
    const Tensor& g = a.gradOutputs[0];
    const Layer& l = a.layer;
    const int64_t n = x.dim(0), h = x.dim(1), w = x.dim(2), c = x.dim(3), oh = g.dim(1), ow = g.dim(2);
    const std::string mode = l.attr<std::string>("resize_bilinear_pixels_mode");
    const AxisMap my{mode, h, oh, l.params.value("scale_h", double(oh) / h)}, mx{mode, w, ow, l.params.value("scale_w", double(ow) / w)};
    LayerGradients out;
    out.inputs.emplace_back(x.shape);
    float* gi = out.inputs[0].ptr();
    for (int64_t b = 0; b < n; ++b)
        for (int64_t y = 0; y < oh; ++y) {
            const double cy = std::clamp(my(y), 0.0, double(h - 1));
            const int64_t y0 = int64_t(std::floor(cy)), y1 = std::min(y0 + 1, h - 1);
            const float ay = float(cy - y0);
            for (int64_t xx = 0; xx < ow; ++xx) {
                const double cx = std::clamp(mx(xx), 0.0, double(w - 1));
                const int64_t x0 = int64_t(std::floor(cx)), x1 = std::min(x0 + 1, w - 1);
                const float ax = float(cx - x0);
                const float* go = g.ptr() + ((b * oh + y) * ow + xx) * c;
                float* base = gi + b * h * w * c;
                const std::pair<int64_t, float> taps[4] = {{y0 * w + x0, (1 - ay) * (1 - ax)}, {y0 * w + x1, (1 - ay) * ax},
                                                           {y1 * w + x0, ay * (1 - ax)}, {y1 * w + x1, ay * ax}};
                for (const auto& [at, weight] : taps)
                    for (int64_t ch = 0; ch < c; ++ch) base[at * c + ch] += weight * go[ch];
            }
        }
    return out;
}

}  // namespace

void registerMovementBackward(BackwardRegistry& r)
{
    for (const char* kind : {"concat", "slice", "feature_splitter", "reshape", "transpose", "external_pad", "feature_shuffle", "shortcut",
                             "input_layer", "output_layer", "const_input", "format_conversion", "depth_to_space", "space_to_depth"})
        r.add(kind, {movementBackward, false});
    r.add("resize", {[](const BackwardArgs& a) {
                         return a.layer.attr<std::string>("method") == "bilinear" ? bilinearResizeBackward(a) : movementBackward(a);
                     },
                     false});
}

}  // namespace dfc
