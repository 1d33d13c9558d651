// Data movement kernels: concat, slice, split, reshape, transpose, pad, shuffle, identity.
#include "core/error.h"
#include "emulator/kernel_registry.h"
#include "ir/kinds/kinds.h"
#include "ir/layout.h"

namespace dfc {
namespace {

Shape batched(int64_t n, const Shape& s)
{
    Shape out{n};
    out.insert(out.end(), s.begin(), s.end());
    return out;
}

std::vector<Tensor> concatKernel(const Layer& l, const std::vector<const Tensor*>& in)
{
    const int64_t n = in[0]->dim(0);
    Tensor out(batched(n, l.outputShape()));
    const std::string axisName = l.attr<std::string>("concat_axis");
    const int axis = out.rank() == 2 ? 1 : (axisName == "features" ? 3 : axisName == "spatial_w" ? 2 : 1);
    int64_t outer = 1, outInner = 1;
    for (int i = 0; i < axis; ++i) outer *= out.dim(i);
    for (int i = axis; i < out.rank(); ++i) outInner *= out.dim(i);
    int64_t offset = 0;
    for (const Tensor* t : in) {
        const int64_t inner = t->size() / outer;
        for (int64_t o = 0; o < outer; ++o)
            std::copy_n(t->ptr() + o * inner, inner, out.ptr() + o * outInner + offset);
        offset += inner;
    }
    return {std::move(out)};
}

std::vector<Tensor> sliceKernel(const Layer& l, const std::vector<const Tensor*>& in)
{
    const Tensor& x = *in[0];
    const bool flat = x.rank() == 2;
    const int64_t n = x.dim(0), h = flat ? 1 : x.dim(1), w = flat ? 1 : x.dim(2), c = x.shape.back();
    int64_t hb, hs, wb, ws, cb, cs;
    const int64_t oh = sliceExtent(l.attr<std::vector<int64_t>>("height_slice"), h, &hb, &hs);
    const int64_t ow = sliceExtent(l.attr<std::vector<int64_t>>("width_slice"), w, &wb, &ws);
    const int64_t oc = sliceExtent(l.attr<std::vector<int64_t>>("features_slice"), c, &cb, &cs);
    Tensor out(flat ? Shape{n, oc} : Shape{n, oh, ow, oc});
    float* o = out.ptr();
    for (int64_t b = 0; b < n; ++b)
        for (int64_t y = 0; y < oh; ++y)
            for (int64_t xx = 0; xx < ow; ++xx) {
                const float* src = x.ptr() + ((b * h + hb + y * hs) * w + wb + xx * ws) * c;
                for (int64_t ch = 0; ch < oc; ++ch) *o++ = src[cb + ch * cs];
            }
    return {std::move(out)};
}

std::vector<Tensor> splitKernel(const Layer& l, const std::vector<const Tensor*>& in)
{
    const Tensor& x = *in[0];
    const int64_t c = x.shape.back(), pixels = x.size() / c;
    std::vector<Tensor> outs;
    int64_t offset = 0;
    for (int64_t size : l.attr<std::vector<int64_t>>("split_sizes")) {
        Shape s = x.shape;
        s.back() = size;
        Tensor t(s);
        for (int64_t p = 0; p < pixels; ++p)
            std::copy_n(x.ptr() + p * c + offset, size, t.ptr() + p * size);
        offset += size;
        outs.push_back(std::move(t));
    }
    return outs;
}

std::vector<Tensor> reshapeKernel(const Layer& l, const std::vector<const Tensor*>& in)
{
    return {reshapeInternal(*in[0], l.attr<Shape>("original_input_shape"),
                            l.attr<Shape>("original_output_shape"), l.outputShape())};
}

std::vector<Tensor> transposeKernel(const Layer& l, const std::vector<const Tensor*>& in)
{
    const Tensor& x = *in[0];
    auto originalPerm = l.attr<std::vector<int>>("original_perm");
    const bool original = !originalPerm.empty();
    const auto perm = original ? originalPerm : l.attr<std::vector<int>>("perm");
    std::vector<int> full{0};
    for (int p : perm) full.push_back(p + 1);
    if (!original) return {transposeTensor(x, full)};
    return {fromOriginalLayout(transposeTensor(toOriginalLayout(x, l.attr<Shape>("original_input_shape")), full))};
}

std::vector<Tensor> padKernel(const Layer& l, const std::vector<const Tensor*>& in)
{
    const Tensor& x = *in[0];
    const auto p = l.attr<std::vector<int64_t>>("external_pad_params");
    const auto f = l.attr<std::vector<int64_t>>("features_pad");
    const int64_t n = x.dim(0), h = x.dim(1), w = x.dim(2), c = x.dim(3);
    const Shape os = l.outputShape();
    Tensor out(batched(n, os), l.attr<float>("pad_value"));
    for (int64_t b = 0; b < n; ++b)
        for (int64_t y = 0; y < h; ++y)
            for (int64_t xx = 0; xx < w; ++xx)
                std::copy_n(x.ptr() + ((b * h + y) * w + xx) * c, c,
                            out.ptr() + ((b * os[0] + y + p[0]) * os[1] + xx + p[2]) * os[2] + f[0]);
    return {std::move(out)};
}

std::vector<Tensor> shuffleKernel(const Layer& l, const std::vector<const Tensor*>& in)
{
    const Tensor& x = *in[0];
    const int64_t g = l.attr<int64_t>("groups"), c = x.shape.back(), k = c / g;
    Tensor out(x.shape);
    for (int64_t p = 0; p < x.size() / c; ++p)
        for (int64_t i = 0; i < g; ++i)
            for (int64_t j = 0; j < k; ++j) out.data[p * c + j * g + i] = x.data[p * c + i * k + j];
    return {std::move(out)};
}

std::vector<Tensor> identity(const Layer&, const std::vector<const Tensor*>& in) { return {*in[0]}; }

}  // namespace

void registerShapeKernels(KernelRegistry& r)
{
    r.add("concat", concatKernel);
    r.add("slice", sliceKernel);
    r.add("feature_splitter", splitKernel);
    r.add("reshape", reshapeKernel);
    r.add("transpose", transposeKernel);
    r.add("external_pad", padKernel);
    r.add("feature_shuffle", shuffleKernel);
    r.add("shortcut", identity);
}

void registerIoKernels(KernelRegistry& r)
{
    r.add("input_layer", identity);
    r.add("output_layer", identity);
    r.add("const_input", [](const Layer& l, const std::vector<const Tensor*>&) {
        Tensor t = l.weight("const");
        t.shape = batched(1, t.shape);
        return std::vector<Tensor>{std::move(t)};
    });
}

}  // namespace dfc
