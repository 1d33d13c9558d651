#include <cstdio>

#include "hef/hef.h"

namespace dfc {
namespace {

nlohmann::ordered_json streamJson(const HefStream& s)
{
    nlohmann::ordered_json j{{"name", s.name},
                             {"layer", s.layer},
                             {"context", s.context},
                             {"sys_index", s.sysIndex},
                             {"order", s.order},
                             {"type", s.dataBytes == 2 ? "UINT16" : "UINT8"},
                             {"shape", s.order == "NC" ? nlohmann::ordered_json{s.features}
                                                       : nlohmann::ordered_json{s.height, s.width, s.features}},
                             {"quantization", {{"zero_point", s.zeroPoint}, {"scale", s.scale},
                                               {"limvals_min", s.limMin}, {"limvals_max", s.limMax}}},
                             {"transposed", s.transposed}};
    if (!s.originalNames.empty()) j["original_names"] = s.originalNames;
    return j;
}

std::string hex64(uint64_t v)
{
    char buffer[19];
    std::snprintf(buffer, sizeof buffer, "0x%016llx", static_cast<unsigned long long>(v));
    return buffer;
}

}  // namespace

nlohmann::ordered_json HefInfo::toJson() const
{
    nlohmann::ordered_json j{{"container_version", containerVersion},
                             {"file_bytes", fileBytes},
                             {"xxh3", hex64(hash)},
                             {"hw_arch", hwArch},
                             {"compiler_version", compilerVersion},
                             {"compiler", compilerName},
                             {"extensions", extensions},
                             {"network_group", networkGroup},
                             {"contexts", contexts.size()},
                             {"bottleneck_fps", bottleneckFps},
                             {"latency_ms", latencySeconds * 1e3}};
    j["inputs"] = nlohmann::ordered_json::array();
    for (const HefStream& s : inputs) j["inputs"].push_back(streamJson(s));
    j["outputs"] = nlohmann::ordered_json::array();
    for (const HefStream& s : outputs) j["outputs"].push_back(streamJson(s));
    j["context_programs"] = nlohmann::ordered_json::array();
    for (const HefContext& c : contexts)
        j["context_programs"].push_back({{"index", c.index}, {"name", c.name}, {"layers", c.layers.size()},
                                         {"carried_in", c.carriedIn}, {"carried_out", c.carriedOut}});
    j["runnable_by_dataflow_studio"] = hasPayload;
    return j;
}

}  // namespace dfc
