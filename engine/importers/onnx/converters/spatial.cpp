#include "importers/onnx/converters/spatial.h"

#include "importers/onnx/convert_context.h"

namespace dfc {

SpatialAttrs readSpatialAttrs(const OnnxNode& n, size_t rank, std::vector<int64_t> kernel,
                              const Shape& input, bool transposed)
{
    SpatialAttrs a;
    const bool oneD = rank == 3;
    auto twoD = [&](std::vector<int64_t> v, int64_t def) {
        if (v.empty()) return std::vector<int64_t>{def, def};
        if (oneD && v.size() == 1) return std::vector<int64_t>{1, v[0]};
        if (v.size() != 2) unsupported("expected 2 spatial values");
        return v;
    };
    a.strides = twoD(n.attrInts("strides"), 1);
    a.dilations = twoD(n.attrInts("dilations"), 1);
    const std::vector<int64_t> inSpatial = oneD ? std::vector<int64_t>{1, input.at(2)}
                                                : std::vector<int64_t>{input.at(2), input.at(3)};
    const std::string autoPad = n.attrString("auto_pad", "NOTSET");
    if (autoPad == "SAME_UPPER" || autoPad == "SAME_LOWER") {
        for (int i = 0; i < 2; ++i) {
            const int64_t span = (kernel[i] - 1) * a.dilations[i] + 1;
            int64_t total;
            if (transposed) total = std::max<int64_t>(0, span - a.strides[i]);
            else {
                const int64_t out = (inSpatial[i] + a.strides[i] - 1) / a.strides[i];
                total = std::max<int64_t>(0, (out - 1) * a.strides[i] + span - inSpatial[i]);
            }
            const int64_t small = total / 2, large = total - small;
            const bool extraAtEnd = autoPad == "SAME_UPPER";
            a.pads[i] = extraAtEnd ? small : large;
            a.pads[i + 2] = extraAtEnd ? large : small;
        }
    } else if (autoPad == "NOTSET") {
        auto p = n.attrInts("pads");
        if (p.empty()) p.assign(oneD ? 2 : 4, 0);
        if (oneD && p.size() == 2) a.pads = {0, p[0], 0, p[1]};
        else if (p.size() == 4) a.pads = {p[0], p[1], p[2], p[3]};
        else unsupported("pads must have 2 values per spatial axis");
    } else if (autoPad != "VALID") {
        unsupported("unknown auto_pad '" + autoPad + "'");
    }
    for (int64_t p : a.pads)
        if (p < 0) unsupported("negative pads are not supported");
    return a;
}

std::string paddingLabel(const std::vector<int64_t>& p)
{
    if (p[0] == 0 && p[1] == 0 && p[2] == 0 && p[3] == 0) return "VALID";
    if (p[0] == p[2] && p[1] == p[3]) return "SAME";
    return "SAME_TENSORFLOW";
}

}  // namespace dfc
