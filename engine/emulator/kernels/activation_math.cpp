// The float math of every activation in the IR's ActivationRegistry.
#include <cmath>

#include "core/error.h"
#include "emulator/kernel_registry.h"
#include "ir/activation.h"

namespace dfc {
namespace {

}  // namespace

float activationParameter(const Layer& l, const char* key)
{
    if (l.params.contains(key)) return l.params[key].get<float>();
    const ActivationKind& kind = ActivationRegistry::instance().get(l.attr<std::string>("activation"));
    if (!kind.params.contains(key))
        fail(ErrorCode::Internal, std::string("activation has no parameter ") + key, {}, l.name);
    return kind.params[key].get<float>();
}

namespace {

float sigmoid(float x) { return 1.0f / (1.0f + std::exp(-x)); }
float softplus(float x) { return x > 20.0f ? x : std::log1p(std::exp(x)); }

/// A span loop around a scalar function; F is a capture-less lambda type, so it inlines.
template <typename F> ActivationFn spanOf(F f)
{
    return [f](float* d, int64_t pixels, int64_t c) {
        const int64_t n = pixels * c;
        for (int64_t i = 0; i < n; ++i) d[i] = f(d[i]);
    };
}

/// Activation without parameters.
template <typename F> ActivationFactory plain(F f)
{
    return [f](const Layer&) { return spanOf(f); };
}

/// Activation with one scalar parameter read from the layer.
template <typename F> ActivationFactory withParam(const char* key, F f)
{
    return [key, f](const Layer& l) {
        const float p = activationParameter(l, key);
        return spanOf([p, f](float x) { return f(x, p); });
    };
}

}  // namespace

void registerActivationMath(KernelRegistry& r)
{
    r.addActivation("linear", plain([](float x) { return x; }));
    r.addActivation("relu", plain([](float x) { return x > 0 ? x : 0.0f; }));
    r.addActivation("relu6", plain([](float x) { return std::min(std::max(x, 0.0f), 6.0f); }));
    r.addActivation("sigmoid", plain([](float x) { return sigmoid(x); }));
    r.addActivation("tanh", plain([](float x) { return std::tanh(x); }));
    r.addActivation("silu", plain([](float x) { return x * sigmoid(x); }));
    r.addActivation("hardswish",
                    plain([](float x) { return x * std::min(std::max(x / 6 + 0.5f, 0.0f), 1.0f); }));
    r.addActivation("mish", plain([](float x) { return x * std::tanh(softplus(x)); }));
    r.addActivation("gelu", plain([](float x) {
                        return 0.5f * x * (1.0f + std::erf(x * static_cast<float>(M_SQRT1_2)));
                    }));
    r.addActivation("exp", plain([](float x) { return std::exp(x); }));
    r.addActivation("log", plain([](float x) { return std::log(x); }));
    r.addActivation("sqrt", plain([](float x) { return std::sqrt(x); }));
    r.addActivation("inv_pos", plain([](float x) { return 1.0f / x; }));
    r.addActivation("abs", plain([](float x) { return std::fabs(x); }));
    r.addActivation("softplus", plain([](float x) { return softplus(x); }));
    r.addActivation("softsign", plain([](float x) { return x / (1.0f + std::fabs(x)); }));
    r.addActivation("delta", plain([](float x) { return x == 0.0f ? 0.0f : 1.0f; }));
    r.addActivation("leaky", withParam("leaky_alpha", [](float x, float a) { return x < 0 ? a * x : x; }));
    r.addActivation("elu", withParam("elu_alpha",
                                     [](float x, float a) { return x < 0 ? a * std::expm1(x) : x; }));
    r.addActivation("swish", withParam("swish_beta", [](float x, float b) { return x * sigmoid(b * x); }));
    r.addActivation("threshold",
                    withParam("threshold", [](float x, float t) { return x > t ? x : 0.0f; }));
    r.addActivation("equal", withParam("compare_value", [](float x, float v) { return x == v ? 1.0f : 0.0f; }));
    r.addActivation("greater", withParam("compare_value", [](float x, float v) { return x > v ? 1.0f : 0.0f; }));
    r.addActivation("less", withParam("compare_value", [](float x, float v) { return x < v ? 1.0f : 0.0f; }));
    r.addActivation("max", withParam("compare_value", [](float x, float v) { return std::max(x, v); }));
    r.addActivation("min", withParam("compare_value", [](float x, float v) { return std::min(x, v); }));
    r.addActivation("hardsigmoid", [](const Layer& l) {
        const float a = activationParameter(l, "hardsigmoid_alpha"), b = activationParameter(l, "hardsigmoid_beta");
        return spanOf([a, b](float x) { return std::min(std::max(a * x + b, 0.0f), 1.0f); });
    });
    r.addActivation("clip", [](const Layer& l) {
        const float lo = activationParameter(l, "clip_min"), hi = activationParameter(l, "clip_max");
        return spanOf([lo, hi](float x) { return std::min(std::max(x, lo), hi); });
    });
    r.addActivation("prelu", [](const Layer& l) {
        const Tensor& slope = l.weight("prelu_slope");
        const std::vector<float> s = slope.data;
        return ActivationFn([s](float* d, int64_t pixels, int64_t c) {
            const bool scalar = s.size() == 1;
            if (!scalar && static_cast<int64_t>(s.size()) != c)
                fail(ErrorCode::InvalidGraph, "PReLU slope size differs from the features");
            for (int64_t p = 0; p < pixels; ++p)
                for (int64_t i = 0; i < c; ++i) {
                    float& x = d[p * c + i];
                    if (x < 0) x *= s[scalar ? 0 : i];
                }
        });
    });
}

}  // namespace dfc
