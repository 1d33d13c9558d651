// Activation patterns that exporters spell out with several ops:
//   hardsigmoid: (x + 3) → relu6 → · 1/6          hardswish: x · hardsigmoid(x), x · relu6(x+3) / 6
//   silu: x · sigmoid(x)
#include <cmath>

#include "ir/layer_kind.h"
#include "passes/graph_pass.h"

namespace dfc {
namespace {

bool isActivation(const Layer* l, const std::string& name)
{
    return l && l->type() == "activation" && l->attr<std::string>("activation") == name;
}

/// relu6, or clip to [0, 6].
bool isRelu6(const Layer* l)
{
    if (isActivation(l, "relu6")) return true;
    return isActivation(l, "clip") && l->params.value("clip_min", -1.0) == 0.0 &&
           l->params.value("clip_max", -1.0) == 6.0;
}

bool isHardSigmoid16(const Layer* l)
{
    return isActivation(l, "hardsigmoid") &&
           std::fabs(l->params.value("hardsigmoid_alpha", 0.2) - 1.0 / 6) < 1e-4 &&
           std::fabs(l->params.value("hardsigmoid_beta", 0.5) - 0.5) < 1e-4;
}

void becomeActivation(Layer& l, const std::string& name, nlohmann::json params = nlohmann::json::object())
{
    l.kind = &LayerKindRegistry::instance().get("activation");
    l.weights.clear();
    l.params = params;
    l.params["activation"] = name;
}

/// For ew_mult `m`, the input that is not `other`'s producer chain; "" when m is not x·f(x).
const Layer* otherInput(Graph& g, const Layer& m, const Layer& f)
{
    if (m.inputs.size() != 2) return nullptr;
    const std::string& x = m.inputs[0] == f.name ? m.inputs[1] : m.inputs[0];
    return g.find(x);
}

}  // namespace

int fuseHardSigmoid(Graph& g)
{
    int count = 0;
    for (const std::string& name : g.layerNames()) {
        Layer* n1 = g.find(name);
        if (!n1 || !isScalarAffine(*n1, 1.0f, 3.0f)) continue;
        Layer* r = soleConsumer(g, *n1);
        if (!isRelu6(r)) continue;
        Layer* n2 = soleConsumer(g, *r);
        if (!n2 || !isScalarAffine(*n2, 1.0f / 6, 0.0f, 1e-4f)) continue;
        mergeOriginalNames(*n1, *r);
        mergeOriginalNames(*n1, *n2);
        becomeActivation(*n1, "hardsigmoid", {{"hardsigmoid_alpha", 1.0 / 6}, {"hardsigmoid_beta", 0.5}});
        const std::string rName = r->name, n2Name = n2->name;
        g.bypass(rName);
        g.bypass(n2Name);
        ++count;
    }
    return count;
}

int fuseHardSwish(Graph& g)
{
    int count = 0;
    for (const std::string& name : g.layerNames()) {
        Layer* m = g.find(name);
        if (!m || m->type() != "ew_mult" || m->inputs.size() != 2) continue;
        for (int side = 0; side < 2; ++side) {
            Layer* f = g.find(m->inputs[side]);
            const Layer* x = f ? otherInput(g, *m, *f) : nullptr;
            if (!f || !x || f->inputs.size() != 1 || soleConsumer(g, *f) != m) continue;
            if (isHardSigmoid16(f) && f->inputs[0] == x->name) {
                mergeOriginalNames(*m, *f, false);
                g.removeLayer(f->name);
                becomeActivation(*m, "hardswish");
                ++count;
                break;
            }
            // x · relu6(x + 3), then · 1/6
            Layer* n1 = g.find(f->inputs[0]);
            Layer* n2 = soleConsumer(g, *m);
            if (isRelu6(f) && n1 && isScalarAffine(*n1, 1.0f, 3.0f) && n1->inputs.size() == 1 &&
                n1->inputs[0] == x->name && soleConsumer(g, *n1) == f && n2 &&
                isScalarAffine(*n2, 1.0f / 6, 0.0f, 1e-4f)) {
                mergeOriginalNames(*m, *f, false);
                mergeOriginalNames(*m, *n1, false);
                mergeOriginalNames(*m, *n2);
                const std::string n1Name = n1->name, n2Name = n2->name;
                g.removeLayer(f->name);
                g.removeLayer(n1Name);
                g.bypass(n2Name);
                becomeActivation(*m, "hardswish");
                ++count;
                break;
            }
        }
    }
    return count;
}

int fuseSilu(Graph& g)
{
    int count = 0;
    for (const std::string& name : g.layerNames()) {
        Layer* m = g.find(name);
        if (!m || m->type() != "ew_mult" || m->inputs.size() != 2) continue;
        for (int side = 0; side < 2; ++side) {
            Layer* s = g.find(m->inputs[side]);
            const Layer* x = s ? otherInput(g, *m, *s) : nullptr;
            if (!isActivation(s, "sigmoid") || !x || s->inputs.size() != 1 ||
                s->inputs[0] != x->name || soleConsumer(g, *s) != m)
                continue;
            mergeOriginalNames(*m, *s, false);
            g.removeLayer(s->name);
            becomeActivation(*m, "silu");
            ++count;
            break;
        }
    }
    return count;
}

}  // namespace dfc
