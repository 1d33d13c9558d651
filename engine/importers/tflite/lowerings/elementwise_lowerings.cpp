// Arithmetic (ADD, SUB, MUL, DIV, MAXIMUM, MINIMUM, SQUARED_DIFFERENCE), unary math and
// activations (LOGISTIC, TANH, RELU*, LEAKY_RELU, PRELU, HARD_SWISH, ELU, RSQRT, …), SOFTMAX,
// and the quantization markers DEQUANTIZE / QUANTIZE.
#include "importers/tflite/tflite_lowering.h"
#include "importers/tflite/tflite_subset_generated.h"

namespace dfc {
namespace {

/// The operands of a binary operator as ONNX values of the output's rank.
std::vector<std::string> operands(TfliteLoweringContext& ctx)
{
    const int out = ctx.op->outputs.at(0);
    const size_t rank = ctx.rank(out);
    std::vector<std::string> names;
    for (size_t i = 0; i < 2; ++i) {
        const int t = ctx.op->inputs.at(i);
        if (ctx.isConstant(t)) {
            names.push_back(ctx.broadcastConstant(t, rank));
        } else if (ctx.rank(t) > rank) {
            unsupportedTflite("an operand has a higher rank than the result");
        } else if (ctx.rank(t) != rank) {
            Shape padded = ctx.shape(t);
            padded.insert(padded.begin(), rank - padded.size(), 1);
            const std::string r = ctx.temp(ctx.output(t) + "/rank" + std::to_string(rank));
            ctx.reshape(ctx.input(t), ctx.shape(t), padded, r);
            names.push_back(r);
        } else {
            names.push_back(ctx.input(t));
        }
    }
    return names;
}

template <typename Options>
int activationOf(const TfliteOp& op)
{
    const auto* o = op.raw->builtin_options_as<Options>();
    return o ? static_cast<int>(o->fused_activation_function()) : 0;
}

TfliteLowerer binary(const char* onnxOp, int (*activation)(const TfliteOp&))
{
    return [onnxOp, activation](TfliteLoweringContext& ctx) {
        if (ctx.op->inputs.size() != 2) unsupportedTflite("expected two operands");
        const int out = ctx.op->outputs.at(0);
        const int act = activation ? activation(*ctx.op) : 0;
        const std::string pre = ctx.preActivation(act, out);
        ctx.node(onnxOp, operands(ctx), {pre});
        ctx.fusedActivation(act, pre, ctx.output(out));
    };
}

void lowerSquaredDifference(TfliteLoweringContext& ctx)
{
    const int out = ctx.op->outputs.at(0);
    const std::string d = ctx.temp(ctx.output(out) + "/difference");
    ctx.node("Sub", operands(ctx), {d});
    ctx.node("Mul", {d, d}, {ctx.output(out)});
}

TfliteLowerer unary(const char* onnxOp)
{
    return [onnxOp](TfliteLoweringContext& ctx) {
        ctx.node(onnxOp, {ctx.input(ctx.op->inputs.at(0))}, {ctx.output(ctx.op->outputs.at(0))});
    };
}

TfliteLowerer clip(float lo, float hi)
{
    return [lo, hi](TfliteLoweringContext& ctx) {
        const std::string& out = ctx.output(ctx.op->outputs.at(0));
        ctx.node("Clip", {ctx.input(ctx.op->inputs.at(0)), ctx.floats({lo}, {}, out + "/min"),
                          ctx.floats({hi}, {}, out + "/max")}, {out});
    };
}

void lowerRsqrt(TfliteLoweringContext& ctx)
{
    const std::string& out = ctx.output(ctx.op->outputs.at(0));
    const std::string root = ctx.temp(out + "/sqrt");
    ctx.node("Sqrt", {ctx.input(ctx.op->inputs.at(0))}, {root});
    ctx.node("Reciprocal", {root}, {out});
}

void lowerLeakyRelu(TfliteLoweringContext& ctx)
{
    const auto* o = ctx.op->raw->builtin_options_as_LeakyReluOptions();
    onnx::NodeProto& n = ctx.node("LeakyRelu", {ctx.input(ctx.op->inputs.at(0))}, {ctx.output(ctx.op->outputs.at(0))});
    setFloat(n, "alpha", o ? o->alpha() : 0.2f);
}

void lowerPrelu(TfliteLoweringContext& ctx)
{
    const int x = ctx.op->inputs.at(0);
    ctx.node("PRelu", {ctx.input(x), ctx.broadcastConstant(ctx.op->inputs.at(1), ctx.rank(x))},
             {ctx.output(ctx.op->outputs.at(0))});
}

void lowerSoftmax(TfliteLoweringContext& ctx)
{
    const auto* o = ctx.op->raw->builtin_options_as_SoftmaxOptions();
    const int x = ctx.op->inputs.at(0);
    const std::string& out = ctx.output(ctx.op->outputs.at(0));
    std::string in = ctx.input(x);
    if (o && o->beta() != 1.0f) {  // softmax(beta·x)
        const std::string scaled = ctx.temp(out + "/scaled");
        ctx.node("Mul", {in, ctx.floats({o->beta()}, {}, out + "/beta")}, {scaled});
        in = scaled;
    }
    setInt(ctx.node("Softmax", {in}, {out}), "axis", onnxAxis(-1, ctx.rank(x)));
}

/// Constant inputs (fp16 or int8 weights) are dequantized at import time; a dequantized
/// activation is the same real-valued tensor for a float graph.
void lowerDequantize(TfliteLoweringContext& ctx)
{
    const int x = ctx.op->inputs.at(0), out = ctx.op->outputs.at(0);
    if (auto c = ctx.constant(x)) {
        c->dataType = onnx::TensorProto::FLOAT;
        ctx.foldTo(out, std::move(*c));
        return;
    }
    ctx.node("Identity", {ctx.input(x)}, {ctx.output(out)});
}

}  // namespace

void registerTfliteElementwiseLowerings(TfliteLoweringRegistry& r)
{
    r.add("ADD", binary("Add", activationOf<tfl::AddOptions>));
    r.add("SUB", binary("Sub", activationOf<tfl::SubOptions>));
    r.add("MUL", binary("Mul", activationOf<tfl::MulOptions>));
    r.add("DIV", binary("Div", activationOf<tfl::DivOptions>));
    r.add("MAXIMUM", binary("Max", nullptr));
    r.add("MINIMUM", binary("Min", nullptr));
    r.add("SQUARED_DIFFERENCE", lowerSquaredDifference);
    r.add("LOGISTIC", unary("Sigmoid"));
    r.add("TANH", unary("Tanh"));
    r.add("RELU", unary("Relu"));
    r.add("RELU6", clip(0, 6));
    r.add("RELU_N1_TO_1", clip(-1, 1));
    r.add("RELU_0_TO_1", clip(0, 1));
    r.add("HARD_SWISH", unary("HardSwish"));
    r.add("ELU", unary("Elu"));
    r.add("EXP", unary("Exp"));
    r.add("LOG", unary("Log"));
    r.add("SQRT", unary("Sqrt"));
    r.add("ABS", unary("Abs"));
    r.add("NEG", unary("Neg"));
    r.add("RSQRT", lowerRsqrt);
    r.add("LEAKY_RELU", lowerLeakyRelu);
    r.add("PRELU", lowerPrelu);
    r.add("SOFTMAX", lowerSoftmax);
    r.add("DEQUANTIZE", lowerDequantize);
    r.add("QUANTIZE", unary("Identity"));
}

}  // namespace dfc
