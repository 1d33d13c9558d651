#include "hef/hef_container.h"

#include <xxhash.h>
#include <zlib.h>

#include "core/error.h"

namespace dfc {
namespace {

constexpr uint32_t kMagic = 0x01484546;  // "\x01HEF"
constexpr size_t kHeaderV2 = 44, kHeaderV3 = 56;
constexpr uint64_t kDataAlignment = 4096;

void putBig(std::string& out, uint64_t v, int bytes)
{
    for (int i = bytes - 1; i >= 0; --i) out.push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

uint64_t getBig(std::string_view in, size_t at, int bytes)
{
    uint64_t v = 0;
    for (int i = 0; i < bytes; ++i) v = (v << 8) | static_cast<unsigned char>(in[at + i]);
    return v;
}

}  // namespace

uint64_t xxh3(std::string_view bytes) { return XXH3_64bits(bytes.data(), bytes.size()); }

std::string deflateBytes(std::string_view raw)
{
    // Level 1: int32 weight codes shrink 2.4x in 1.7 s per 100 MB; level 6 gains 12 % for 10x the time.
    uLongf size = compressBound(uLong(raw.size()));
    std::string out(size, '\0');
    if (compress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(raw.data()), uLong(raw.size()), 1) != Z_OK)
        fail(ErrorCode::Internal, "zlib could not compress the payload");
    out.resize(size);
    return out;
}

std::string inflateBytes(std::string_view packed, uint64_t rawSize, const std::string& what)
{
    // A payload part larger than this is a lie about its size, not a network.
    constexpr uint64_t kLimit = uint64_t{4} << 30;
    if (rawSize > kLimit) fail(ErrorCode::LimitExceeded, "a payload part declares " + std::to_string(rawSize) + " bytes (limit 4 GiB)", what);
    // Deflate expands at most 1032:1; a larger claim is a lie, refused before allocating it.
    if (rawSize > uint64_t(packed.size()) * 1032 + 64)
        fail(ErrorCode::InvalidFormat, "a payload part of " + std::to_string(packed.size()) + " bytes cannot inflate to " + std::to_string(rawSize), what);
    std::string out(rawSize, '\0');
    uLongf size = uLongf(rawSize);
    uLong consumed = uLong(packed.size());
    const int rc = uncompress2(reinterpret_cast<Bytef*>(out.data()), &size, reinterpret_cast<const Bytef*>(packed.data()), &consumed);
    if (rc != Z_OK || size != rawSize || consumed != packed.size())
        fail(ErrorCode::InvalidFormat, "the payload part does not inflate to its declared " + std::to_string(rawSize) + " bytes", what);
    return out;
}

std::string packHefContainer(int version, std::string_view metadata, std::string_view data)
{
    if (version != 2 && version != 3) fail(ErrorCode::InvalidArgument, "HEF container version must be 2 or 3, not " + std::to_string(version));
    const size_t header = version == 2 ? kHeaderV2 : kHeaderV3;
    const size_t padding = version == 3 && !data.empty() ? (kDataAlignment - (header + metadata.size()) % kDataAlignment) % kDataAlignment : 0;
    std::string residue(metadata);
    residue.append(padding, '\0');
    residue.append(data);
    std::string out;
    out.reserve(header + residue.size());
    putBig(out, kMagic, 4);
    putBig(out, uint64_t(version), 4);
    putBig(out, metadata.size(), 4);
    putBig(out, xxh3(residue), 8);
    putBig(out, padding + data.size(), 8);
    if (version == 2) {
        putBig(out, 0, 8);
        putBig(out, 0, 8);
    } else {
        putBig(out, padding, 4);
        putBig(out, 0, 8);               // additional info: none
        putBig(out, xxh3(metadata), 8);  // read by HailoRT 5.1 and later; older ones check the whole
        putBig(out, 0, 8);
    }
    return out + residue;
}

HefContainer unpackHefContainer(std::string_view bytes, const std::string& what)
{
    auto bad = [&](const std::string& field, const std::string& why) { fail(ErrorCode::InvalidFormat, why, what, field); };
    if (bytes.size() < 12) bad("header", "too short for a HEF header (" + std::to_string(bytes.size()) + " bytes)");
    if (getBig(bytes, 0, 4) != kMagic) bad("magic", "not a HEF file (no \\x01HEF magic)");
    const uint64_t version = getBig(bytes, 4, 4);
    if (version == 0 || version == 1)
        bad("version", "HEF container version " + std::to_string(version) + " (MD5/CRC) is not read; versions 2 and 3 are");
    if (version != 2 && version != 3) bad("version", "unknown HEF container version " + std::to_string(version));
    const size_t header = version == 2 ? kHeaderV2 : kHeaderV3;
    if (bytes.size() < header) bad("header", "truncated header: " + std::to_string(bytes.size()) + " of " + std::to_string(header) + " bytes");
    const uint64_t metadataSize = getBig(bytes, 8, 4);
    const uint64_t hash = getBig(bytes, 12, 8);
    const uint64_t dataWithPadding = getBig(bytes, 20, 8);
    const uint64_t padding = version == 3 ? getBig(bytes, 28, 4) : 0;
    const uint64_t additional = version == 3 ? getBig(bytes, 32, 8) : 0;
    const uint64_t metadataHash = version == 3 ? getBig(bytes, 40, 8) : 0;
    const uint64_t residue = bytes.size() - header;
    // Each size is compared with what is left, so no sum can overflow.
    if (metadataSize > residue) bad("hef_proto_size", "metadata size " + std::to_string(metadataSize) + " exceeds the file");
    if (dataWithPadding > residue - metadataSize) bad("ccws_size", "data section size " + std::to_string(dataWithPadding) + " exceeds the file");
    if (additional != residue - metadataSize - dataWithPadding)
        bad("file length", "the file is " + std::to_string(bytes.size()) + " bytes, the header accounts for " +
                               std::to_string(header + metadataSize + dataWithPadding) + (additional ? " plus additional info" : ""));
    if (padding > dataWithPadding) bad("hef_padding_size", "padding larger than the data section");
    const std::string_view rest = bytes.substr(header);
    if (xxh3(rest) != hash) bad("xxh3", "hash mismatch: the file is damaged");
    if (metadataHash != 0 && xxh3(rest.substr(0, metadataSize)) != metadataHash) bad("proto_xxh3", "metadata hash mismatch");
    return {int(version), rest.substr(0, metadataSize), rest.substr(metadataSize + padding, dataWithPadding - padding), hash};
}

}  // namespace dfc
