// Resize, Upsample, DepthToSpace, SpaceToDepth.
#include <cmath>

#include "importers/onnx/convert_context.h"

namespace dfc {
namespace {

void convertResize(ConvertContext& ctx, const OnnxNode& n)
{
    const Shape& in = ctx.value(n.inputs[0]).original;
    if (in.size() != 4) unsupported("only 2-D resizes are supported");
    const bool upsample = n.op == "Upsample";
    const int64_t opset = ctx.model.opset();
    std::vector<double> scales;
    std::vector<int64_t> sizes;
    if (upsample && n.hasAttr("scales")) {
        for (float s : n.attrFloats("scales")) scales.push_back(s);
    } else if (upsample || opset < 11) {
        scales = ctx.requireConstant(n, 1, "scales").values;
    } else {
        if (n.inputs.size() > 3 && !n.inputs[3].empty()) sizes = ctx.requireConstant(n, 3, "sizes").toInts();
        else if (const ConstTensor* s = n.inputs.size() > 2 ? ctx.constant(n.inputs[2]) : nullptr)
            scales = s->values;
        if (sizes.empty() && scales.empty()) unsupported("neither constant scales nor sizes are given");
    }
    if (!sizes.empty() && sizes.size() != 4) unsupported("sizes must have 4 values");
    if (!scales.empty() && scales.size() != 4) unsupported("scales must have 4 values");
    if ((!scales.empty() && (scales[0] != 1 || scales[1] != 1)) ||
        (!sizes.empty() && (sizes[0] != in[0] || sizes[1] != in[1])))
        unsupported("resizing the batch or channel axis is not supported");
    const std::string mode = n.attrString("mode", "nearest");
    if (mode != "nearest" && mode != "linear" && mode != "bilinear")
        unsupported("resize mode '" + mode + "' is not supported");
    std::string transform = n.attrString("coordinate_transformation_mode", "half_pixel");
    std::string nearest = n.attrString("nearest_mode", "round_prefer_floor");
    if (upsample || opset < 11) {
        transform = "asymmetric";
        nearest = "floor";
    }
    static const std::map<std::string, std::string> kModes = {
        {"half_pixel", "half_pixels"}, {"pytorch_half_pixel", "pytorch_half_pixels"},
        {"align_corners", "align_corners"}, {"asymmetric", "disabled"}};
    auto it = kModes.find(transform);
    if (it == kModes.end()) unsupported("coordinate transformation '" + transform + "' is not supported");
    if (n.attrInt("exclude_outside", 0) != 0) unsupported("exclude_outside is not supported");
    Layer& l = ctx.add("resize", n, "resize");
    l.params["method"] = mode == "nearest" ? "nearest_neighbor" : "bilinear";
    l.params["resize_bilinear_pixels_mode"] = it->second;
    l.params["nearest_mode"] = nearest;
    int64_t oh, ow;
    if (!sizes.empty()) {
        oh = sizes[2];
        ow = sizes[3];
    } else {
        oh = static_cast<int64_t>(std::floor(in[2] * scales[2]));
        ow = static_cast<int64_t>(std::floor(in[3] * scales[3]));
        l.params["scale_h"] = scales[2];
        l.params["scale_w"] = scales[3];
    }
    l.params["output_size"] = {oh, ow};
    l.params["resize_h_ratio_list"] = {double(oh) / in[2]};
    l.params["resize_w_ratio_list"] = {double(ow) / in[3]};
    ctx.attachUnary(l, n, 4);
}

void convertDepthToSpace(ConvertContext& ctx, const OnnxNode& n)
{
    if (ctx.rank(n.inputs[0]) != 4) unsupported("DepthToSpace needs a 4-D input");
    const int64_t b = n.attrInt("blocksize", 0);
    Layer& l = ctx.add("depth_to_space", n, "depth_to_space");
    l.params["block_sizes"] = {b, b};
    l.params["depth_to_space_type"] = n.attrString("mode", "DCR") == "CRD" ? "crd" : "dcr";
    ctx.attachUnary(l, n, 4);
}

void convertSpaceToDepth(ConvertContext& ctx, const OnnxNode& n)
{
    if (ctx.rank(n.inputs[0]) != 4) unsupported("SpaceToDepth needs a 4-D input");
    const int64_t b = n.attrInt("blocksize", 0);
    Layer& l = ctx.add("space_to_depth", n, "space_to_depth");
    l.params["block_sizes"] = {b, b};
    ctx.attachUnary(l, n, 4);
}

}  // namespace

void registerResizeConverters(OnnxConverterRegistry& r)
{
    r.add("Resize", convertResize);
    r.add("Upsample", convertResize);
    r.add("DepthToSpace", convertDepthToSpace);
    r.add("SpaceToDepth", convertSpaceToDepth);
}

}  // namespace dfc
