// ReduceMean/Max/Min/Sum/SumSquare, Softmax, ArgMax.
#include "importers/onnx/convert_context.h"
#include "ir/layer_kind.h"
#include "ir/layout.h"

namespace dfc {
namespace {

/// Source axis → internal [H,W,C] (or [C]) axis.
int64_t internalAxis(int64_t axis, size_t rank)
{
    if (axis == 1) return rank == 2 ? 0 : 2;
    if (rank == 4) return axis - 2;  // 2 → H, 3 → W
    return 1;                        // rank 3: 2 → W
}

OnnxConverter reduce(const std::string& type)
{
    return [type](ConvertContext& ctx, const OnnxNode& n) {
        const Shape& in = ctx.value(n.inputs[0]).original;
        const size_t rank = in.size();
        std::vector<int64_t> axes = n.attrInts("axes");
        if (n.inputs.size() > 1 && !n.inputs[1].empty()) axes = ctx.requireConstant(n, 1, "axes").toInts();
        if (axes.empty())
            for (size_t i = 0; i < rank; ++i) axes.push_back(static_cast<int64_t>(i));
        for (auto& a : axes) {
            if (a < 0) a += rank;
            if (a == 0 && in[0] != 1) unsupported("reducing over the batch axis is not supported");
        }
        std::erase(axes, 0);
        std::sort(axes.begin(), axes.end());
        const bool keep = n.attrInt("keepdims", 1) != 0;
        const bool spatialMean = type == "reduce_mean" && rank == 4 && axes == std::vector<int64_t>{2, 3};
        Layer& l = spatialMean ? ctx.add("global_avg_pool", n, "avgpool") : ctx.add(type, n, type);
        if (!spatialMean) {
            std::vector<int64_t> internal;
            for (int64_t a : axes) internal.push_back(internalAxis(a, rank));
            l.params["reduce_axes"] = internal;
        }
        ctx.connect(l, n.inputs[0]);
        Shape out = in;
        for (int64_t a : axes) out[a] = 1;
        if (keep) {
            ctx.define(n.outputs[0], l, out);
            return;
        }
        Shape dropped;
        for (size_t i = 0; i < rank; ++i)
            if (std::find(axes.begin(), axes.end(), int64_t(i)) == axes.end()) dropped.push_back(in[i]);
        if (dropped.size() < 2) unsupported("reducing every non-batch axis without keepdims");
        // Dropping size-1 axes keeps the data order only when the channels stay last internally.
        inferLayerShapes(l);
        Layer& r = ctx.add("reshape", n, "reshape");
        r.params["target_shape"] = internalShapeOf(Shape(dropped.begin() + 1, dropped.end()));
        r.params["original_input_shape"] = Shape(out.begin() + 1, out.end());
        r.params["original_output_shape"] = Shape(dropped.begin() + 1, dropped.end());
        ctx.graph.connect(l.name, r.name);
        r.inputShapes.push_back(l.outputShape());
        ctx.define(n.outputs[0], r, dropped);
    };
}

void convertSoftmax(ConvertContext& ctx, const OnnxNode& n)
{
    const Shape& in = ctx.value(n.inputs[0]).original;
    const int64_t rank = in.size();
    int64_t axis = n.attrInt("axis", ctx.model.opset() < 13 ? 1 : -1);
    if (axis < 0) axis += rank;
    bool channels = axis == 1 && (ctx.model.opset() >= 13 || rank == 2 ||
                                  shapeElements(in) == in[0] * in[1]);
    if (rank == 2 && axis == 1) channels = true;
    if (!channels) unsupported("softmax is supported over the channel axis only");
    Layer& l = ctx.add("softmax", n, "softmax");
    ctx.attachUnary(l, n, rank);
}

void convertArgMax(ConvertContext& ctx, const OnnxNode& n)
{
    const Shape& in = ctx.value(n.inputs[0]).original;
    if (n.attrInt("axis", 0) != 1) unsupported("argmax is supported over the channel axis only");
    if (n.attrInt("keepdims", 1) != 1) unsupported("argmax needs keepdims=1");
    if (n.attrInt("select_last_index", 0) != 0) unsupported("select_last_index is not supported");
    Layer& l = ctx.add("argmax", n, "argmax");
    ctx.attachUnary(l, n, in.size());
}

}  // namespace

void registerReduceConverters(OnnxConverterRegistry& r)
{
    r.add("ReduceMean", reduce("reduce_mean"));
    r.add("ReduceMax", reduce("reduce_max"));
    r.add("ReduceMin", reduce("reduce_min"));
    r.add("ReduceSum", reduce("reduce_sum"));
    r.add("ReduceSumSquare", reduce("reduce_sum_square"));
    r.add("Softmax", convertSoftmax);
    r.add("ArgMax", convertArgMax);
}

}  // namespace dfc
