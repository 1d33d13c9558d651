#pragma once
// PNG (libpng) and JPEG (libjpeg-turbo) decoding to 8-bit RGB, for calibration images. Corrupt or
// truncated files give Error(InvalidFormat) naming the file; sizes are bounded before allocation.
#include <cstdint>
#include <string>
#include <vector>

namespace dfc {

struct RgbImage {
    int width = 0, height = 0;
    std::vector<uint8_t> pixels;  ///< row-major, 3 bytes per pixel
};

/// Decodes by content (PNG or JPEG signature).
RgbImage decodeImageFile(const std::string& path);
/// True when the file name looks like an image we decode (.png, .jpg, .jpeg; any case).
bool isImageFileName(const std::string& path);

}  // namespace dfc
