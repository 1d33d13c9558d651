// Folds a batch_norm or normalization that is the sole consumer of a conv/dw/deconv/dense into
// its kernel and bias: w' = w·s[c], b' = b·s[c] + t[c]. Also merges chains of normalizations.
#include "ir/kinds/kinds.h"
#include "ir/layer_kind.h"
#include "passes/graph_pass.h"

namespace dfc {
namespace {

bool scaleShiftOf(const Layer& l, std::vector<float>& scale, std::vector<float>& shift)
{
    if (l.type() == "batch_norm") {
        batchNormScaleShift(l, scale, shift);
        return true;
    }
    if (l.type() == "normalization") {
        scale = l.weight("kernel").data;
        shift = l.weight("bias").data;
        return true;
    }
    return false;
}

bool isWeighted(const Layer& l)
{
    const std::string& t = l.type();
    return t == "conv" || t == "dw" || t == "deconv" || t == "dense";
}

}  // namespace

int fuseConvBatchNorm(Graph& g)
{
    int count = 0;
    for (const std::string& name : g.layerNames()) {
        Layer* l = g.find(name);
        if (!l || !isWeighted(*l) || l->attr<std::string>("activation") != "linear") continue;
        Layer* bn = soleConsumer(g, *l);
        std::vector<float> scale, shift;
        if (!bn || bn->inputs.size() != 1 || !scaleShiftOf(*bn, scale, shift)) continue;
        Tensor& k = l->weights.at("kernel");
        std::vector<float>& bias = l->weights.at("bias").data;
        if (scale.size() != bias.size() || k.size() % static_cast<int64_t>(scale.size()) != 0) continue;
        for (int64_t i = 0; i < k.size(); ++i) k.data[i] *= scale[i % scale.size()];
        for (size_t c = 0; c < bias.size(); ++c) bias[c] = bias[c] * scale[c] + shift[c];
        if (bn->type() == "batch_norm") l->params["batch_norm"] = true;
        l->params["activation"] = bn->attr<std::string>("activation");
        mergeOriginalNames(*l, *bn);
        g.bypass(bn->name);
        ++count;
    }
    return count;
}

int mergeNormalizations(Graph& g)
{
    int count = 0;
    for (const std::string& name : g.layerNames()) {
        Layer* a = g.find(name);
        if (!a || a->type() != "normalization" || a->attr<std::string>("activation") != "linear") continue;
        Layer* b = soleConsumer(g, *a);
        if (!b || b->type() != "normalization" || b->inputs.size() != 1) continue;
        auto& ka = a->weights.at("kernel").data;
        auto& ba = a->weights.at("bias").data;
        const auto& kb = b->weight("kernel").data;
        const auto& bb = b->weight("bias").data;
        if (ka.size() != kb.size()) continue;
        for (size_t c = 0; c < ka.size(); ++c) {
            ka[c] *= kb[c];
            ba[c] = ba[c] * kb[c] + bb[c];
        }
        a->params["activation"] = b->attr<std::string>("activation");
        mergeOriginalNames(*a, *b);
        g.bypass(b->name);
        ++count;
    }
    return count;
}

}  // namespace dfc
