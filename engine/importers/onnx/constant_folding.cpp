// Evaluation of ONNX nodes whose inputs are all known at import time: the shape arithmetic
// (Shape → Gather → Concat → Reshape …) that exporters emit and the accelerator never runs.
#include <cmath>
#include <functional>
#include <map>
#include <numeric>

#include "core/error.h"
#include "importers/onnx/onnx_model.h"

namespace dfc {
namespace {

using T = onnx::TensorProto;
using Inputs = std::vector<const ConstTensor*>;

int64_t normAxis(int64_t axis, int64_t rank)
{
    if (axis < -rank || axis >= rank)
        fail(ErrorCode::InvalidGraph, "axis " + std::to_string(axis) + " out of range");
    return axis < 0 ? axis + rank : axis;
}

bool isFloatType(int32_t t) { return t == T::FLOAT || t == T::DOUBLE || t == T::FLOAT16; }

ConstTensor binary(const ConstTensor& a, const ConstTensor& b, const std::function<double(double, double)>& f,
                   int32_t outType)
{
    const size_t r = std::max(a.shape.size(), b.shape.size());
    Shape sa(r - a.shape.size(), 1), sb(r - b.shape.size(), 1), so(r);
    sa.insert(sa.end(), a.shape.begin(), a.shape.end());
    sb.insert(sb.end(), b.shape.begin(), b.shape.end());
    for (size_t i = 0; i < r; ++i) {
        if (sa[i] != sb[i] && sa[i] != 1 && sb[i] != 1)
            fail(ErrorCode::InvalidGraph, "constant operands do not broadcast");
        so[i] = sa[i] == 1 ? sb[i] : sa[i];
    }
    ConstTensor out{so, std::vector<double>(shapeElements(so)), outType};
    std::vector<int64_t> idx(r, 0);
    for (size_t o = 0; o < out.values.size(); ++o) {
        int64_t ia = 0, ib = 0;
        for (size_t d = 0; d < r; ++d) {
            ia = ia * sa[d] + (sa[d] == 1 ? 0 : idx[d]);
            ib = ib * sb[d] + (sb[d] == 1 ? 0 : idx[d]);
        }
        out.values[o] = f(a.values[ia], b.values[ib]);
        for (int d = static_cast<int>(r) - 1; d >= 0; --d) {
            if (++idx[d] < so[d]) break;
            idx[d] = 0;
        }
    }
    return out;
}

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
        starts = in.at(1)->toInts();
        ends = in.at(2)->toInts();
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

}  // namespace

bool foldNode(const OnnxNode& n, const Inputs& in, const std::vector<const Shape*>& shapes,
              std::vector<ConstTensor>& out)
{
    const std::string& op = n.op;
    auto arith = [&](auto f) {
        const int32_t type = in[0]->dataType;
        out.push_back(binary(*in[0], *in[1], [&](double a, double b) {
            double v = f(a, b);
            return isFloatType(type) ? v : std::trunc(v);
        }, type));
        return true;
    };
    auto compare = [&](auto f) {
        out.push_back(binary(*in[0], *in[1], [&](double a, double b) { return f(a, b) ? 1.0 : 0.0; }, T::BOOL));
        return true;
    };
    auto unary = [&](auto f) {
        ConstTensor t = *in[0];
        for (double& v : t.values) v = f(v);
        out.push_back(std::move(t));
        return true;
    };
    if (op == "Constant") {
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
    if (op == "Shape") {
        Shape s = *shapes[0];
        const int64_t r = s.size();
        int64_t b = n.attrInt("start", 0), e = n.attrInt("end", r);
        b = std::clamp<int64_t>(b < 0 ? b + r : b, 0, r);
        e = std::clamp<int64_t>(e < 0 ? e + r : e, 0, r);
        out.push_back(fromShape(Shape(s.begin() + b, s.begin() + std::max(b, e))));
        return true;
    }
    if (op == "Size") {
        out.push_back({{}, {double(shapeElements(*shapes[0]))}, T::INT64});
        return true;
    }
    if (op == "Identity" || op == "Dropout") {
        out.push_back(*in[0]);
        return true;
    }
    if (op == "Cast") {
        const int32_t to = static_cast<int32_t>(n.attrInt("to", T::FLOAT));
        ConstTensor t = *in[0];
        if (!isFloatType(to))
            for (double& v : t.values) v = std::trunc(v);
        t.dataType = to;
        out.push_back(std::move(t));
        return true;
    }
    if (op == "Add") return arith([](double a, double b) { return a + b; });
    if (op == "Sub") return arith([](double a, double b) { return a - b; });
    if (op == "Mul") return arith([](double a, double b) { return a * b; });
    if (op == "Div") return arith([](double a, double b) { return a / b; });
    if (op == "Pow") return arith([](double a, double b) { return std::pow(a, b); });
    if (op == "Min") return arith([](double a, double b) { return std::min(a, b); });
    if (op == "Max") return arith([](double a, double b) { return std::max(a, b); });
    if (op == "Equal") return compare([](double a, double b) { return a == b; });
    if (op == "Less") return compare([](double a, double b) { return a < b; });
    if (op == "Greater") return compare([](double a, double b) { return a > b; });
    if (op == "Sqrt") return unary([](double v) { return std::sqrt(v); });
    if (op == "Neg") return unary([](double v) { return -v; });
    if (op == "Floor") return unary([](double v) { return std::floor(v); });
    if (op == "Ceil") return unary([](double v) { return std::ceil(v); });
    if (op == "Not") return unary([](double v) { return v == 0 ? 1.0 : 0.0; });
    if (op == "Gather") {
        out.push_back(gather(n, in));
        return true;
    }
    if (op == "Concat") {
        out.push_back(concat(n, in));
        return true;
    }
    if (op == "Slice") {
        out.push_back(slice(n, in, n.hasAttr("starts") ? 1 : 10));
        return true;
    }
    if (op == "Unsqueeze") {
        Shape s = in[0]->shape;
        auto axes = axesOf(n, in, 1);
        const int64_t r = s.size() + axes.size();
        for (auto& a : axes) a = normAxis(a, r);
        std::sort(axes.begin(), axes.end());
        for (int64_t a : axes) s.insert(s.begin() + a, 1);
        out.push_back({s, in[0]->values, in[0]->dataType});
        return true;
    }
    if (op == "Squeeze") {
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
    if (op == "Reshape") {
        out.push_back(reshape(*in[0], in[1]->toInts(), n.attrInt("allowzero", 0) != 0));
        return true;
    }
    if (op == "Flatten") {
        const int64_t axis = normAxis(n.attrInt("axis", 1), in[0]->shape.size() + 1);
        const int64_t lead = shapeElements(Shape(in[0]->shape.begin(), in[0]->shape.begin() + axis));
        out.push_back(reshape(*in[0], {lead, -1}, false));
        return true;
    }
    if (op == "Transpose") {
        out.push_back(transpose(n, *in[0]));
        return true;
    }
    if (op == "ConstantOfShape") {
        const auto dims = in[0]->toInts();
        ConstTensor value{{}, {0.0}, T::FLOAT};
        if (const auto* t = n.attrTensor("value")) value = decodeTensorProto(*t, "", n.name);
        out.push_back({Shape(dims.begin(), dims.end()),
                       std::vector<double>(shapeElements(Shape(dims.begin(), dims.end())), value.values.at(0)),
                       value.dataType});
        return true;
    }
    if (op == "Range") {
        const double start = in[0]->values.at(0), limit = in[1]->values.at(0), delta = in[2]->values.at(0);
        if (delta == 0) fail(ErrorCode::InvalidGraph, "Range delta is 0");
        const int64_t count = std::max<int64_t>(0, static_cast<int64_t>(std::ceil((limit - start) / delta)));
        if (count > (1 << 24)) fail(ErrorCode::Unsupported, "Range too long to fold");
        ConstTensor t{{count}, {}, in[0]->dataType};
        for (int64_t i = 0; i < count; ++i) t.values.push_back(start + i * delta);
        out.push_back(std::move(t));
        return true;
    }
    if (op == "Where") {
        const ConstTensor sel = binary(*in[0], *in[1], [](double c, double) { return c; }, T::BOOL);
        const ConstTensor a = binary(sel, *in[1], [](double, double x) { return x; }, in[1]->dataType);
        const ConstTensor b = binary(sel, *in[2], [](double, double y) { return y; }, in[2]->dataType);
        ConstTensor t = a;
        for (size_t i = 0; i < t.values.size(); ++i) t.values[i] = sel.values[i] ? a.values[i] : b.values[i];
        out.push_back(std::move(t));
        return true;
    }
    if (op == "Expand") {
        const auto dims = in[1]->toInts();
        ConstTensor ones{Shape(dims.begin(), dims.end()), std::vector<double>(shapeElements(Shape(dims.begin(), dims.end())), 0.0), in[0]->dataType};
        out.push_back(binary(*in[0], ones, [](double a, double) { return a; }, in[0]->dataType));
        return true;
    }
    return false;
}

}  // namespace dfc
