#include "ir/parse_report.h"

namespace dfc {

nlohmann::ordered_json ParseReport::toJson() const
{
    nlohmann::ordered_json j;
    j["start_node_names"] = startNodes;
    j["end_node_names"] = endNodes;
    j["suggested_start_node_names"] = suggestedStart;
    j["suggested_end_node_names"] = suggestedEnd;
    j["suggestion_reasons"] = nlohmann::ordered_json::array();
    for (const auto& why : suggestionReasons) j["suggestion_reasons"].push_back(why.toJson());
    if (suggestionApplied) j["suggestion_applied"] = true;
    j["unsupported"] = nlohmann::ordered_json::array();
    for (const auto& u : unsupported)
        j["unsupported"].push_back({{"node", u.node}, {"op", u.op}, {"reason", u.reason.text()}, {"why", u.reason.toJson()}});
    j["passes"] = nlohmann::ordered_json::object();
    for (const auto& [id, n] : passes) j["passes"][id] = n;
    j["source_nodes"] = sourceNodes;
    if (!sourceQuantization.empty()) j["source_quantization"] = sourceQuantization;
    return j;
}

ParseReport ParseReport::fromJson(const nlohmann::json& j)
{
    ParseReport r;
    if (!j.is_object()) return r;
    auto strings = [&](const char* key) {
        std::vector<std::string> out;
        if (j.contains(key) && j[key].is_array())
            for (const auto& v : j[key])
                if (v.is_string()) out.push_back(v.get<std::string>());
        return out;
    };
    r.startNodes = strings("start_node_names");
    r.endNodes = strings("end_node_names");
    r.suggestedStart = strings("suggested_start_node_names");
    r.suggestedEnd = strings("suggested_end_node_names");
    if (j.contains("suggestion_reasons") && j["suggestion_reasons"].is_array())
        for (const auto& why : j["suggestion_reasons"]) r.suggestionReasons.push_back(ScopeReason::fromJson(why));
    r.suggestionApplied = j.contains("suggestion_applied") && j["suggestion_applied"].is_boolean() && j["suggestion_applied"].get<bool>();
    if (j.contains("unsupported") && j["unsupported"].is_array())
        for (const auto& u : j["unsupported"])
            if (u.is_object())
                r.unsupported.push_back({u.value("node", ""), u.value("op", ""),
                                         UnsupportedReason::fromJson(u.contains("why") ? u["why"] : u.value("reason", nlohmann::json("")))});
    if (j.contains("passes") && j["passes"].is_object())
        for (auto it = j["passes"].begin(); it != j["passes"].end(); ++it)
            if (it.value().is_number_integer()) r.passes.emplace_back(it.key(), it.value().get<int>());
    r.sourceNodes = j.value("source_nodes", 0);
    if (j.contains("source_quantization") && j["source_quantization"].is_object())
        r.sourceQuantization = j["source_quantization"];
    return r;
}

}  // namespace dfc
