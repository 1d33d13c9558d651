#include "hef/hef_streams.h"

#include "core/error.h"
#include "ir/layout.h"

namespace dfc {

uint32_t hefHwArchCode(const std::string& hwArch)
{
    if (hwArch == "hailo8") return kHefArchHailo8;
    if (hwArch == "hailo8r") return kHefArchHailo8R;
    if (hwArch == "hailo8l") return kHefArchHailo8L;
    fail(ErrorCode::InvalidArgument, "no HEF target code for '" + hwArch + "'");
}

std::string hefHwArchName(uint32_t code)
{
    switch (code) {
    case kHefArchHailo8: return "hailo8";
    case kHefArchHailo8R: return "hailo8r";
    case kHefArchHailo8L: return "hailo8l";
    default: return "arch " + std::to_string(code);
    }
}

namespace {

HefStream streamOf(const Layer& l, const LayerQuant& q, bool input, int context, int sysIndex)
{
    HefStream s;
    s.name = l.name;
    s.layer = l.name;
    s.originalNames = l.originalNames;
    s.input = input;
    s.context = context;
    s.sysIndex = sysIndex;
    const Shape shape = l.outputShape();
    if (shape.size() == 3) {
        s.height = uint32_t(shape[0]), s.width = uint32_t(shape[1]), s.features = uint32_t(shape[2]);
    } else if (shape.size() == 2) {
        s.width = uint32_t(shape[0]), s.features = uint32_t(shape[1]);
    } else if (shape.size() == 1) {
        s.features = uint32_t(shape[0]);
        s.order = "NC";
    } else {
        fail(ErrorCode::Unsupported, "a boundary tensor of rank " + std::to_string(shape.size()) + " has no HEF stream format", {}, l.name);
    }
    if (q.output.bits != 8 && q.output.bits != 16)
        fail(ErrorCode::Unsupported, std::to_string(q.output.bits) + "-bit boundary streams do not exist (8 or 16)", {}, l.name);
    s.dataBytes = q.output.bits / 8;
    s.zeroPoint = q.output.zeroPoint;
    s.scale = q.output.scale;
    s.limMin = q.output.dequantize(q.output.qmin);
    s.limMax = q.output.dequantize(q.output.qmax);
    s.transposed = runsTransposed(l);
    return s;
}

}  // namespace

std::vector<HefStream> boundaryStreams(const Graph& graph, const QuantizedModel& model,
                                       const std::function<int(const std::string&)>& contextOf)
{
    std::vector<HefStream> streams;
    int sys = 0;
    for (const Layer* l : graph.inputLayers()) streams.push_back(streamOf(*l, model.at(l->name), true, contextOf(l->name), sys++));
    for (const Layer* l : graph.outputLayers()) streams.push_back(streamOf(*l, model.at(l->name), false, contextOf(l->name), sys++));
    for (HefStream& s : streams) s.name = graph.name + "/" + s.layer;  // the vendor's "<net>/<layer>" naming
    return streams;
}

StreamBuffers streamBuffers(const HefStream& s)
{
    constexpr uint64_t kLimit = 65536;
    const uint64_t row = uint64_t(s.width) * s.features * s.dataBytes;
    if (row < kLimit && s.height < kLimit) return {uint32_t(row), s.height};
    const uint64_t pixel = uint64_t(s.features) * s.dataBytes, pixels = uint64_t(s.height) * s.width;
    if (pixel < kLimit && pixels < kLimit) return {uint32_t(pixel), uint32_t(pixels)};
    fail(ErrorCode::Unsupported, "the stream's frame (" + std::to_string(s.height) + "x" + std::to_string(s.width) + "x" +
                                     std::to_string(s.features) + ") cannot be cut into fewer than 65536 buffers of under 64 KiB",
         {}, s.layer);
}

}  // namespace dfc
