// A standalone activation whose producer can apply activations itself (and feeds nothing else)
// becomes the producer's "activation" attribute.
#include <set>

#include "ir/activation.h"
#include "ir/layer_kind.h"
#include "passes/graph_pass.h"

namespace dfc {

int fuseActivations(Graph& g)
{
    int count = 0;
    for (const std::string& name : g.layerNames()) {
        Layer* a = g.find(name);
        if (!a || a->type() != "activation" || a->inputs.size() != 1) continue;
        Layer* p = g.find(a->inputs[0]);
        if (!p || p->type() == "activation" || !p->kind->defaults.contains("activation") ||
            p->attr<std::string>("activation") != "linear" || soleConsumer(g, *p) != a)
            continue;
        const ActivationKind& act = ActivationRegistry::instance().get(a->attr<std::string>("activation"));
        for (auto it = a->params.begin(); it != a->params.end(); ++it) p->params[it.key()] = it.value();
        if (!act.weight.empty()) p->weights[act.weight] = a->weight(act.weight);
        mergeOriginalNames(*p, *a);
        g.bypass(a->name);
        ++count;
    }
    return count;
}

}  // namespace dfc
