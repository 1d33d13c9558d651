// MaxPool, AveragePool, GlobalAveragePool, GlobalMaxPool → pooling layers.
#include "importers/onnx/convert_context.h"
#include "importers/onnx/converters/spatial.h"

namespace dfc {
namespace {

OnnxConverter pool(const std::string& type)
{
    return [type](ConvertContext& ctx, const OnnxNode& n) {
        const size_t rank = ctx.rank(n.inputs[0]);
        if (rank != 4 && rank != 3) unsupported("only 1-D and 2-D pooling is supported");
        if (n.outputs.size() > 1 && ctx.isUsed(n.outputs[1]))
            unsupported("the Indices output of MaxPool is not supported");
        if (n.attrInt("storage_order", 0) != 0) unsupported("storage_order 1 is not supported");
        auto k = n.attrInts("kernel_shape");
        if (rank == 3 && k.size() == 1) k.insert(k.begin(), 1);
        if (k.size() != 2) unsupported("kernel_shape must have one value per spatial axis");
        const Shape& in = ctx.value(n.inputs[0]).original;
        SpatialAttrs a = readSpatialAttrs(n, rank, k, in);
        Layer& l = ctx.add(type, n, type);
        std::vector<int64_t> ceilPad{0, 0};
        if (n.attrInt("ceil_mode", 0)) {
            const int64_t spatial[2] = {rank == 4 ? in[2] : 1, in.back()};
            for (int i = 0; i < 2; ++i) {
                const int64_t span = (k[i] - 1) * a.dilations[i] + 1;
                const int64_t padded = spatial[i] + a.pads[i] + a.pads[i + 2];
                const int64_t out = (padded - span + a.strides[i] - 1) / a.strides[i] + 1;
                ceilPad[i] = std::max<int64_t>(0, (out - 1) * a.strides[i] + span - padded);
                a.pads[i + 2] += ceilPad[i];
            }
        }
        l.params["kernel_shape"] = {1, k[0], k[1], 1};
        l.params["strides"] = {1, a.strides[0], a.strides[1], 1};
        if (a.dilations != std::vector<int64_t>{1, 1})
            unsupported("dilated pooling is not supported");
        l.params["pads"] = a.pads;
        l.params["ceil_pad"] = ceilPad;
        l.params["padding"] = paddingLabel(a.pads);
        l.params["count_include_pad"] = n.attrInt("count_include_pad", 0) != 0;
        ctx.attachUnary(l, n, rank);
    };
}

void convertGlobalAvgPool(ConvertContext& ctx, const OnnxNode& n)
{
    const size_t rank = ctx.rank(n.inputs[0]);
    if (rank != 4 && rank != 3) unsupported("global pooling needs a spatial input");
    Layer& l = ctx.add("global_avg_pool", n, "avgpool");
    ctx.attachUnary(l, n, rank);
}

void convertGlobalMaxPool(ConvertContext& ctx, const OnnxNode& n)
{
    const size_t rank = ctx.rank(n.inputs[0]);
    if (rank != 4 && rank != 3) unsupported("global pooling needs a spatial input");
    const Shape& in = ctx.value(n.inputs[0]).original;
    Layer& l = ctx.add("maxpool", n, "maxpool");
    const int64_t h = rank == 4 ? in[2] : 1, w = in.back();
    l.params["kernel_shape"] = {1, h, w, 1};
    l.params["strides"] = {1, h, w, 1};
    ctx.attachUnary(l, n, rank);
}

}  // namespace

void registerPoolConverters(OnnxConverterRegistry& r)
{
    r.add("MaxPool", pool("maxpool"));
    r.add("AveragePool", pool("avgpool"));
    r.add("GlobalAveragePool", convertGlobalAvgPool);
    r.add("GlobalMaxPool", convertGlobalMaxPool);
}

}  // namespace dfc
