#include "profiler/report_comparison.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/error.h"

namespace dfc {
namespace {

const nlohmann::ordered_json& section(const nlohmann::ordered_json& r, const char* key, const char* which)
{
    if (!r.is_object() || !r.contains(key) || r[key].is_null())
        fail(ErrorCode::InvalidFormat, std::string("the ") + which + " report has no \"" + key + "\"");
    return r[key];
}

double numberAt(const nlohmann::ordered_json& r, const std::string& path)
{
    const nlohmann::ordered_json* at = &r;
    size_t start = 0;
    while (start <= path.size()) {
        const size_t dot = path.find('.', start);
        const std::string part = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
        if (!at->is_object() || !at->contains(part)) return 0;
        at = &(*at)[part];
        if (dot == std::string::npos) break;
        start = dot + 1;
    }
    return at->is_number() ? at->get<double>() : 0;
}

}  // namespace

ReportComparison compareReports(const nlohmann::ordered_json& before, const nlohmann::ordered_json& after)
{
    for (const char* key : {"performance", "contexts", "layers"}) {
        section(before, key, "first");
        section(after, key, "second");
    }
    ReportComparison c;
    c.hwBefore = before.value("hw_arch", std::string());
    c.hwAfter = after.value("hw_arch", std::string());
    const std::pair<const char*, bool> metrics[] = {
        {"performance.fps_batch_1", true}, {"performance.fps_batch_8", true}, {"performance.latency_ms", false},
        {"performance.power_w", false},    {"contexts.count", false},         {"performance.host_mbps", false}};
    for (const auto& [key, higher] : metrics) c.metrics.push_back({key, numberAt(before, key), numberAt(after, key), higher});
    std::map<std::string, const nlohmann::ordered_json*> afterLayers;
    for (const auto& l : after["layers"]) afterLayers[l.value("name", std::string())] = &l;
    for (const auto& l : before["layers"]) {
        const std::string name = l.value("name", std::string());
        auto it = afterLayers.find(name);
        if (it == afterLayers.end()) {
            c.onlyBefore.push_back(name);
            continue;
        }
        const nlohmann::ordered_json& a = *it->second;
        c.layers.push_back({name, l.value("fps", 0.0), a.value("fps", 0.0), l.value("context", -1), a.value("context", -1),
                            l.value("subclusters", 0), a.value("subclusters", 0), l.value("bottleneck", false),
                            a.value("bottleneck", false)});
        afterLayers.erase(it);
    }
    for (const auto& [name, l] : afterLayers) c.onlyAfter.push_back(name);
    std::stable_sort(c.layers.begin(), c.layers.end(), [](const LayerChange& x, const LayerChange& y) {
        return std::abs(x.relativeFpsChange()) > std::abs(y.relativeFpsChange());
    });
    return c;
}

}  // namespace dfc
