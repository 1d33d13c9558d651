// Cost rules of the layers that compute on subclusters: convolutions, dense, matmul, pooling,
// element-wise and activation layers, resize, reductions.
#include "compiler/cost_rules.h"
#include "ir/kinds/kinds.h"
#include "ir/layer_kind.h"

namespace dfc {
namespace {

using cost::Geometry;

/// Kernel and bias bytes: weights at the layer's weight bits, biases 32-bit.
int64_t storedWeightBytes(const Layer& l, const LayerBits& bits)
{
    int64_t bytes = 0;
    for (const auto& [name, t] : l.weights) bytes += name == "bias" ? t.size() * 4 : (t.size() * bits.weight + 7) / 8;
    return bytes;
}

LayerDemand computing(const Layer& l, const LayerBits& bits, int64_t ops)
{
    LayerDemand d;
    cost::setOutput(d, l, bits);
    const Geometry g = cost::outputGeometry(l);
    d.ops = ops;
    d.usesSubclusters = ops > 0;
    d.laneUse = cost::laneUse(g.w, g.c);
    d.bitsSlowdown = cost::bitsSlowdown(bits);
    d.weightBytes = storedWeightBytes(l, bits);
    return d;
}

LayerDemand convolution(const Layer& l, const LayerBits& bits)
{
    LayerDemand d = computing(l, bits, layerMacs(l));
    const Tensor& k = l.weight("kernel");
    const Window w = windowOf(l, k.dim(0), k.dim(1));
    d.inputRowsPerOutputRow = static_cast<int>(w.dh * (w.kh - 1) + 1);
    return d;
}

LayerDemand dense(const Layer& l, const LayerBits& bits)
{
    LayerDemand d = computing(l, bits, layerMacs(l));
    // Its lanes run over the output features; the columns take successive input elements.
    d.laneUse = cost::laneUse(8, cost::outputGeometry(l).c);
    d.needsWholeInput = !l.inputShapes.empty() && l.inputShapes[0].size() > 1;
    return d;
}

LayerDemand matmul(const Layer& l, const LayerBits& bits)
{
    LayerDemand d = computing(l, bits, layerMacs(l));
    d.needsWholeInput = true;  // the second operand is read whole for every row of the first
    return d;
}

LayerDemand pooling(const Layer& l, const LayerBits& bits)
{
    LayerDemand d = computing(l, bits, layerMacs(l));
    const auto ks = l.attr<std::vector<int64_t>>("kernel_shape");
    d.inputRowsPerOutputRow = static_cast<int>(ks.at(1));
    return d;
}

/// One operation per output element (element-wise, activations, affine normalizations) or as
/// the kind counts its MACs (pooling windows, resize taps, reductions).
LayerDemand perElement(const Layer& l, const LayerBits& bits)
{
    return computing(l, bits, std::max(layerMacs(l), l.outputShapes.empty() ? 0 : shapeElements(l.outputShape())));
}

}  // namespace

void registerComputeCosts(LayerCostRegistry& r)
{
    for (const char* t : {"conv", "dw", "deconv"}) r.add(t, convolution);
    r.add("dense", dense);
    r.add("matmul", matmul);
    for (const char* t : {"maxpool", "avgpool"}) r.add(t, pooling);
    for (const char* t : {"global_avg_pool", "activation", "batch_norm", "normalization", "ew_add", "ew_sub", "ew_mult", "ew_div",
                          "ew_min", "ew_max", "resize", "reduce_max", "reduce_min", "reduce_sum", "reduce_mean",
                          "reduce_sum_square", "softmax", "argmax"})
        r.add(t, perElement);
}

}  // namespace dfc
