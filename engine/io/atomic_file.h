#pragma once
// Whole-file reads and crash-safe writes: data goes to a temporary file in the target's folder,
// is flushed to disk, then renamed over the target, so a reader sees the old or the new file,
// never half of one.
#include <string>
#include <string_view>

namespace dfc {

void writeFileAtomic(const std::string& path, std::string_view bytes);
/// Reads a whole file; refuses files larger than maxBytes (a corrupt size must not exhaust RAM).
std::string readFile(const std::string& path, size_t maxBytes = size_t{4} << 30);

}  // namespace dfc
