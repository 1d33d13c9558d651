// Element-wise non-linearities → activation layers (fused into their producer later).
#include <cmath>
#include <limits>

#include "importers/onnx/convert_context.h"

namespace dfc {
namespace {

Layer& addActivation(ConvertContext& ctx, const OnnxNode& n, const std::string& name,
                     nlohmann::json params = nlohmann::json::object())
{
    Layer& l = ctx.add("activation", n, "activation");
    l.params["activation"] = name;
    for (auto it = params.begin(); it != params.end(); ++it) l.params[it.key()] = it.value();
    ctx.attachUnary(l, n);
    return l;
}

OnnxConverter simple(const std::string& name)
{
    return [name](ConvertContext& ctx, const OnnxNode& n) { addActivation(ctx, n, name); };
}

void convertClip(ConvertContext& ctx, const OnnxNode& n)
{
    double lo = -std::numeric_limits<float>::infinity(), hi = std::numeric_limits<float>::infinity();
    if (ctx.model.opset() < 11) {
        lo = n.attrFloat("min", static_cast<float>(lo));
        hi = n.attrFloat("max", static_cast<float>(hi));
    } else {
        if (n.inputs.size() > 1 && !n.inputs[1].empty()) lo = ctx.requireConstant(n, 1, "min").values.at(0);
        if (n.inputs.size() > 2 && !n.inputs[2].empty()) hi = ctx.requireConstant(n, 2, "max").values.at(0);
    }
    if (lo == 0 && hi == 6) addActivation(ctx, n, "relu6");
    else if (lo == 0 && std::isinf(hi)) addActivation(ctx, n, "relu");
    else addActivation(ctx, n, "clip", {{"clip_min", lo}, {"clip_max", hi}});
}

void convertPRelu(ConvertContext& ctx, const OnnxNode& n)
{
    const ConstTensor& slope = ctx.requireConstant(n, 1, "slope");
    const int64_t c = ctx.value(n.inputs[0]).original.at(1);
    // The slope must vary at most along the channel axis.
    Shape s = slope.shape;
    while (!s.empty() && s.back() == 1 && slope.size() > 1) s.pop_back();
    if (slope.size() != 1 && slope.size() != c) unsupported("PRelu slope must be scalar or per channel");
    Layer& l = addActivation(ctx, n, "prelu");
    l.weights["prelu_slope"] = Tensor({slope.size()}, slope.toFloat().data);
}

}  // namespace

void registerActivationConverters(OnnxConverterRegistry& r)
{
    r.add("Relu", simple("relu"));
    r.add("Sigmoid", simple("sigmoid"));
    r.add("Tanh", simple("tanh"));
    r.add("Softplus", simple("softplus"));
    r.add("Softsign", simple("softsign"));
    r.add("Exp", simple("exp"));
    r.add("Log", simple("log"));
    r.add("Sqrt", simple("sqrt"));
    r.add("Reciprocal", simple("inv_pos"));
    r.add("Abs", simple("abs"));
    r.add("HardSwish", simple("hardswish"));
    r.add("Mish", simple("mish"));
    r.add("Clip", convertClip);
    r.add("PRelu", convertPRelu);
    r.add("LeakyRelu", [](ConvertContext& ctx, const OnnxNode& n) {
        addActivation(ctx, n, "leaky", {{"leaky_alpha", n.attrFloat("alpha", 0.01f)}});
    });
    r.add("Elu", [](ConvertContext& ctx, const OnnxNode& n) {
        addActivation(ctx, n, "elu", {{"elu_alpha", n.attrFloat("alpha", 1.0f)}});
    });
    r.add("HardSigmoid", [](ConvertContext& ctx, const OnnxNode& n) {
        addActivation(ctx, n, "hardsigmoid", {{"hardsigmoid_alpha", n.attrFloat("alpha", 0.2f)},
                                              {"hardsigmoid_beta", n.attrFloat("beta", 0.5f)}});
    });
    r.add("ThresholdedRelu", [](ConvertContext& ctx, const OnnxNode& n) {
        addActivation(ctx, n, "threshold", {{"threshold", n.attrFloat("alpha", 1.0f)}});
    });
}

}  // namespace dfc
