// Shortcut layers, and reshapes whose input and output are the same tensor, do nothing.
#include "ir/layer_kind.h"
#include "passes/graph_pass.h"

namespace dfc {

int removeIdentities(Graph& g)
{
    int count = 0;
    for (const std::string& name : g.layerNames()) {
        Layer* l = g.find(name);
        if (!l || l->inputs.size() != 1) continue;
        const bool shortcut = l->type() == "shortcut";
        const bool noopReshape = l->type() == "reshape" && l->inputShapes.at(0) == l->outputShape() &&
                                 l->attr<Shape>("original_input_shape") == l->attr<Shape>("original_output_shape");
        if (!shortcut && !noopReshape) continue;
        if (Layer* producer = g.find(l->inputs[0])) mergeOriginalNames(*producer, *l);
        g.bypass(name);
        ++count;
    }
    return count;
}

}  // namespace dfc
