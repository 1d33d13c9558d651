#include "archive_bombs.h"

#include <archive.h>
#include <archive_entry.h>
#include <cstdio>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <zlib.h>

namespace dfc::test {

std::string tarGzDeclaring(const std::string& member, uint64_t declaredBytes, size_t presentBytes)
{
    // A ustar header by hand: libarchive's writer would insist on writing the declared bytes.
    char header[512] = {};
    std::snprintf(header, 100, "%s", member.c_str());
    std::snprintf(header + 100, 8, "%07o", 0644);
    std::snprintf(header + 108, 8, "%07o", 0);
    std::snprintf(header + 116, 8, "%07o", 0);
    std::snprintf(header + 124, 12, "%011llo", static_cast<unsigned long long>(declaredBytes));
    std::snprintf(header + 136, 12, "%011o", 0);
    header[156] = '0';
    std::memcpy(header + 257, "ustar", 6);
    std::memcpy(header + 263, "00", 2);
    std::memset(header + 148, ' ', 8);
    unsigned sum = 0;
    for (unsigned char c : header) sum += c;
    std::snprintf(header + 148, 8, "%06o", sum);
    std::string tar(header, sizeof header);
    tar.append(presentBytes, '\0');

    z_stream z{};
    if (deflateInit2(&z, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) throw std::runtime_error("zlib");
    std::string out(compressBound(tar.size()) + 64, '\0');
    z.next_in = reinterpret_cast<Bytef*>(tar.data());
    z.avail_in = static_cast<uInt>(tar.size());
    z.next_out = reinterpret_cast<Bytef*>(out.data());
    z.avail_out = static_cast<uInt>(out.size());
    deflate(&z, Z_FINISH);
    out.resize(z.total_out);
    deflateEnd(&z);
    return out;
}

std::string zipOfZeros(const std::string& member, uint64_t bytes, uint32_t understatedBytes)
{
    std::unique_ptr<archive, int (*)(archive*)> a(archive_write_new(), archive_write_free);
    archive_write_set_format_zip(a.get());
    archive_write_set_option(a.get(), "zip", "compression", "deflate");
    archive_write_set_option(a.get(), "zip", "compression-level", "1");
    std::string out;
    auto writer = [](archive*, void* user, const void* buf, size_t n) -> la_ssize_t {
        static_cast<std::string*>(user)->append(static_cast<const char*>(buf), n);
        return static_cast<la_ssize_t>(n);
    };
    archive_write_open2(a.get(), &out, nullptr, writer, nullptr, nullptr);
    std::unique_ptr<archive_entry, void (*)(archive_entry*)> e(archive_entry_new(), archive_entry_free);
    archive_entry_set_pathname(e.get(), member.c_str());
    archive_entry_set_filetype(e.get(), AE_IFREG);
    archive_entry_set_perm(e.get(), 0644);
    archive_entry_unset_size(e.get());
    archive_write_header(a.get(), e.get());
    const std::string zeros(1 << 20, '\0');
    for (uint64_t left = bytes; left > 0;) {
        const size_t n = static_cast<size_t>(std::min<uint64_t>(left, zeros.size()));
        archive_write_data(a.get(), zeros.data(), n);
        left -= n;
    }
    archive_write_close(a.get());
    if (understatedBytes) {
        const size_t cd = out.rfind(std::string("PK\x01\x02", 4));  // the central directory entry
        if (cd == std::string::npos) throw std::runtime_error("no central directory");
        for (int i = 0; i < 4; ++i) out[cd + 24 + i] = static_cast<char>((understatedBytes >> (8 * i)) & 0xff);
    }
    return out;
}

}  // namespace dfc::test
