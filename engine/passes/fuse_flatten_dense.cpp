// A reshape (flatten) feeding only a dense layer is absorbed: the dense kernel's rows are
// reordered so that it reads the un-flattened tensor in our channel-last order directly.
#include <numeric>

#include "ir/layout.h"
#include "ir/layer_kind.h"
#include "passes/graph_pass.h"

namespace dfc {

int fuseFlattenDense(Graph& g)
{
    int count = 0;
    for (const std::string& name : g.layerNames()) {
        Layer* r = g.find(name);
        if (!r || r->type() != "reshape" || r->inputs.size() != 1) continue;
        Layer* d = soleConsumer(g, *r);
        if (!d || d->type() != "dense") continue;
        const Shape in = r->inputShapes.at(0);
        const int64_t n = shapeElements(in);
        if (n >= (int64_t{1} << 24)) continue;  // positions must stay exact in float
        Shape batched{1};
        batched.insert(batched.end(), in.begin(), in.end());
        Tensor positions(batched);
        std::iota(positions.data.begin(), positions.data.end(), 0.0f);
        const Tensor moved = reshapeInternal(positions, r->attr<Shape>("original_input_shape"),
                                             r->attr<Shape>("original_output_shape"), r->outputShape());
        Tensor& k = d->weights.at("kernel");
        const int64_t cols = k.dim(1);
        if (k.dim(0) != n) continue;
        Tensor reordered(k.shape);
        for (int64_t row = 0; row < n; ++row) {
            const int64_t src = static_cast<int64_t>(moved.data[row]);
            std::copy_n(k.ptr() + row * cols, cols, reordered.ptr() + src * cols);
        }
        k = std::move(reordered);
        mergeOriginalNames(*d, *r, false);
        g.bypass(r->name);
        d->inputShapes = {in};
        ++count;
    }
    return count;
}

}  // namespace dfc
