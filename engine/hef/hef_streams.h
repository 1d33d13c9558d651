#pragma once
// What the writer and the reader share: a boundary layer as a HEF stream, the stream's buffer
// split, and the target codes of the HEF header.
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "hef/hef.h"

namespace dfc {

constexpr uint32_t kHefArchHailo8 = 0, kHefArchHailo8R = 2, kHefArchHailo8L = 3;
uint32_t hefHwArchCode(const std::string& hwArch);  ///< throws InvalidArgument for other targets
std::string hefHwArchName(uint32_t code);          ///< "arch <n>" for codes we do not target

/// Inputs (HN input order) then outputs (HN output order), sys indices counted in that order.
std::vector<HefStream> boundaryStreams(const Graph& graph, const QuantizedModel& model,
                                       const std::function<int(const std::string&)>& contextOf);

/// How a frame is cut into DMA buffers: a row per buffer, or a pixel per buffer when a row is
/// too long; both counts must stay below 65536 (HailoRT's limit).
struct StreamBuffers {
    uint32_t bytesPerBuffer = 0, buffersPerFrame = 0;
};
StreamBuffers streamBuffers(const HefStream& s);

}  // namespace dfc
