// Concat, Reshape/Flatten/Squeeze/Unsqueeze, Transpose, Pad, Slice, Split, Identity.
#include <numeric>

#include "importers/onnx/convert_context.h"
#include "ir/layout.h"

namespace dfc {
namespace {

int64_t normAxis(int64_t axis, int64_t rank)
{
    if (axis < -rank || axis >= rank) unsupported("axis out of range");
    return axis < 0 ? axis + rank : axis;
}

/// A reshape in the source layout from the data's shape to `target` (batch included).
void addReshape(ConvertContext& ctx, const OnnxNode& n, const std::string& data, Shape target)
{
    const Shape& in = ctx.value(data).original;
    if (target.empty() || target[0] != in[0]) unsupported("reshapes that change the batch axis are not supported");
    const Shape innerIn(in.begin() + 1, in.end()), innerOut(target.begin() + 1, target.end());
    if (shapeElements(innerIn) != shapeElements(innerOut)) unsupported("reshape changes the element count");
    const Shape internal = internalShapeOf(innerOut);  // throws Unsupported for rank > 4
    Layer& l = ctx.add("reshape", n, "reshape");
    l.params["target_shape"] = internal;
    l.params["original_input_shape"] = innerIn;
    l.params["original_output_shape"] = innerOut;
    ctx.connect(l, data);
    ctx.define(n.outputs[0], l, target);
}

void convertReshape(ConvertContext& ctx, const OnnxNode& n)
{
    const Shape& in = ctx.value(n.inputs[0]).original;
    auto target = ctx.requireConstant(n, 1, "shape").toInts();
    const bool allowZero = n.attrInt("allowzero", 0) != 0;
    int64_t known = 1, infer = -1;
    for (size_t i = 0; i < target.size(); ++i) {
        if (target[i] == 0 && !allowZero) {
            if (i >= in.size()) unsupported("0 in the target refers to a missing axis");
            target[i] = in[i];
        }
        if (target[i] == -1) infer = static_cast<int64_t>(i);
        else known *= target[i];
    }
    if (infer >= 0 && known > 0) target[infer] = shapeElements(in) / known;
    addReshape(ctx, n, n.inputs[0], Shape(target.begin(), target.end()));
}

void convertFlatten(ConvertContext& ctx, const OnnxNode& n)
{
    const Shape& in = ctx.value(n.inputs[0]).original;
    int64_t axis = n.attrInt("axis", 1);
    if (axis < 0) axis += static_cast<int64_t>(in.size());
    if (axis != 1) unsupported("only Flatten with axis 1 keeps the batch axis");
    addReshape(ctx, n, n.inputs[0], {in[0], shapeElements(in) / in[0]});
}

std::vector<int64_t> axesInputOrAttr(const ConvertContext& ctx, const OnnxNode& n)
{
    if (n.inputs.size() > 1 && !n.inputs[1].empty()) return ctx.requireConstant(n, 1, "axes").toInts();
    return n.attrInts("axes");
}

void convertSqueeze(ConvertContext& ctx, const OnnxNode& n)
{
    const Shape& in = ctx.value(n.inputs[0]).original;
    auto axes = axesInputOrAttr(ctx, n);
    for (auto& a : axes) a = normAxis(a, in.size());
    Shape out;
    for (size_t i = 0; i < in.size(); ++i) {
        const bool listed = std::find(axes.begin(), axes.end(), int64_t(i)) != axes.end();
        if (in[i] == 1 && (listed || axes.empty()) && i != 0) continue;
        out.push_back(in[i]);
    }
    addReshape(ctx, n, n.inputs[0], out);
}

void convertUnsqueeze(ConvertContext& ctx, const OnnxNode& n)
{
    Shape out = ctx.value(n.inputs[0]).original;
    auto axes = axesInputOrAttr(ctx, n);
    const int64_t rank = out.size() + axes.size();
    for (auto& a : axes) a = normAxis(a, rank);
    std::sort(axes.begin(), axes.end());
    for (int64_t a : axes) out.insert(out.begin() + a, 1);
    addReshape(ctx, n, n.inputs[0], out);
}

void convertTranspose(ConvertContext& ctx, const OnnxNode& n)
{
    const Shape& in = ctx.value(n.inputs[0]).original;
    auto perm = n.attrInts("perm");
    if (perm.empty()) unsupported("Transpose without perm reverses the batch axis");
    if (perm[0] != 0) unsupported("Transpose must keep the batch axis first");
    std::vector<int> inner;
    Shape out{in[0]};
    for (size_t i = 1; i < perm.size(); ++i) {
        inner.push_back(static_cast<int>(perm[i] - 1));
        out.push_back(in.at(perm[i]));
    }
    internalShapeOf(Shape(out.begin() + 1, out.end()));
    Layer& l = ctx.add("transpose", n, "transpose");
    l.params["original_perm"] = inner;
    l.params["original_input_shape"] = Shape(in.begin() + 1, in.end());
    ctx.connect(l, n.inputs[0]);
    ctx.define(n.outputs[0], l, out);
}

void convertPad(ConvertContext& ctx, const OnnxNode& n)
{
    const Shape& in = ctx.value(n.inputs[0]).original;
    if (n.attrString("mode", "constant") != "constant") unsupported("only constant padding is supported");
    std::vector<int64_t> pads;
    float value = 0;
    if (ctx.model.opset() < 11) {
        pads = n.attrInts("pads");
        value = n.attrFloat("value", 0.0f);
    } else {
        pads = ctx.requireConstant(n, 1, "pads").toInts();
        if (n.inputs.size() > 2 && !n.inputs[2].empty())
            value = static_cast<float>(ctx.requireConstant(n, 2, "constant_value").values.at(0));
    }
    const size_t r = in.size();
    if (pads.size() != 2 * r) unsupported("pads must have two values per axis");
    for (int64_t p : pads)
        if (p < 0) unsupported("negative pads (cropping) are not supported");
    if (pads[0] || pads[r]) unsupported("padding the batch axis is not supported");
    if (r != 4 && r != 3) unsupported("only spatial tensors can be padded");
    Layer& l = ctx.add("external_pad", n, "external_pad");
    const int64_t top = r == 4 ? pads[2] : 0, bottom = r == 4 ? pads[2 + r] : 0;
    l.params["external_pad_params"] = {top, bottom, pads[r - 1], pads[2 * r - 1]};
    l.params["features_pad"] = {pads[1], pads[1 + r]};
    l.params["pad_value"] = value;
    ctx.attachUnary(l, n, r);
}

/// The HN slice key of a source axis (1 = channels, then height/width).
const char* sliceKey(int64_t axis, size_t rank)
{
    if (axis == 1) return "features_slice";
    if (rank == 4 && axis == 2) return "height_slice";
    return "width_slice";
}

void addSlice(ConvertContext& ctx, const OnnxNode& n, const std::string& output, int64_t axis,
              int64_t start, int64_t stop, int64_t step)
{
    const Shape& in = ctx.value(n.inputs[0]).original;
    Layer& l = ctx.add("slice", n, "slice");
    l.params[sliceKey(axis, in.size())] = {start, stop, step};
    ctx.connect(l, n.inputs[0]);
    ctx.defineWithRank(output, l, in.size());
}

void convertSlice(ConvertContext& ctx, const OnnxNode& n)
{
    const Shape& in = ctx.value(n.inputs[0]).original;
    std::vector<int64_t> starts, ends, axes, steps;
    if (ctx.model.opset() < 10) {
        starts = n.attrInts("starts");
        ends = n.attrInts("ends");
        axes = n.attrInts("axes");
    } else {
        starts = ctx.requireConstant(n, 1, "starts").toInts();
        ends = ctx.requireConstant(n, 2, "ends").toInts();
        if (n.inputs.size() > 3 && !n.inputs[3].empty()) axes = ctx.requireConstant(n, 3, "axes").toInts();
        if (n.inputs.size() > 4 && !n.inputs[4].empty()) steps = ctx.requireConstant(n, 4, "steps").toInts();
    }
    if (axes.empty()) {
        axes.resize(starts.size());
        std::iota(axes.begin(), axes.end(), 0);
    }
    steps.resize(starts.size(), 1);
    if (in.size() != 4 && in.size() != 3 && in.size() != 2) unsupported("unsupported rank");
    Layer& l = ctx.add("slice", n, "slice");
    for (size_t i = 0; i < axes.size(); ++i) {
        const int64_t a = normAxis(axes[i], in.size()), dim = in[a];
        if (steps[i] <= 0) unsupported("only positive slice steps are supported");
        int64_t b = starts[i] < 0 ? starts[i] + dim : starts[i];
        int64_t e = ends[i] < 0 ? ends[i] + dim : ends[i];
        b = std::clamp<int64_t>(b, 0, dim);
        e = std::clamp<int64_t>(e, 0, dim);
        if (a == 0) {
            if (b != 0 || e != dim || steps[i] != 1) unsupported("slicing the batch axis is not supported");
            continue;
        }
        if (e <= b) unsupported("empty slice");
        l.params[sliceKey(a, in.size())] = {b, e == dim ? 0 : e, steps[i]};
    }
    ctx.attachUnary(l, n, in.size());
}

void convertSplit(ConvertContext& ctx, const OnnxNode& n)
{
    const Shape& in = ctx.value(n.inputs[0]).original;
    const int64_t axis = normAxis(n.attrInt("axis", 0), in.size());
    if (axis == 0) unsupported("splitting the batch axis is not supported");
    std::vector<int64_t> sizes = n.attrInts("split");
    if (n.inputs.size() > 1 && !n.inputs[1].empty()) sizes = ctx.requireConstant(n, 1, "split").toInts();
    if (sizes.empty()) sizes.assign(n.outputs.size(), in[axis] / static_cast<int64_t>(n.outputs.size()));
    if (sizes.size() != n.outputs.size()) unsupported("split sizes do not match the outputs");
    int64_t offset = 0;
    for (size_t i = 0; i < sizes.size(); ++i) {
        const int64_t stop = offset + sizes[i];
        addSlice(ctx, n, n.outputs[i], axis, offset, stop == in[axis] ? 0 : stop, 1);
        offset = stop;
    }
}

void convertConcat(ConvertContext& ctx, const OnnxNode& n)
{
    std::string data;
    for (const auto& i : n.inputs)
        if (!ctx.constant(i)) data = i;
    if (data.empty()) unsupported("all inputs are constant");
    const size_t rank = ctx.rank(data);
    const int64_t axis = normAxis(n.attrInt("axis", 1), rank);
    if (axis == 0) unsupported("concatenating along the batch axis is not supported");
    Layer& l = ctx.add("concat", n, "concat");
    l.params["concat_axis"] = axis == 1 ? "features" : (rank == 4 && axis == 2) ? "spatial_h" : "spatial_w";
    for (const auto& i : n.inputs) {
        if (const ConstTensor* c = ctx.constant(i)) {
            Layer& k = ctx.constantLayer(*c, rank, n);
            ctx.graph.connect(k.name, l.name);
            l.inputShapes.push_back(k.outputShape());
        } else {
            ctx.connect(l, i);
        }
    }
    ctx.defineWithRank(n.outputs[0], l, rank);
}

void convertIdentity(ConvertContext& ctx, const OnnxNode& n)
{
    if (n.op == "Dropout" && n.outputs.size() > 1 && ctx.isUsed(n.outputs[1]))
        unsupported("the mask output of Dropout is not supported");
    if (n.op == "Dropout" && n.inputs.size() > 2 && !n.inputs[2].empty()) {
        const ConstTensor* training = ctx.constant(n.inputs[2]);
        if (!training || training->values.at(0) != 0)
            unsupported("Dropout in training mode is random, not an identity");
    }
    if (n.op == "Cast") {
        const auto to = n.attrInt("to", onnx::TensorProto::FLOAT);
        if (to != onnx::TensorProto::FLOAT) unsupported("casts to non-float types are not supported");
    }
    ctx.alias(n.outputs[0], n.inputs[0]);
}

}  // namespace

void registerShapeConverters(OnnxConverterRegistry& r)
{
    r.add("Reshape", convertReshape);
    r.add("Flatten", convertFlatten);
    r.add("Squeeze", convertSqueeze);
    r.add("Unsqueeze", convertUnsqueeze);
    r.add("Transpose", convertTranspose);
    r.add("Pad", convertPad);
    r.add("Slice", convertSlice);
    r.add("Split", convertSplit);
    r.add("Concat", convertConcat);
    r.add("Identity", convertIdentity);
    r.add("Dropout", convertIdentity);
    r.add("Cast", convertIdentity);
}

}  // namespace dfc
