// Boundary layers: network inputs, outputs and constant inputs, and on-chip input format
// conversions.
#include "core/error.h"
#include "ir/kinds/format_conversion.h"
#include "ir/kinds/kinds.h"

namespace dfc {

void registerIoKinds(LayerKindRegistry& r)
{
    r.add({.type = "input_layer",
           .category = LayerCategory::Io,
           .summary = "A network input; its shape is the declared input shape (NHWC).",
           .minInputs = 0,
           .maxInputs = 0,
           .inferShapes = [](const Layer& l, const std::vector<Shape>&) {
               if (l.inputShapes.size() != 1)
                   fail(ErrorCode::InvalidGraph, "input layer needs exactly one input shape");
               return std::vector<Shape>{l.inputShapes[0]};
           }});
    r.add({.type = "output_layer",
           .category = LayerCategory::Io,
           .summary = "A network output; passes its producer's tensor out of the device.",
           .inferShapes = sameAsFirstInput});
    r.add({.type = "const_input",
           .category = LayerCategory::Io,
           .summary = "A constant tensor fed to a layer as an input (stored as parameter 'const').",
           .weightNames = {"const"},
           .minInputs = 0,
           .maxInputs = 0,
           .inferShapes = [](const Layer& l, const std::vector<Shape>&) {
               return std::vector<Shape>{l.weight("const").shape};
           }});
    r.add({.type = "format_conversion",
           .category = LayerCategory::Io,
           .summary = "Converts a camera format (YUY2, NV12, NV21, i420) to YUV on chip.",
           .defaults = {{"conversion_type", "nv12_to_hailo_yuv"}},
           .modelled = [](const nlohmann::json& p) {
               return p.is_object() && p.contains("conversion_type") && p["conversion_type"].is_string() &&
                      isModelledFormatConversion(p["conversion_type"].get<std::string>());
           },
           .inferShapes = [](const Layer& l, const std::vector<Shape>& in) {
               return std::vector<Shape>{formatOutputShape(l.attr<std::string>("conversion_type"), in.at(0))};
           }});
    // Vendor layer types we do not model (nms, format_conversion, bbox_decoder …) still open
    // for viewing: the vendor's type string is kept in "hn_type" and written back unchanged.
    r.add({.type = "opaque",
           .category = LayerCategory::Shape,
           .summary = "A layer type from a vendor HN that we show but cannot emulate.",
           .defaults = {{"hn_type", ""}},
           .minInputs = 0,
           .maxInputs = -1,
           .viewOnly = true,
           .inferShapes = [](const Layer& l, const std::vector<Shape>& in) {
               if (!l.outputShapes.empty()) return std::vector<Shape>{l.outputShapes[0]};
               if (in.empty()) fail(ErrorCode::InvalidGraph, "opaque layer without declared output shape");
               return std::vector<Shape>{in[0]};
           }});
}

}  // namespace dfc
