#include "io/image_decode.h"

#include <csetjmp>
#include <cstdio>
#include <cstring>

#include <jpeglib.h>
#include <png.h>

#include "core/error.h"
#include "io/atomic_file.h"

namespace dfc {
namespace {

constexpr int kMaxSide = 16384;  // a corrupt header must not make us allocate gigabytes

void checkSize(int w, int h, const std::string& path)
{
    if (w <= 0 || h <= 0 || w > kMaxSide || h > kMaxSide)
        fail(ErrorCode::InvalidFormat, "image size " + std::to_string(w) + "×" + std::to_string(h) + " is not plausible", path);
}

RgbImage decodePng(const std::string& bytes, const std::string& path)
{
    png_image image;
    std::memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&image, bytes.data(), bytes.size()))
        fail(ErrorCode::InvalidFormat, std::string("not a readable PNG: ") + image.message, path);
    checkSize(static_cast<int>(image.width), static_cast<int>(image.height), path);
    image.format = PNG_FORMAT_RGB;
    RgbImage out{static_cast<int>(image.width), static_cast<int>(image.height), {}};
    out.pixels.resize(PNG_IMAGE_SIZE(image));
    if (!png_image_finish_read(&image, nullptr, out.pixels.data(), 0, nullptr)) {
        const std::string why = image.message;
        png_image_free(&image);
        fail(ErrorCode::InvalidFormat, "corrupt PNG: " + why, path);
    }
    return out;
}

struct JpegError {
    jpeg_error_mgr mgr;
    std::jmp_buf jump;
    char message[JMSG_LENGTH_MAX];
};

void jpegErrorExit(j_common_ptr cinfo)
{
    auto* err = reinterpret_cast<JpegError*>(cinfo->err);
    (*cinfo->err->format_message)(cinfo, err->message);
    std::longjmp(err->jump, 1);
}

/// libjpeg reports errors by longjmp; nothing with a destructor lives in this frame.
bool decodeJpegInto(const std::string& bytes, RgbImage& out, char* message)
{
    jpeg_decompress_struct cinfo;
    JpegError err;
    cinfo.err = jpeg_std_error(&err.mgr);
    err.mgr.error_exit = jpegErrorExit;
    err.mgr.output_message = [](j_common_ptr) {};
    if (setjmp(err.jump)) {
        std::strcpy(message, err.message);
        jpeg_destroy_decompress(&cinfo);
        return false;
    }
    jpeg_create_decompress(&cinfo);
    jpeg_mem_src(&cinfo, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    jpeg_read_header(&cinfo, TRUE);
    cinfo.out_color_space = JCS_RGB;
    if (cinfo.image_width == 0 || cinfo.image_height == 0 || cinfo.image_width > kMaxSide || cinfo.image_height > kMaxSide) {
        std::strcpy(message, "implausible image size");
        jpeg_destroy_decompress(&cinfo);
        return false;
    }
    jpeg_start_decompress(&cinfo);
    out.width = static_cast<int>(cinfo.output_width);
    out.height = static_cast<int>(cinfo.output_height);
    out.pixels.resize(static_cast<size_t>(out.width) * out.height * 3);
    while (cinfo.output_scanline < cinfo.output_height) {
        JSAMPROW row = out.pixels.data() + static_cast<size_t>(cinfo.output_scanline) * out.width * 3;
        jpeg_read_scanlines(&cinfo, &row, 1);
    }
    jpeg_finish_decompress(&cinfo);
    jpeg_destroy_decompress(&cinfo);
    return true;
}

}  // namespace

bool isImageFileName(const std::string& path)
{
    std::string lower = path;
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return lower.ends_with(".png") || lower.ends_with(".jpg") || lower.ends_with(".jpeg");
}

RgbImage decodeImageFile(const std::string& path)
{
    const std::string bytes = readFile(path, size_t{256} << 20);
    if (bytes.size() >= 8 && std::memcmp(bytes.data(), "\x89PNG\r\n\x1a\n", 8) == 0) return decodePng(bytes, path);
    if (bytes.size() >= 3 && std::memcmp(bytes.data(), "\xFF\xD8\xFF", 3) == 0) {
        RgbImage out;
        char message[JMSG_LENGTH_MAX] = {};
        if (!decodeJpegInto(bytes, out, message)) fail(ErrorCode::InvalidFormat, std::string("corrupt JPEG: ") + message, path);
        return out;
    }
    fail(ErrorCode::InvalidFormat, "neither a PNG nor a JPEG image", path);
}

}  // namespace dfc
