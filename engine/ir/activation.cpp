#include "ir/activation.h"

#include "core/error.h"

namespace dfc {

const ActivationRegistry& ActivationRegistry::instance()
{
    static const ActivationRegistry registry = [] {
        ActivationRegistry r;
        r.add({"linear", "x"});
        r.add({"relu", "max(x, 0)"});
        r.add({"relu6", "min(max(x, 0), 6)"});
        r.add({"leaky", "x < 0 ? alpha·x : x", {{"leaky_alpha", 0.01}}});
        r.add({"prelu", "x < 0 ? slope[c]·x : x", {}, "prelu_slope"});
        r.add({"elu", "x < 0 ? alpha·(exp(x) − 1) : x", {{"elu_alpha", 1.0}}});
        r.add({"sigmoid", "1 / (1 + exp(−x))"});
        r.add({"tanh", "tanh(x)"});
        r.add({"silu", "x · sigmoid(x)"});
        r.add({"swish", "x · sigmoid(beta·x)", {{"swish_beta", 1.0}}});
        r.add({"hardsigmoid", "clip(alpha·x + beta, 0, 1)",
               {{"hardsigmoid_alpha", 0.2}, {"hardsigmoid_beta", 0.5}}});
        r.add({"hardswish", "x · clip(x/6 + 1/2, 0, 1)"});
        r.add({"mish", "x · tanh(softplus(x))"});
        r.add({"gelu", "x/2 · (1 + erf(x/√2))"});
        r.add({"exp", "exp(x)"});
        r.add({"log", "log(x)"});
        r.add({"sqrt", "sqrt(x)"});
        r.add({"inv_pos", "1 / x (for x > 0)"});
        r.add({"abs", "|x|"});
        r.add({"softplus", "log(1 + exp(x))"});
        r.add({"softsign", "x / (1 + |x|)"});
        r.add({"clip", "min(max(x, lo), hi)", {{"clip_min", 0.0}, {"clip_max", 6.0}}});
        r.add({"threshold", "x > t ? x : 0", {{"threshold", 1.0}}});
        r.add({"delta", "x == 0 ? 0 : 1"});
        r.add({"equal", "x == v ? 1 : 0", {{"compare_value", 0.0}}});
        r.add({"greater", "x > v ? 1 : 0", {{"compare_value", 0.0}}});
        r.add({"less", "x < v ? 1 : 0", {{"compare_value", 0.0}}});
        r.add({"max", "max(x, v)", {{"compare_value", 0.0}}});
        r.add({"min", "min(x, v)", {{"compare_value", 0.0}}});
        return r;
    }();
    return registry;
}

void ActivationRegistry::add(ActivationKind kind)
{
    const std::string name = kind.name;
    mKinds.emplace(name, std::move(kind));
}

const ActivationKind* ActivationRegistry::find(const std::string& name) const
{
    auto it = mKinds.find(name);
    return it == mKinds.end() ? nullptr : &it->second;
}

const ActivationKind& ActivationRegistry::get(const std::string& name) const
{
    if (const ActivationKind* k = find(name)) return *k;
    fail(ErrorCode::Unsupported, "unknown activation '" + name + "'");
}

std::vector<const ActivationKind*> ActivationRegistry::all() const
{
    std::vector<const ActivationKind*> out;
    for (const auto& [_, k] : mKinds) out.push_back(&k);
    return out;
}

}  // namespace dfc
