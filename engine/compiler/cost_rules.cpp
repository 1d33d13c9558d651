#include "compiler/cost_rules.h"

#include <algorithm>

#include "ir/layer_kind.h"

namespace dfc::cost {

Geometry outputGeometry(const Layer& l, int port)
{
    const Shape s = l.outputShapes.empty() ? Shape{} : l.outputShape(port);
    Geometry g;
    if (s.size() >= 3) g = {s[s.size() - 3], s[s.size() - 2], s[s.size() - 1]};
    else if (s.size() == 2) g = {1, s[0], s[1]};
    else if (s.size() == 1) g = {1, 1, s[0]};
    return g;
}

double laneUse(int64_t columns, int64_t features)
{
    auto fill = [](int64_t n, int64_t lanes) { return double(n) / double(lanes * ((n + lanes - 1) / lanes)); };
    return std::max(fill(columns, 8) * fill(features, 8), fill(columns, 16) * fill(features, 4));
}

void setOutput(LayerDemand& d, const Layer& l, const LayerBits& bits)
{
    const Geometry g = outputGeometry(l);
    const int64_t bytes = bits.activation / 8;
    d.outputRowBytes = g.w * g.c * bytes;
    d.outputRows = g.h;
    d.outputBytes = d.outputElements = 0;
    for (size_t p = 0; p < l.outputShapes.size(); ++p) d.outputElements += shapeElements(l.outputShape(int(p)));
    d.outputBytes = d.outputElements * bytes;
}

double bitsSlowdown(const LayerBits& bits) { return (bits.activation > 8 ? 2.0 : 1.0) * (bits.weight > 8 ? 2.0 : 1.0); }

}  // namespace dfc::cost
