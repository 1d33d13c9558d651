#include "ir/kinds/format_conversion.h"

#include "core/error.h"

namespace dfc {
namespace {

bool planar420(const std::string& type) { return type == "nv12_to_hailo_yuv" || type == "nv21_to_hailo_yuv" || type == "i420_to_hailo_yuv"; }

}  // namespace

bool isModelledFormatConversion(const std::string& type) { return type == "yuy2_to_hailo_yuv" || planar420(type); }

Shape formatSourceShape(const std::string& type, int64_t h, int64_t w)
{
    if (type == "yuy2_to_hailo_yuv") return {h, w, 2};
    if (planar420(type)) return {h * 3 / 2, w, 1};
    fail(ErrorCode::Unsupported, "format conversion '" + type + "' is not modelled");
}

Shape formatOutputShape(const std::string& type, const Shape& s)
{
    if (s.size() != 3) fail(ErrorCode::InvalidGraph, "a format conversion reads an image [rows, cols, channels]");
    if (type == "yuy2_to_hailo_yuv") {
        if (s[2] != 2 || s[1] % 2 != 0) fail(ErrorCode::InvalidGraph, "YUY2 input must be H×W×2 with an even width");
        return {s[0], s[1], 3};
    }
    if (planar420(type)) {
        if (s[2] != 1 || s[0] % 3 != 0 || (2 * s[0] / 3) % 2 != 0 || s[1] % 2 != 0)
            fail(ErrorCode::InvalidGraph, "a 4:2:0 input must be (3H/2)×W×1 with H and W even");
        return {2 * s[0] / 3, s[1], 3};
    }
    fail(ErrorCode::Unsupported, "format conversion '" + type + "' is not modelled");
}

int64_t formatSourceIndex(const std::string& type, int64_t h, int64_t w, int64_t y, int64_t x, int channel)
{
    if (type == "yuy2_to_hailo_yuv") {
        if (channel == 0) return (y * w + x) * 2;
        return (y * w + (x & ~int64_t(1)) + (channel == 1 ? 0 : 1)) * 2 + 1;  // U on the even pixel, V on the odd
    }
    if (channel == 0) return y * w + x;
    const int64_t cy = y / 2, cx = x / 2;
    if (type == "i420_to_hailo_yuv") {
        const int64_t plane = h * w / 4;
        return h * w + (channel == 1 ? 0 : plane) + cy * (w / 2) + cx;
    }
    const bool uFirst = type == "nv12_to_hailo_yuv";
    return h * w + cy * w + 2 * cx + ((channel == 1) == uFirst ? 0 : 1);
}

}  // namespace dfc
