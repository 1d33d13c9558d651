#pragma once
// Archives that lie or explode, built in memory for the readers' limit tests (nothing on disk,
// nothing large in memory: the bomb's zeros are streamed through the compressor).
#include <cstdint>
#include <string>

namespace dfc::test {

/// A tar.gz whose one member's header declares `declaredBytes` while only `presentBytes` follow.
std::string tarGzDeclaring(const std::string& member, uint64_t declaredBytes, size_t presentBytes = 1024);
/// A zip with one member of `bytes` zeros, deflated. With `understatedBytes`, its central
/// directory claims that size instead, so only unpacking reveals how big the member is.
std::string zipOfZeros(const std::string& member, uint64_t bytes, uint32_t understatedBytes = 0);

}  // namespace dfc::test
