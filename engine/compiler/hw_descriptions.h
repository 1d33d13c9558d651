#pragma once
// The hardware descriptions built into the program: resources/hw/*.json, embedded at build time
// (cmake/EmbedFiles.cmake), so the compiler never depends on where it is installed.
#include <string>
#include <utility>
#include <vector>

namespace dfc {

/// (file name, JSON text) for every resources/hw/*.json, in file-name order.
const std::vector<std::pair<std::string, std::string>>& builtinHwDescriptions();

}  // namespace dfc
