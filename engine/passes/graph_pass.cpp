#include "passes/graph_pass.h"

#include <cmath>

#include "ir/layer_kind.h"

namespace dfc {

const std::vector<GraphPass>& fusionPasses()
{
    static const std::vector<GraphPass> passes = {
        {"remove-identities", "Drops shortcut layers and reshapes that keep the data order.", removeIdentities},
        {"fuse-hardsigmoid", "x+3 → relu6 → /6 becomes a hardsigmoid activation.", fuseHardSigmoid},
        {"fuse-hardswish", "x · hardsigmoid(x) (and x·relu6(x+3)/6) becomes hardswish.", fuseHardSwish},
        {"fuse-silu", "x · sigmoid(x) becomes a silu activation.", fuseSilu},
        {"merge-normalizations", "Consecutive per-channel affine layers become one.", mergeNormalizations},
        {"fuse-conv-batchnorm", "Batch norms and affine layers after conv/dense fold into its weights.", fuseConvBatchNorm},
        {"fuse-activations", "A standalone activation after a layer becomes that layer's activation.", fuseActivations},
        {"fuse-flatten-dense", "A flatten before dense folds into the dense kernel's row order.", fuseFlattenDense},
        {"fuse-pad-window", "Zero padding before conv/dw/avgpool becomes their own padding.", fusePadIntoWindow},
    };
    return passes;
}

std::vector<std::pair<std::string, int>> runFusionPasses(Graph& g, const std::set<std::string>& disabled)
{
    std::vector<std::pair<std::string, int>> counts;
    for (const GraphPass& p : fusionPasses()) counts.emplace_back(p.id, 0);
    for (int round = 0; round < 8; ++round) {
        int total = 0;
        for (size_t i = 0; i < fusionPasses().size(); ++i) {
            const GraphPass& p = fusionPasses()[i];
            if (disabled.count(p.id)) continue;
            const int n = p.run(g);
            counts[i].second += n;
            total += n;
        }
        if (total == 0) break;
    }
    g.inferShapes();
    return counts;
}

Layer* soleConsumer(Graph& g, const Layer& l)
{
    if (l.outputs.size() != 1) return nullptr;
    Layer* c = g.find(l.outputs[0]);
    return c && c->type() != "output_layer" ? c : nullptr;
}

void mergeOriginalNames(Layer& into, const Layer& from, bool append)
{
    auto names = from.originalNames;
    if (append) into.originalNames.insert(into.originalNames.end(), names.begin(), names.end());
    else into.originalNames.insert(into.originalNames.begin(), names.begin(), names.end());
}

bool isScalarAffine(const Layer& l, float k, float b, float tol)
{
    if (l.type() != "normalization" || l.attr<std::string>("activation") != "linear") return false;
    for (float v : l.weight("kernel").data)
        if (std::fabs(v - k) > tol * std::max(1.0f, std::fabs(k))) return false;
    for (float v : l.weight("bias").data)
        if (std::fabs(v - b) > tol * std::max(1.0f, std::fabs(b))) return false;
    return true;
}

}  // namespace dfc
