#pragma once
// Camera formats an input_conversion can take on chip, converted to YUV ("hailo_yuv": H×W×3,
// channels Y, U, V). Our tensor layouts for the source formats (NHWC, one byte per element):
//   yuy2  H×W×2   per pixel Y, then U on even columns and V on odd ones (packed 4:2:2)
//   nv12  (3H/2)×W×1   H rows of Y, then H/2 rows of interleaved U,V (4:2:0)
//   nv21  as nv12 with V,U interleaved
//   i420  (3H/2)×W×1   the Y plane, then the U plane (H/2 × W/2), then the V plane, each
//         plane stored contiguously row after row
// One definition of where every output element comes from, for shape inference and kernels.
#include <cstdint>
#include <string>

#include "ir/tensor.h"

namespace dfc {

/// The conversion types the emulator models ("<format>_to_hailo_yuv").
bool isModelledFormatConversion(const std::string& type);

/// The source-format shape [rows, cols, channels] that converts to an H×W YUV image.
Shape formatSourceShape(const std::string& type, int64_t h, int64_t w);
/// The YUV image [H, W, 3] a source-format shape converts to; throws InvalidGraph when the
/// shape is not one of that format (odd sizes, wrong channel count).
Shape formatOutputShape(const std::string& type, const Shape& source);

/// Index into one source image (row-major over its [rows, cols, channels]) of output element
/// (y, x, channel) of an H×W image.
int64_t formatSourceIndex(const std::string& type, int64_t h, int64_t w, int64_t y, int64_t x, int channel);

}  // namespace dfc
