// Add, Sub, Mul, Div, Min, Max, Neg, Sum: per-channel constants become normalization layers,
// data-data operations become ew_* layers (constants that vary in space feed a const_input).
#include "importers/onnx/convert_context.h"

namespace dfc {
namespace {

/// Per-channel view of a constant operand for an output of `rank`: empty when it varies along
/// any axis other than the channel axis.
std::vector<float> perChannel(const ConstTensor& c, size_t rank, int64_t channels)
{
    if (c.size() == 1) return std::vector<float>(channels, static_cast<float>(c.values[0]));
    if (c.shape.size() > rank) return {};
    Shape full(rank - c.shape.size(), 1);
    full.insert(full.end(), c.shape.begin(), c.shape.end());
    for (size_t i = 0; i < rank; ++i)
        if (i != 1 && full[i] != 1) return {};
    if (full[1] != channels) return {};
    return c.toFloat().data;
}

enum class Op { Add, Sub, Mul, Div, Min, Max };

const char* ewType(Op op)
{
    static const char* types[] = {"ew_add", "ew_sub", "ew_mult", "ew_div", "ew_min", "ew_max"};
    return types[static_cast<int>(op)];
}

/// y = x·k + b for a constant operand, or an activation for min/max against a scalar.
bool tryAffine(ConvertContext& ctx, const OnnxNode& n, Op op, int dataIndex, const ConstTensor& c)
{
    const std::string& data = n.inputs[dataIndex];
    const size_t rank = ctx.rank(data);
    const int64_t channels = ctx.value(data).original.at(1);
    std::vector<float> v = perChannel(c, rank, channels);
    if (v.empty()) return false;
    if ((op == Op::Min || op == Op::Max)) {
        if (c.size() != 1) return false;
        Layer& l = ctx.add("activation", n, "activation");
        l.params["activation"] = op == Op::Min ? "min" : "max";
        l.params["compare_value"] = c.values[0];
        ctx.connect(l, data);
        ctx.defineWithRank(n.outputs[0], l, rank);
        return true;
    }
    if (op == Op::Div && dataIndex == 1) return false;  // c / x is not affine
    std::vector<float> k(channels, 1.0f), b(channels, 0.0f);
    for (int64_t i = 0; i < channels; ++i) {
        switch (op) {
        case Op::Add: b[i] = v[i]; break;
        case Op::Sub:
            if (dataIndex == 0) b[i] = -v[i];
            else k[i] = -1.0f, b[i] = v[i];
            break;
        case Op::Mul: k[i] = v[i]; break;
        case Op::Div: k[i] = 1.0f / v[i]; break;
        default: break;
        }
    }
    Layer& l = ctx.add("normalization", n, "normalization");
    l.weights["kernel"] = Tensor({channels}, std::move(k));
    l.weights["bias"] = Tensor({channels}, std::move(b));
    ctx.connect(l, data);
    ctx.defineWithRank(n.outputs[0], l, rank);
    return true;
}

OnnxConverter binary(Op op)
{
    return [op](ConvertContext& ctx, const OnnxNode& n) {
        if (n.inputs.size() != 2) unsupported("expected two operands");
        const ConstTensor* c0 = ctx.constant(n.inputs[0]);
        const ConstTensor* c1 = ctx.constant(n.inputs[1]);
        if (c0 && c1) unsupported("both operands are constant");
        if (c1 && tryAffine(ctx, n, op, 0, *c1)) return;
        if (c0 && tryAffine(ctx, n, op, 1, *c0)) return;
        const std::string& data = n.inputs[c0 ? 1 : 0];
        const size_t rank = ctx.rank(data);
        Layer& l = ctx.add(ewType(op), n, ewType(op));
        for (int i = 0; i < 2; ++i) {
            const ConstTensor* c = i == 0 ? c0 : c1;
            if (c) {
                Layer& k = ctx.constantLayer(*c, rank, n);
                ctx.graph.connect(k.name, l.name);
                l.inputShapes.push_back(k.outputShape());
            } else {
                if (static_cast<size_t>(ctx.rank(n.inputs[i])) != rank)
                    unsupported("operands of different rank need a reshape first");
                if (ctx.value(n.inputs[i]).original[0] != ctx.value(data).original[0])
                    unsupported("operands with different batch sizes cannot be broadcast");
                ctx.connect(l, n.inputs[i]);
            }
        }
        ctx.defineWithRank(n.outputs[0], l, rank);
    };
}

void convertNeg(ConvertContext& ctx, const OnnxNode& n)
{
    const int64_t channels = ctx.value(n.inputs[0]).original.at(1);
    Layer& l = ctx.add("normalization", n, "normalization");
    l.weights["kernel"] = Tensor({channels}, -1.0f);
    l.weights["bias"] = Tensor({channels}, 0.0f);
    ctx.attachUnary(l, n);
}

/// x^p for a constant scalar p: 2 → x·x, 0.5 → sqrt, 1 → x.
void convertPow(ConvertContext& ctx, const OnnxNode& n)
{
    const ConstTensor& e = ctx.requireConstant(n, 1, "exponent");
    if (!e.isScalarLike()) unsupported("only a scalar exponent is supported");
    const double p = e.values[0];
    const size_t rank = ctx.rank(n.inputs[0]);
    if (p == 1) {
        ctx.alias(n.outputs[0], n.inputs[0]);
    } else if (p == 2) {
        Layer& l = ctx.add("ew_mult", n, "ew_mult");
        ctx.connect(l, n.inputs[0]);
        ctx.attachUnary(l, n, rank);
    } else if (p == 0.5) {
        Layer& l = ctx.add("activation", n, "activation");
        l.params["activation"] = "sqrt";
        ctx.attachUnary(l, n, rank);
    } else {
        unsupported("only exponents 0.5, 1 and 2 are supported");
    }
}

}  // namespace

void registerElementwiseConverters(OnnxConverterRegistry& r)
{
    r.add("Add", binary(Op::Add));
    r.add("Sub", binary(Op::Sub));
    r.add("Mul", binary(Op::Mul));
    r.add("Div", binary(Op::Div));
    r.add("Min", binary(Op::Min));
    r.add("Max", binary(Op::Max));
    r.add("Sum", binary(Op::Add));
    r.add("Neg", convertNeg);
    r.add("Pow", convertPow);
}

}  // namespace dfc
