// Spatial resampling and depth/space rearrangements.
#include "core/error.h"
#include "ir/kinds/kinds.h"

namespace dfc {

void registerResizeKinds(LayerKindRegistry& r)
{
    r.add({.type = "resize",
           .category = LayerCategory::Resize,
           .summary = "Nearest-neighbour or bilinear resize to output_size [h, w].",
           .defaults = {{"method", "nearest_neighbor"},
                        {"resize_bilinear_pixels_mode", "half_pixels"},
                        {"nearest_mode", "round_prefer_floor"},
                        {"output_size", nlohmann::json::array()}},
           .inferShapes = [](const Layer& l, const std::vector<Shape>& in) {
               const Hwc x = toHwc(in[0]);
               auto size = l.attr<std::vector<int64_t>>("output_size");
               const std::string m = l.attr<std::string>("method");
               if (size.size() != 2) fail(ErrorCode::InvalidGraph, "output_size needs [h, w]");
               if (m != "nearest_neighbor" && m != "bilinear")
                   fail(ErrorCode::InvalidGraph, "unknown resize method '" + m + "'");
               return std::vector<Shape>{{size[0], size[1], x.c}};
           },
           .macs = [](const Layer& l) { return 4 * shapeElements(l.outputShape()); }});
    r.add({.type = "depth_to_space",
           .category = LayerCategory::Resize,
           .summary = "Moves blocks of features into space (dcr or crd order).",
           .defaults = {{"block_sizes", {2, 2}}, {"depth_to_space_type", "dcr"}},
           .inferShapes = [](const Layer& l, const std::vector<Shape>& in) {
               const Hwc x = toHwc(in[0]);
               auto b = l.attr<std::vector<int64_t>>("block_sizes");
               if (b.size() != 2 || b[0] <= 0 || b[1] <= 0 || x.c % (b[0] * b[1]) != 0)
                   fail(ErrorCode::InvalidGraph, "block size must divide the features");
               return std::vector<Shape>{{x.h * b[0], x.w * b[1], x.c / (b[0] * b[1])}};
           }});
    r.add({.type = "space_to_depth",
           .category = LayerCategory::Resize,
           .summary = "Moves blocks of space into features.",
           .defaults = {{"block_sizes", {2, 2}}, {"space_to_depth_type", "classic_dcr"}},
           .inferShapes = [](const Layer& l, const std::vector<Shape>& in) {
               const Hwc x = toHwc(in[0]);
               auto b = l.attr<std::vector<int64_t>>("block_sizes");
               if (b.size() != 2 || b[0] <= 0 || b[1] <= 0 || x.h % b[0] || x.w % b[1])
                   fail(ErrorCode::InvalidGraph, "block size must divide height and width");
               return std::vector<Shape>{{x.h / b[0], x.w / b[1], x.c * b[0] * b[1]}};
           }});
}

}  // namespace dfc
