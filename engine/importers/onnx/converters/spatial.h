#pragma once
// Reading ONNX windowed-op attributes (kernel, strides, dilations, pads, auto_pad) into our
// explicit [top, left, bottom, right] padding. 1-D ops (rank 3) become 1×k windows.
#include <string>
#include <vector>

#include "importers/onnx/onnx_model.h"

namespace dfc {

struct SpatialAttrs {
    std::vector<int64_t> strides{1, 1}, dilations{1, 1};
    std::vector<int64_t> pads{0, 0, 0, 0};  ///< top, left, bottom, right
};

SpatialAttrs readSpatialAttrs(const OnnxNode& n, size_t rank, std::vector<int64_t> kernel,
                              const Shape& input, bool transposed = false);
/// "VALID", "SAME" (symmetric) or "SAME_TENSORFLOW" (more at the end), for the HN record.
std::string paddingLabel(const std::vector<int64_t>& pads);

}  // namespace dfc
