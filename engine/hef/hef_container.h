#pragma once
// The HEF container around the metadata and the data section: big-endian header V2 (44 bytes)
// or V3 (56 bytes, data section aligned to 4 KiB), XXH3-64 (seed 0) over everything after the
// header, and in V3 also over the metadata alone. Layout facts: ../shared/reference/hef-container.md §1.
#include <cstdint>
#include <string>
#include <string_view>

namespace dfc {

uint64_t xxh3(std::string_view bytes);

/// zlib (deflate) for the payload's parts; inflate checks the result has exactly `rawSize` bytes.
std::string deflateBytes(std::string_view raw);
std::string inflateBytes(std::string_view packed, uint64_t rawSize, const std::string& what);

struct HefContainer {
    int version = 3;
    std::string_view metadata;  ///< the serialized protobuf
    std::string_view data;      ///< the data section (CCW area), offsets of the payload are from its start
    uint64_t hash = 0;
};

std::string packHefContainer(int version, std::string_view metadata, std::string_view data);
/// Checks magic, version, sizes (the file length must match exactly) and hashes; the views point
/// into `bytes`. Throws InvalidFormat naming `what` and the header field.
HefContainer unpackHefContainer(std::string_view bytes, const std::string& what);
/// The views would outlive a temporary: keep the bytes in a variable first.
HefContainer unpackHefContainer(std::string&& bytes, const std::string& what) = delete;

}  // namespace dfc
