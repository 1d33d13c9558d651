// Zero padding of height/width before a conv, dw or count-including avgpool becomes that
// layer's own padding, saving a layer and a buffer.
#include "ir/layer_kind.h"
#include "passes/graph_pass.h"

namespace dfc {

int fusePadIntoWindow(Graph& g)
{
    int count = 0;
    for (const std::string& name : g.layerNames()) {
        Layer* e = g.find(name);
        if (!e || e->type() != "external_pad" || e->attr<float>("pad_value") != 0.0f) continue;
        if (e->attr<std::vector<int64_t>>("features_pad") != std::vector<int64_t>{0, 0}) continue;
        Layer* c = soleConsumer(g, *e);
        if (!c) continue;
        const bool conv = c->type() == "conv" || c->type() == "dw";
        auto pads = c->attr<std::vector<int64_t>>("pads");
        const bool zeroPads = pads == std::vector<int64_t>{0, 0, 0, 0};
        const bool avg = c->type() == "avgpool" && (c->attr<bool>("count_include_pad") || zeroPads);
        if (!conv && !avg) continue;
        const auto p = e->attr<std::vector<int64_t>>("external_pad_params");  // t, b, l, r
        pads = {pads[0] + p[0], pads[1] + p[2], pads[2] + p[1], pads[3] + p[3]};
        c->params["pads"] = pads;
        c->params["padding"] = pads[0] == pads[2] && pads[1] == pads[3] ? "SAME" : "SAME_TENSORFLOW";
        if (avg) c->params["count_include_pad"] = true;
        mergeOriginalNames(*c, *e, false);
        g.bypass(e->name);
        ++count;
    }
    return count;
}

}  // namespace dfc
