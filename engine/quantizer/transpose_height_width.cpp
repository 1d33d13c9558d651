#include "quantizer/transpose_height_width.h"

#include <deque>
#include <set>

#include "core/error.h"
#include "ir/layer_kind.h"
#include "ir/layout.h"

namespace dfc {
namespace {

/// Swaps entries i and j of a list attribute (the kind's default when not set explicitly).
void swapAttr(Layer& l, const std::string& key, size_t i, size_t j)
{
    if (!l.params.contains(key) && !l.kind->defaults.contains(key)) return;
    nlohmann::json v = l.attr(key);
    if (!v.is_array() || v.size() <= std::max(i, j)) fail(ErrorCode::InvalidGraph, key + " of '" + l.name + "' is too short");
    std::swap(v[i], v[j]);
    l.params[key] = std::move(v);
}

void swapAttrs(Layer& l, const std::string& a, const std::string& b)
{
    nlohmann::json va = l.attr(a), vb = l.attr(b);
    l.params[a] = std::move(vb);
    l.params[b] = std::move(va);
}

/// Every tensor the layer reads or writes has no extent in height and width: swapping them
/// changes nothing, whatever the kind does.
bool spatiallyTrivial(const Layer& l)
{
    auto flat = [](const Shape& s) { return s.size() != 3 || (s[0] == 1 && s[1] == 1); };
    for (const Shape& s : l.inputShapes)
        if (!flat(s)) return false;
    for (const Shape& s : l.outputShapes)
        if (!flat(s)) return false;
    return true;
}

TransposeRule unchanged() { return [](Layer&) {}; }

TransposeRule refuse(std::string reason)
{
    return [reason](Layer& l) {
        if (!spatiallyTrivial(l)) fail(ErrorCode::Unsupported, "'" + l.name + "' (" + l.hnType() + ") cannot run transposed: " + reason);
    };
}

/// Convolutions and pools: kernel, strides, dilations, pads [top, left, bottom, right].
void transposeWindow(Layer& l)
{
    swapAttr(l, "strides", 1, 2);
    swapAttr(l, "dilations", 1, 2);
    swapAttr(l, "pads", 0, 1);
    swapAttr(l, "pads", 2, 3);
    swapAttr(l, "kernel_shape", 1, 2);  // pools; [1, kh, kw, 1]
    swapAttr(l, "ceil_pad", 0, 1);
    swapAttr(l, "output_padding", 0, 1);
    if (l.hasWeight("kernel")) l.weights["kernel"] = transposeTensor(l.weights["kernel"], {1, 0, 2, 3});
}

/// A dense layer reading an [H, W, C] tensor (a fused flatten): rows follow the swapped order.
void transposeDense(Layer& l)
{
    const Shape& in = l.inputShapes.at(0);
    if (in.size() != 3) return;
    Tensor& k = l.weights.at("kernel");
    const int64_t h = in[0], w = in[1], c = in[2], cols = k.dim(1);
    if (k.dim(0) != h * w * c) fail(ErrorCode::InvalidGraph, "kernel of '" + l.name + "' does not fit its input");
    Tensor rows(k.shape);
    for (int64_t y = 0; y < h; ++y)
        for (int64_t x = 0; x < w; ++x)
            std::copy_n(k.ptr() + (y * w + x) * c * cols, c * cols, rows.ptr() + (x * h + y) * c * cols);
    k = std::move(rows);
}

/// A transpose layer conjugated by the swap: perm'[i] = S[perm[S[i]]] with S the swap of the
/// two spatial axes (in our [H, W, C], or in the source's [C, H, W] with original_perm).
void transposeTranspose(Layer& l)
{
    const auto originalPerm = l.attr<std::vector<int>>("original_perm");
    const bool original = !originalPerm.empty();
    const std::vector<int> swap = original ? std::vector<int>{0, 2, 1} : std::vector<int>{1, 0, 2};
    const auto perm = original ? originalPerm : l.attr<std::vector<int>>("perm");
    if (perm.size() != 3) {
        refuse("only rank-3 permutations can be conjugated")(l);
        return;
    }
    std::vector<int> conjugated(3);
    for (int i = 0; i < 3; ++i) conjugated[i] = swap[perm[swap[i]]];
    if (!original) {
        l.params["perm"] = conjugated;
        return;
    }
    const Shape src = l.attr<Shape>("original_input_shape");
    l.params["original_perm"] = conjugated;
    l.params["original_input_shape"] = Shape{src.at(0), src.at(2), src.at(1)};
}

void transposeInput(Layer& l) { l.inputShapes.at(0) = swapHeightWidth(l.inputShapes.at(0)); }

void transposeConstant(Layer& l)
{
    Tensor& t = l.weights.at("const");
    if (t.rank() == 3) t = transposeTensor(t, {1, 0, 2});
}

void transposeConcat(Layer& l)
{
    const std::string axis = l.attr<std::string>("concat_axis");
    if (axis == "spatial_h") l.params["concat_axis"] = "spatial_w";
    else if (axis == "spatial_w") l.params["concat_axis"] = "spatial_h";
}

void transposeReduce(Layer& l)
{
    if (l.inputShapes.at(0).size() != 3) return;
    auto axes = l.attr<std::vector<int64_t>>("reduce_axes");
    for (int64_t& a : axes) a = a == 0 ? 1 : a == 1 ? 0 : a;
    l.params["reduce_axes"] = axes;
}

}  // namespace

const TransposeRuleRegistry& TransposeRuleRegistry::instance()
{
    static const TransposeRuleRegistry registry = [] {
        TransposeRuleRegistry r;
        // Position-wise or per-feature: nothing depends on which spatial axis is which.
        for (const char* t : {"activation", "batch_norm", "normalization", "ew_add", "ew_sub", "ew_mult", "ew_div", "ew_min",
                              "ew_max", "softmax", "argmax", "global_avg_pool", "feature_splitter", "feature_shuffle",
                              "shortcut", "output_layer"})
            r.add(t, unchanged());
        for (const char* t : {"conv", "dw", "deconv", "maxpool", "avgpool"}) r.add(t, transposeWindow);
        for (const char* t : {"reduce_max", "reduce_min", "reduce_sum", "reduce_mean", "reduce_sum_square"}) r.add(t, transposeReduce);
        r.add("dense", transposeDense);
        r.add("input_layer", transposeInput);
        r.add("const_input", transposeConstant);
        r.add("concat", transposeConcat);
        r.add("slice", [](Layer& l) { swapAttrs(l, "height_slice", "width_slice"); });
        r.add("external_pad", [](Layer& l) {  // [top, bottom, left, right]
            swapAttr(l, "external_pad_params", 0, 2);
            swapAttr(l, "external_pad_params", 1, 3);
        });
        r.add("resize", [](Layer& l) { swapAttr(l, "output_size", 0, 1); });
        r.add("transpose", transposeTranspose);
        r.add("matmul", refuse("each row multiplies its own matrix of the second input; swapped, rows and matrices no longer pair up"));
        r.add("reshape", refuse("a reshape that moves data between height, width and features depends on their order"));
        r.add("depth_to_space", refuse("depth-to-space is not supported in a transposed network (as on the vendor's tools)"));
        r.add("space_to_depth", refuse("space-to-depth is not supported in a transposed network (as on the vendor's tools)"));
        r.add("format_conversion", refuse("camera formats pack pixels along rows"));
        r.add("opaque", refuse("the vendor layer type is not modelled here"));
        return r;
    }();
    return registry;
}

std::vector<std::string> transposeHeightWidth(Graph& graph, const std::vector<std::string>& inputs)
{
    std::deque<std::string> queue;
    for (const std::string& name : inputs) {
        if (graph.layer(name).type() != "input_layer") fail(ErrorCode::InvalidArgument, "'" + name + "' is not an input layer");
        queue.push_back(name);
    }
    if (inputs.empty())
        for (const Layer* l : graph.inputLayers()) queue.push_back(l->name);
    std::set<std::string> component;  // connected through edges in either direction
    while (!queue.empty()) {
        const std::string name = queue.front();
        queue.pop_front();
        if (!component.insert(name).second) continue;
        const Layer& l = graph.layer(name);
        for (const auto* next : {&l.inputs, &l.outputs}) queue.insert(queue.end(), next->begin(), next->end());
    }
    Graph turned = graph;
    std::map<std::string, std::vector<Shape>> expected;
    std::vector<std::string> order;
    for (Layer* l : turned.topoOrder()) {
        if (!component.count(l->name)) continue;
        const TransposeRule* rule = TransposeRuleRegistry::instance().find(l->type());
        if (!rule) fail(ErrorCode::Internal, "no transpose rule for layer kind '" + l->type() + "'");
        for (const Shape& s : l->outputShapes) expected[l->name].push_back(swapHeightWidth(s));
        (*rule)(*l);
        if (runsTransposed(*l)) l->params.erase("transposed");  // transposing twice restores the layer
        else l->params["transposed"] = true;
        order.push_back(l->name);
    }
    turned.inferShapes();
    for (const auto& [name, shapes] : expected)
        if (turned.layer(name).outputShapes != shapes)
            fail(ErrorCode::Internal, "transposing '" + name + "' gave " + shapeToString(turned.layer(name).outputShape()) +
                                          ", not " + shapeToString(shapes.at(0)));
    graph = std::move(turned);
    return order;
}

}  // namespace dfc
