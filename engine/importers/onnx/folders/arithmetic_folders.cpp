// Folders of element-wise ONNX operators on constants: arithmetic, comparisons, unary
// functions, casts, Where and Expand.
#include <cmath>

#include "core/error.h"
#include "core/half.h"
#include "importers/onnx/constant_folding.h"

namespace dfc {
namespace {

using T = onnx::TensorProto;
using fold::binary;
using fold::isFloatType;

using Shapes = std::vector<const Shape*>;
using Outputs = std::vector<ConstTensor>;

/// A binary arithmetic operator (integer types truncate, as ONNX's integer division does).
ConstantFolder arithmetic(double (*f)(double, double))
{
    return {[f](const OnnxNode&, const FoldInputs& in, const Shapes&, Outputs& out) {
        const int32_t type = in[0]->dataType;
        out.push_back(binary(*in[0], *in[1], [&](double a, double b) {
            const double v = f(a, b);
            return isFloatType(type) ? v : std::trunc(v);
        }, type));
        return true;
    }, true, 2};
}

/// Min, Max, Sum: one or more operands, broadcast together.
ConstantFolder variadic(double (*f)(double, double))
{
    return {[f](const OnnxNode&, const FoldInputs& in, const Shapes&, Outputs& out) {
        ConstTensor acc = *in[0];
        for (size_t i = 1; i < in.size(); ++i)
            if (in[i]) acc = binary(acc, *in[i], f, acc.dataType);
        out.push_back(std::move(acc));
        return true;
    }};
}

ConstantFolder comparison(bool (*f)(double, double))
{
    return {[f](const OnnxNode&, const FoldInputs& in, const Shapes&, Outputs& out) {
        out.push_back(binary(*in[0], *in[1], [&](double a, double b) { return f(a, b) ? 1.0 : 0.0; }, T::BOOL));
        return true;
    }, true, 2};
}

ConstantFolder unary(double (*f)(double))
{
    return {[f](const OnnxNode&, const FoldInputs& in, const Shapes&, Outputs& out) {
        ConstTensor t = *in[0];
        for (double& v : t.values) v = f(v);
        out.push_back(std::move(t));
        return true;
    }};
}

/// A value as the target type holds it: floats rounded to their precision, integers
/// truncated, booleans 0 or 1.
double castValue(double v, int32_t to)
{
    switch (to) {
    case T::DOUBLE: return v;
    case T::FLOAT: return static_cast<float>(v);
    case T::FLOAT16: return roundToHalf(static_cast<float>(v));
    case T::BFLOAT16: return bfloat16ToFloat(floatToBfloat16(static_cast<float>(v)));
    case T::BOOL: return v != 0 ? 1.0 : 0.0;
    default: return std::trunc(v);
    }
}

bool cast(const OnnxNode& n, const FoldInputs& in, const Shapes&, Outputs& out)
{
    const int32_t to = static_cast<int32_t>(n.attrInt("to", T::FLOAT));
    ConstTensor t = *in[0];
    for (double& v : t.values) v = castValue(v, to);
    t.dataType = to;
    out.push_back(std::move(t));
    return true;
}

bool identity(const OnnxNode&, const FoldInputs& in, const Shapes&, Outputs& out)
{
    out.push_back(*in[0]);
    return true;
}

/// Inference-mode Dropout is the identity (its mask all true). In training mode it drops at
/// random: only a ratio of 0 folds.
bool dropout(const OnnxNode& n, const FoldInputs& in, const Shapes&, Outputs& out)
{
    const bool training = in.size() > 2 && in[2] && in[2]->values.at(0) != 0;
    const double ratio = in.size() > 1 && in[1] ? in[1]->values.at(0) : n.attrFloat("ratio", 0.5f);
    if (training && ratio != 0) return false;
    out.push_back(*in[0]);
    out.push_back({in[0]->shape, std::vector<double>(in[0]->values.size(), 1.0), T::BOOL});
    return true;
}

bool where(const OnnxNode&, const FoldInputs& in, const Shapes&, Outputs& out)
{
    const ConstTensor sel = binary(*in[0], *in[1], [](double c, double) { return c; }, T::BOOL);
    const ConstTensor a = binary(sel, *in[1], [](double, double x) { return x; }, in[1]->dataType);
    const ConstTensor b = binary(sel, *in[2], [](double, double y) { return y; }, in[2]->dataType);
    ConstTensor t = a;
    for (size_t i = 0; i < t.values.size(); ++i) t.values[i] = sel.values[i] ? a.values[i] : b.values[i];
    out.push_back(std::move(t));
    return true;
}

bool expand(const OnnxNode&, const FoldInputs& in, const Shapes&, Outputs& out)
{
    const auto dims = in[1]->toInts();
    const Shape shape(dims.begin(), dims.end());
    const ConstTensor ones{shape, std::vector<double>(shapeElements(shape), 0.0), in[0]->dataType};
    out.push_back(binary(*in[0], ones, [](double a, double) { return a; }, in[0]->dataType));
    return true;
}

}  // namespace

void registerArithmeticFolders(ConstantFolderRegistry& r)
{
    r.add("Add", arithmetic([](double a, double b) { return a + b; }));
    r.add("Sub", arithmetic([](double a, double b) { return a - b; }));
    r.add("Mul", arithmetic([](double a, double b) { return a * b; }));
    r.add("Div", arithmetic([](double a, double b) { return a / b; }));
    r.add("Pow", arithmetic([](double a, double b) { return std::pow(a, b); }));
    r.add("Min", variadic([](double a, double b) { return std::min(a, b); }));
    r.add("Max", variadic([](double a, double b) { return std::max(a, b); }));
    r.add("Sum", variadic([](double a, double b) { return a + b; }));
    r.add("Equal", comparison([](double a, double b) { return a == b; }));
    r.add("Less", comparison([](double a, double b) { return a < b; }));
    r.add("Greater", comparison([](double a, double b) { return a > b; }));
    r.add("Sqrt", unary([](double v) { return std::sqrt(v); }));
    r.add("Neg", unary([](double v) { return -v; }));
    r.add("Floor", unary([](double v) { return std::floor(v); }));
    r.add("Ceil", unary([](double v) { return std::ceil(v); }));
    r.add("Not", unary([](double v) { return v == 0 ? 1.0 : 0.0; }));
    r.add("Cast", {cast});
    r.add("Identity", {identity});
    r.add("Dropout", {dropout});
    r.add("Where", {where, true, 3});
    r.add("Expand", {expand, true, 2});
}

}  // namespace dfc
