// Layout and shape operators: CONCATENATION, RESHAPE / SQUEEZE / EXPAND_DIMS, TRANSPOSE,
// PAD / PADV2 / MIRROR_PAD, RESIZE_*, DEPTH_TO_SPACE, SPACE_TO_DEPTH, STRIDED_SLICE, SLICE,
// SPLIT / SPLIT_V, reductions (MEAN, SUM, REDUCE_MAX, REDUCE_MIN), ARG_MAX, CAST.
#include <limits>

#include "importers/tflite/tflite_lowering.h"
#include "importers/tflite/tflite_subset_generated.h"

namespace dfc {
namespace {

int in0(const TfliteLoweringContext& ctx) { return ctx.op->inputs.at(0); }
int out0(const TfliteLoweringContext& ctx) { return ctx.op->outputs.at(0); }

std::vector<int64_t> constInts(const TfliteLoweringContext& ctx, int t, const std::string& what)
{
    return ctx.requireConstant(t, what).toInts();
}

/// TFLite axis of ONNX axis k for a tensor of `rank`.
int64_t tfliteAxisOf(size_t k, size_t rank) { return rank == 4 ? kTfliteToOnnxPerm[k] : static_cast<int64_t>(k); }

void lowerReshape(TfliteLoweringContext& ctx)
{
    ctx.reshape(ctx.input(in0(ctx)), ctx.shape(in0(ctx)), ctx.shape(out0(ctx)), ctx.output(out0(ctx)));
}

void lowerConcatenation(TfliteLoweringContext& ctx)
{
    const auto* o = ctx.op->raw->builtin_options_as_ConcatenationOptions();
    if (!o) unsupportedTflite("ConcatenationOptions are missing");
    const int out = out0(ctx);
    std::vector<std::string> inputs;
    for (int t : ctx.op->inputs) inputs.push_back(ctx.input(t));
    const int act = static_cast<int>(o->fused_activation_function());
    const std::string pre = ctx.preActivation(act, out);
    setInt(ctx.node("Concat", inputs, {pre}), "axis", onnxAxis(o->axis(), ctx.rank(out)));
    ctx.fusedActivation(act, pre, ctx.output(out));
}

void lowerTranspose(TfliteLoweringContext& ctx)
{
    const std::vector<int64_t> perm = constInts(ctx, ctx.op->inputs.at(1), "permutation");
    const size_t r = ctx.rank(in0(ctx));
    if (perm.size() != r) unsupportedTflite("the permutation does not match the input's rank");
    // ONNX axis k of the output holds TFLite output axis P(k) = input axis perm[P(k)], which is
    // ONNX input axis Q(perm[P(k)]).
    std::vector<int64_t> q(r);
    for (size_t k = 0; k < r; ++k) {
        const int64_t a = perm.at(static_cast<size_t>(tfliteAxisOf(k, r)));
        if (a < 0 || a >= static_cast<int64_t>(r)) unsupportedTflite("the permutation is invalid");
        q[k] = onnxAxis(a, r);
    }
    setInts(ctx.node("Transpose", {ctx.input(in0(ctx))}, {ctx.output(out0(ctx))}), "perm", q);
}

void lowerPad(TfliteLoweringContext& ctx)
{
    const int x = in0(ctx);
    const size_t r = ctx.rank(x);
    const std::vector<int64_t> p = constInts(ctx, ctx.op->inputs.at(1), "paddings");
    if (p.size() != 2 * r) unsupportedTflite("paddings must be [rank, 2]");
    std::vector<int64_t> pads(2 * r);
    for (size_t k = 0; k < r; ++k) {
        const auto a = static_cast<size_t>(tfliteAxisOf(k, r));
        pads[k] = p[2 * a];
        pads[k + r] = p[2 * a + 1];
    }
    std::vector<std::string> inputs = {ctx.input(x), ctx.ints(pads, ctx.output(out0(ctx)) + "/pads")};
    std::string mode = "constant";
    if (ctx.op->type == "PADV2" && ctx.op->inputs.size() > 2 && ctx.op->inputs[2] >= 0) {
        const ConstTensor v = ctx.requireConstant(ctx.op->inputs[2], "padding value");
        inputs.push_back(ctx.floats({static_cast<float>(v.values.at(0))}, {}, ctx.output(out0(ctx)) + "/value"));
    } else if (ctx.op->type == "MIRROR_PAD") {
        const auto* o = ctx.op->raw->builtin_options_as_MirrorPadOptions();
        if (o && o->mode() != 0) unsupportedTflite("SYMMETRIC mirror padding is not supported");
        mode = "reflect";
    }
    setString(ctx.node("Pad", inputs, {ctx.output(out0(ctx))}), "mode", mode);
}

void lowerResize(TfliteLoweringContext& ctx, bool bilinear)
{
    bool alignCorners = false, halfPixel = false;
    if (bilinear) {
        if (const auto* o = ctx.op->raw->builtin_options_as_ResizeBilinearOptions())
            alignCorners = o->align_corners(), halfPixel = o->half_pixel_centers();
    } else if (const auto* o = ctx.op->raw->builtin_options_as_ResizeNearestNeighborOptions()) {
        alignCorners = o->align_corners(), halfPixel = o->half_pixel_centers();
    }
    const int x = in0(ctx), out = out0(ctx);
    if (ctx.rank(x) != 4 || ctx.rank(out) != 4) unsupportedTflite("input and output must have rank 4");
    const Shape& s = ctx.shape(out);
    const std::string name = ctx.output(out);
    const std::string sizes = ctx.ints({s[0], s[3], s[1], s[2]}, name + "/sizes");
    onnx::NodeProto& n = ctx.node("Resize", {ctx.input(x), "", "", sizes}, {name});
    setString(n, "mode", bilinear ? "linear" : "nearest");
    setString(n, "coordinate_transformation_mode",
              alignCorners ? "align_corners" : halfPixel ? "half_pixel" : "asymmetric");
    // TF's nearest rounds half up where it rounds at all, and floors in the asymmetric mode.
    if (!bilinear) setString(n, "nearest_mode", alignCorners || halfPixel ? "round_prefer_ceil" : "floor");
}

TfliteLowerer blockOp(const char* onnxOp)
{
    return [onnxOp](TfliteLoweringContext& ctx) {
        int64_t block = 0;
        if (const auto* o = ctx.op->raw->builtin_options_as_DepthToSpaceOptions()) block = o->block_size();
        if (const auto* o = ctx.op->raw->builtin_options_as_SpaceToDepthOptions()) block = o->block_size();
        if (block <= 0) unsupportedTflite("the block size is missing");
        onnx::NodeProto& n = ctx.node(onnxOp, {ctx.input(in0(ctx))}, {ctx.output(out0(ctx))});
        setInt(n, "blocksize", block);
        if (std::string(onnxOp) == "DepthToSpace") setString(n, "mode", "DCR");  // TF's channel order
    };
}

/// ONNX Slice over the axes that change; begin/end/step in TFLite axes.
void emitSlice(TfliteLoweringContext& ctx, const std::vector<int64_t>& begin, const std::vector<int64_t>& end,
               const std::vector<int64_t>& step, const std::string& out)
{
    const size_t r = ctx.rank(in0(ctx));
    std::vector<int64_t> starts, ends, axes, steps;
    for (size_t k = 0; k < r; ++k) {
        const auto a = static_cast<size_t>(tfliteAxisOf(k, r));
        const int64_t dim = ctx.shape(in0(ctx))[a];
        if (begin[a] == 0 && step[a] == 1 && end[a] >= dim) continue;
        starts.push_back(begin[a]);
        ends.push_back(end[a]);
        axes.push_back(static_cast<int64_t>(k));
        steps.push_back(step[a]);
    }
    if (axes.empty()) {
        ctx.node("Identity", {ctx.input(in0(ctx))}, {out});
        return;
    }
    ctx.node("Slice", {ctx.input(in0(ctx)), ctx.ints(starts, out + "/starts"), ctx.ints(ends, out + "/ends"),
                       ctx.ints(axes, out + "/axes"), ctx.ints(steps, out + "/steps")}, {out});
}

void lowerStridedSlice(TfliteLoweringContext& ctx)
{
    const auto* o = ctx.op->raw->builtin_options_as_StridedSliceOptions();
    if (o && (o->ellipsis_mask() || o->new_axis_mask() || o->offset()))
        unsupportedTflite("ellipsis, new-axis masks and offsets are not supported");
    const size_t r = ctx.rank(in0(ctx));
    std::vector<int64_t> begin = constInts(ctx, ctx.op->inputs.at(1), "begin");
    std::vector<int64_t> end = constInts(ctx, ctx.op->inputs.at(2), "end");
    std::vector<int64_t> step = ctx.op->inputs.size() > 3 ? constInts(ctx, ctx.op->inputs[3], "strides")
                                                          : std::vector<int64_t>(r, 1);
    if (begin.size() != r || end.size() != r || step.size() != r) unsupportedTflite("begin/end/strides must match the rank");
    const int beginMask = o ? o->begin_mask() : 0, endMask = o ? o->end_mask() : 0;
    const int shrink = o ? o->shrink_axis_mask() : 0;
    constexpr int64_t kMax = std::numeric_limits<int32_t>::max();
    Shape sliced;
    size_t outAxis = 0;
    for (size_t a = 0; a < r; ++a) {
        if (step[a] == 0) unsupportedTflite("a stride is zero");
        if (beginMask >> a & 1) begin[a] = step[a] > 0 ? 0 : kMax;
        if (endMask >> a & 1) end[a] = step[a] > 0 ? kMax : -kMax;
        if (shrink >> a & 1) {
            const int64_t dim = ctx.shape(in0(ctx))[a];
            if (begin[a] < 0) begin[a] += dim;
            end[a] = begin[a] + 1;
            step[a] = 1;
            sliced.push_back(1);
        } else {
            sliced.push_back(ctx.shape(out0(ctx)).at(outAxis++));
        }
    }
    const std::string& out = ctx.output(out0(ctx));
    if (!shrink) return emitSlice(ctx, begin, end, step, out);
    const std::string tmp = ctx.temp(out + "/sliced");
    emitSlice(ctx, begin, end, step, tmp);
    ctx.reshape(tmp, sliced, ctx.shape(out0(ctx)), out);
}

void lowerSlice(TfliteLoweringContext& ctx)
{
    const std::vector<int64_t> begin = constInts(ctx, ctx.op->inputs.at(1), "begin");
    std::vector<int64_t> size = constInts(ctx, ctx.op->inputs.at(2), "size");
    const Shape& s = ctx.shape(in0(ctx));
    if (begin.size() != s.size() || size.size() != s.size()) unsupportedTflite("begin/size must match the rank");
    std::vector<int64_t> end(s.size()), step(s.size(), 1);
    for (size_t a = 0; a < s.size(); ++a) end[a] = size[a] < 0 ? s[a] : begin[a] + size[a];
    emitSlice(ctx, begin, end, step, ctx.output(out0(ctx)));
}

void emitSplit(TfliteLoweringContext& ctx, int x, int64_t axis, const std::vector<int64_t>& sizes)
{
    std::vector<std::string> outs;
    for (int t : ctx.op->outputs) outs.push_back(ctx.output(t));
    const size_t r = ctx.rank(x);
    setInt(ctx.node("Split", {ctx.input(x), ctx.ints(sizes, outs.at(0) + "/split")}, outs), "axis", onnxAxis(axis, r));
}

void lowerSplit(TfliteLoweringContext& ctx)
{
    const int x = ctx.op->inputs.at(1);
    const int64_t axis = constInts(ctx, ctx.op->inputs.at(0), "axis").at(0);
    const size_t n = ctx.op->outputs.size();
    const int64_t dim = ctx.shape(x).at(static_cast<size_t>(axis < 0 ? axis + static_cast<int64_t>(ctx.rank(x)) : axis));
    if (n == 0 || dim % static_cast<int64_t>(n)) unsupportedTflite("the axis does not split evenly");
    emitSplit(ctx, x, axis, std::vector<int64_t>(n, dim / static_cast<int64_t>(n)));
}

void lowerSplitV(TfliteLoweringContext& ctx)
{
    const int x = ctx.op->inputs.at(0);
    const int64_t axis = constInts(ctx, ctx.op->inputs.at(2), "axis").at(0);
    std::vector<int64_t> sizes;
    for (int t : ctx.op->outputs) {  // the stored output shapes resolve a -1 entry
        const size_t a = static_cast<size_t>(axis < 0 ? axis + static_cast<int64_t>(ctx.rank(x)) : axis);
        sizes.push_back(ctx.shape(t).at(a));
    }
    emitSplit(ctx, x, axis, sizes);
}

TfliteLowerer reduce(const char* onnxOp)
{
    return [onnxOp](TfliteLoweringContext& ctx) {
        const int x = in0(ctx), out = out0(ctx);
        const size_t r = ctx.rank(x);
        const auto* o = ctx.op->raw->builtin_options_as_ReducerOptions();
        Shape kept = ctx.shape(x);
        std::vector<int64_t> axes;
        for (int64_t a : constInts(ctx, ctx.op->inputs.at(1), "axes")) {
            axes.push_back(onnxAxis(a, r));
            kept.at(static_cast<size_t>(a < 0 ? a + static_cast<int64_t>(r) : a)) = 1;
        }
        std::sort(axes.begin(), axes.end());
        axes.erase(std::unique(axes.begin(), axes.end()), axes.end());
        const bool keep = o && o->keep_dims();
        const std::string& name = ctx.output(out);
        const std::string target = keep ? name : ctx.temp(name + "/kept");
        std::vector<std::string> inputs = {ctx.input(x)};
        const bool axesAsInput = std::string(onnxOp) == "ReduceSum";  // opset 13
        if (axesAsInput) inputs.push_back(ctx.ints(axes, name + "/axes"));
        onnx::NodeProto& n = ctx.node(onnxOp, inputs, {target});
        if (!axesAsInput) setInts(n, "axes", axes);
        setInt(n, "keepdims", 1);
        if (!keep) ctx.reshape(target, kept, ctx.shape(out), name);
    };
}

void lowerArgMax(TfliteLoweringContext& ctx)
{
    const int x = in0(ctx), out = out0(ctx);
    const size_t r = ctx.rank(x);
    int64_t axis = constInts(ctx, ctx.op->inputs.at(1), "axis").at(0);
    if (axis < 0) axis += static_cast<int64_t>(r);
    Shape kept = ctx.shape(x);
    kept.at(static_cast<size_t>(axis)) = 1;
    const std::string& name = ctx.output(out);
    const std::string tmp = ctx.temp(name + "/kept");
    onnx::NodeProto& n = ctx.node("ArgMax", {ctx.input(x)}, {tmp});
    setInt(n, "axis", onnxAxis(axis, r));
    setInt(n, "keepdims", 1);
    ctx.reshape(tmp, kept, ctx.shape(out), name);
}

void lowerCast(TfliteLoweringContext& ctx)
{
    auto isFloat = [&](int t) {
        const int type = ctx.model.tensor(t).type;
        return type == static_cast<int>(tfl::TensorType::FLOAT32) || type == static_cast<int>(tfl::TensorType::FLOAT16);
    };
    if (!isFloat(in0(ctx)) || !isFloat(out0(ctx))) unsupportedTflite("only casts between float types are supported");
    ctx.node("Identity", {ctx.input(in0(ctx))}, {ctx.output(out0(ctx))});
}

}  // namespace

void registerTfliteShapeLowerings(TfliteLoweringRegistry& r)
{
    r.add("RESHAPE", lowerReshape);
    r.add("SQUEEZE", lowerReshape);
    r.add("EXPAND_DIMS", lowerReshape);
    r.add("CONCATENATION", lowerConcatenation);
    r.add("TRANSPOSE", lowerTranspose);
    r.add("PAD", lowerPad);
    r.add("PADV2", lowerPad);
    r.add("MIRROR_PAD", lowerPad);
    r.add("RESIZE_BILINEAR", [](TfliteLoweringContext& ctx) { lowerResize(ctx, true); });
    r.add("RESIZE_NEAREST_NEIGHBOR", [](TfliteLoweringContext& ctx) { lowerResize(ctx, false); });
    r.add("DEPTH_TO_SPACE", blockOp("DepthToSpace"));
    r.add("SPACE_TO_DEPTH", blockOp("SpaceToDepth"));
    r.add("STRIDED_SLICE", lowerStridedSlice);
    r.add("SLICE", lowerSlice);
    r.add("SPLIT", lowerSplit);
    r.add("SPLIT_V", lowerSplitV);
    r.add("MEAN", reduce("ReduceMean"));
    r.add("SUM", reduce("ReduceSum"));
    r.add("REDUCE_MAX", reduce("ReduceMax"));
    r.add("REDUCE_MIN", reduce("ReduceMin"));
    r.add("ARG_MAX", lowerArgMax);
    r.add("CAST", lowerCast);
}

}  // namespace dfc
