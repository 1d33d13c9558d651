// Folders of the shape arithmetic exporters emit: Constant, Shape, Size, Gather, Concat, Slice,
// (Un)Squeeze, Reshape, Flatten, Transpose, ConstantOfShape and Range on constants.
#include <cmath>
#include <numeric>

#include "core/error.h"
#include "importers/onnx/constant_folding.h"
#include "ir/layout.h"

namespace dfc {
namespace {

using T = onnx::TensorProto;
using fold::normAxis;
using Inputs = FoldInputs;
using Shapes = std::vector<const Shape*>;
using Outputs = std::vector<ConstTensor>;

ConstTensor fromShape(const Shape& s)
{
    return ConstTensor{{static_cast<int64_t>(s.size())}, std::vector<double>(s.begin(), s.end()), T::INT64};
}

std::vector<int64_t> axesOf(const OnnxNode& n, const Inputs& in, size_t inputIndex)
{
    if (in.size() > inputIndex && in[inputIndex]) return in[inputIndex]->toInts();
    return n.attrInts("axes");
}

ConstTensor gather(const OnnxNode& n, const Inputs& in)
{
    const ConstTensor& data = *in[0];
    const ConstTensor& idx = *in[1];
    const int64_t axis = normAxis(n.attrInt("axis", 0), data.shape.size());
    int64_t outer = 1, inner = 1;
    for (int64_t i = 0; i < axis; ++i) outer *= data.shape[i];
    for (size_t i = axis + 1; i < data.shape.size(); ++i) inner *= data.shape[i];
    Shape os(data.shape.begin(), data.shape.begin() + axis);
    os.insert(os.end(), idx.shape.begin(), idx.shape.end());
    os.insert(os.end(), data.shape.begin() + axis + 1, data.shape.end());
    ConstTensor out{os, {}, data.dataType};
    const int64_t dim = data.shape[axis];
    for (int64_t o = 0; o < outer; ++o)
        for (double iv : idx.values) {
            int64_t i = static_cast<int64_t>(iv);
            if (i < 0) i += dim;
            if (i < 0 || i >= dim) fail(ErrorCode::InvalidGraph, "Gather index out of range");
            for (int64_t k = 0; k < inner; ++k)
                out.values.push_back(data.values[(o * dim + i) * inner + k]);
        }
    return out;
}

ConstTensor concat(const OnnxNode& n, const Inputs& in)
{
    for (const ConstTensor* t : in)
        if (!t) fail(ErrorCode::InvalidGraph, "Concat has an empty input");
    const int64_t axis = normAxis(n.attrInt("axis", 0), in[0]->shape.size());
    Shape os = in[0]->shape;
    os[axis] = 0;
    for (const auto* t : in) os[axis] += t->shape.at(axis);
    int64_t outer = 1;
    for (int64_t i = 0; i < axis; ++i) outer *= os[i];
    ConstTensor out{os, {}, in[0]->dataType};
    for (int64_t o = 0; o < outer; ++o)
        for (const auto* t : in) {
            const int64_t chunk = t->size() / std::max<int64_t>(outer, 1);
            out.values.insert(out.values.end(), t->values.begin() + o * chunk,
                              t->values.begin() + (o + 1) * chunk);
        }
    return out;
}

ConstTensor slice(const OnnxNode& n, const Inputs& in, int64_t opset)
{
    const ConstTensor& d = *in[0];
    const int64_t r = d.shape.size();
    std::vector<int64_t> starts, ends, axes, steps;
    if (opset < 10) {
        starts = n.attrInts("starts");
        ends = n.attrInts("ends");
        axes = n.attrInts("axes");
    } else {
        if (in.size() < 3 || !in[1] || !in[2]) fail(ErrorCode::InvalidGraph, "Slice needs starts and ends");
        starts = in[1]->toInts();
        ends = in[2]->toInts();
        if (in.size() > 3 && in[3]) axes = in[3]->toInts();
        if (in.size() > 4 && in[4]) steps = in[4]->toInts();
    }
    if (axes.empty()) {
        axes.resize(starts.size());
        std::iota(axes.begin(), axes.end(), 0);
    }
    steps.resize(starts.size(), 1);
    std::vector<int64_t> b(r, 0), s(r, 1), cnt(d.shape.begin(), d.shape.end());
    for (size_t i = 0; i < axes.size(); ++i) {
        const int64_t a = normAxis(axes[i], r), dim = d.shape[a], st = steps[i];
        if (st == 0) fail(ErrorCode::InvalidGraph, "Slice step is 0");
        auto clampIdx = [&](int64_t v, bool isEnd) {
            if (v < 0) v += dim;
            return st > 0 ? std::clamp<int64_t>(v, 0, dim) : std::clamp<int64_t>(v, -1, dim - 1) + (isEnd ? 0 : 0);
        };
        const int64_t beg = clampIdx(starts[i], false), end = clampIdx(ends[i], true);
        b[a] = beg;
        s[a] = st;
        cnt[a] = st > 0 ? std::max<int64_t>(0, (end - beg + st - 1) / st)
                        : std::max<int64_t>(0, (beg - end - st - 1) / -st);
    }
    ConstTensor out{Shape(cnt.begin(), cnt.end()), {}, d.dataType};
    std::vector<int64_t> idx(r, 0), stride(r, 1);
    for (int64_t i = r - 2; i >= 0; --i) stride[i] = stride[i + 1] * d.shape[i + 1];
    const int64_t total = shapeElements(out.shape);
    for (int64_t o = 0; o < total; ++o) {
        int64_t src = 0;
        for (int64_t k = 0; k < r; ++k) src += (b[k] + idx[k] * s[k]) * stride[k];
        out.values.push_back(d.values[src]);
        for (int64_t k = r - 1; k >= 0; --k) {
            if (++idx[k] < cnt[k]) break;
            idx[k] = 0;
        }
    }
    return out;
}

ConstTensor reshape(const ConstTensor& d, std::vector<int64_t> target, bool allowZero)
{
    int64_t known = 1, infer = -1;
    for (size_t i = 0; i < target.size(); ++i) {
        if (target[i] == 0 && !allowZero) target[i] = d.shape.at(i);
        if (target[i] == -1) infer = static_cast<int64_t>(i);
        else known *= target[i];
    }
    if (infer >= 0) target[infer] = known ? d.size() / known : 0;
    if (shapeElements(target) != d.size())
        fail(ErrorCode::InvalidGraph, "Reshape changes the element count");
    return ConstTensor{target, d.values, d.dataType};
}

ConstTensor transpose(const OnnxNode& n, const ConstTensor& d)
{
    std::vector<int64_t> p = n.attrInts("perm");
    if (p.empty()) {
        p.resize(d.shape.size());
        std::iota(p.rbegin(), p.rend(), 0);
    }
    Tensor t(d.shape, std::vector<float>(d.size()));
    // Transpose indices through a float tensor of positions (exact for < 2^24 elements).
    if (d.size() >= (1 << 24)) fail(ErrorCode::Unsupported, "constant too large to transpose");
    std::iota(t.data.begin(), t.data.end(), 0.0f);
    Tensor moved = transposeTensor(t, std::vector<int>(p.begin(), p.end()));
    ConstTensor out{moved.shape, {}, d.dataType};
    for (float pos : moved.data) out.values.push_back(d.values[static_cast<size_t>(pos)]);
    return out;
}

bool constant(const OnnxNode& n, const Inputs&, const Shapes&, Outputs& out)
{
    if (const auto* t = n.attrTensor("value")) out.push_back(decodeTensorProto(*t, "", n.name));
    else if (n.hasAttr("value_float")) out.push_back({{}, {n.attrFloat("value_float", 0)}, T::FLOAT});
    else if (n.hasAttr("value_int")) out.push_back({{}, {double(n.attrInt("value_int", 0))}, T::INT64});
    else if (n.hasAttr("value_floats")) {
        auto f = n.attrFloats("value_floats");
        out.push_back({{int64_t(f.size())}, std::vector<double>(f.begin(), f.end()), T::FLOAT});
    } else if (n.hasAttr("value_ints")) {
        auto v = n.attrInts("value_ints");
        out.push_back({{int64_t(v.size())}, std::vector<double>(v.begin(), v.end()), T::INT64});
    } else return false;
    return true;
}

bool shapeOf(const OnnxNode& n, const Inputs&, const Shapes& shapes, Outputs& out)
{
    const Shape s = *shapes[0];
    const int64_t r = s.size();
    int64_t b = n.attrInt("start", 0), e = n.attrInt("end", r);
    b = std::clamp<int64_t>(b < 0 ? b + r : b, 0, r);
    e = std::clamp<int64_t>(e < 0 ? e + r : e, 0, r);
    out.push_back(fromShape(Shape(s.begin() + b, s.begin() + std::max(b, e))));
    return true;
}

bool sizeOf(const OnnxNode&, const Inputs&, const Shapes& shapes, Outputs& out)
{
    out.push_back({{}, {double(shapeElements(*shapes[0]))}, T::INT64});
    return true;
}

bool unsqueeze(const OnnxNode& n, const Inputs& in, const Shapes&, Outputs& out)
{
    Shape s = in[0]->shape;
    auto axes = axesOf(n, in, 1);
    const int64_t r = s.size() + axes.size();
    for (auto& a : axes) a = normAxis(a, r);
    std::sort(axes.begin(), axes.end());
    for (int64_t a : axes) s.insert(s.begin() + a, 1);
    out.push_back({s, in[0]->values, in[0]->dataType});
    return true;
}

bool squeeze(const OnnxNode& n, const Inputs& in, const Shapes&, Outputs& out)
{
    Shape s = in[0]->shape, kept;
    auto axes = axesOf(n, in, 1);
    for (auto& a : axes) a = normAxis(a, s.size());
    for (size_t i = 0; i < s.size(); ++i) {
        const bool listed = std::find(axes.begin(), axes.end(), int64_t(i)) != axes.end();
        if ((axes.empty() && s[i] == 1) || (listed && s[i] == 1)) continue;
        kept.push_back(s[i]);
    }
    out.push_back({kept, in[0]->values, in[0]->dataType});
    return true;
}

bool flatten(const OnnxNode& n, const Inputs& in, const Shapes&, Outputs& out)
{
    // axis in [-rank, rank]: a negative one counts from the rank, not from rank + 1.
    const int64_t rank = static_cast<int64_t>(in[0]->shape.size());
    int64_t axis = n.attrInt("axis", 1);
    if (axis < 0) axis += rank;
    if (axis < 0 || axis > rank) fail(ErrorCode::InvalidGraph, "Flatten axis out of range");
    const int64_t lead = shapeElements(Shape(in[0]->shape.begin(), in[0]->shape.begin() + axis));
    out.push_back(reshape(*in[0], {lead, -1}, false));
    return true;
}

bool constantOfShape(const OnnxNode& n, const Inputs& in, const Shapes&, Outputs& out)
{
    const auto dims = in[0]->toInts();
    ConstTensor value{{}, {0.0}, T::FLOAT};
    if (const auto* t = n.attrTensor("value")) value = decodeTensorProto(*t, "", n.name);
    const Shape shape(dims.begin(), dims.end());
    out.push_back({shape, std::vector<double>(shapeElements(shape), value.values.at(0)), value.dataType});
    return true;
}

bool range(const OnnxNode&, const Inputs& in, const Shapes&, Outputs& out)
{
    const double start = in[0]->values.at(0), limit = in[1]->values.at(0), delta = in[2]->values.at(0);
    if (delta == 0) fail(ErrorCode::InvalidGraph, "Range delta is 0");
    const int64_t count = std::max<int64_t>(0, static_cast<int64_t>(std::ceil((limit - start) / delta)));
    if (count > (1 << 24)) fail(ErrorCode::Unsupported, "Range too long to fold");
    ConstTensor t{{count}, {}, in[0]->dataType};
    for (int64_t i = 0; i < count; ++i) t.values.push_back(start + i * delta);
    out.push_back(std::move(t));
    return true;
}

/// Adapts a one-output evaluation to a folder.
template <typename F>
ConstantFolder single(F f, int requiredInputs = 1)
{
    return {[f](const OnnxNode& n, const Inputs& in, const Shapes&, Outputs& out) {
        out.push_back(f(n, in));
        return true;
    }, true, requiredInputs};
}

}  // namespace

void registerShapeFolders(ConstantFolderRegistry& r)
{
    r.add("Constant", {constant, true, 0});
    r.add("Shape", {shapeOf, false});
    r.add("Size", {sizeOf, false});
    r.add("Gather", single(gather, 2));
    r.add("Concat", single(concat));
    r.add("Slice", single([](const OnnxNode& n, const Inputs& in) { return slice(n, in, n.hasAttr("starts") ? 1 : 10); }));
    r.add("Unsqueeze", {unsqueeze});
    r.add("Squeeze", {squeeze});
    r.add("Reshape", single([](const OnnxNode& n, const Inputs& in) {
        return reshape(*in[0], in[1]->toInts(), n.attrInt("allowzero", 0) != 0);
    }, 2));
    r.add("Flatten", {flatten});
    r.add("Transpose", single([](const OnnxNode& n, const Inputs& in) { return transpose(n, *in[0]); }));
    r.add("ConstantOfShape", {constantOfShape});
    r.add("Range", {range, true, 3});
}

}  // namespace dfc
