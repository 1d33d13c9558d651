#include "ir/unsupported_reason.h"

#include <array>

namespace dfc {

namespace {

constexpr std::array<const char*, 5> kReasonKinds = {"operator", "output", "constant_output", "malformed", "conversion"};
constexpr std::array<const char*, 5> kScopeKinds = {"whole", "nothing_supported", "start_after", "end_before", "note"};

template <typename Enum, size_t N>
Enum kindFromJson(const nlohmann::json& j, const std::array<const char*, N>& names, Enum fallback)
{
    if (!j.is_object() || !j.contains("kind") || !j["kind"].is_string()) return fallback;
    const std::string k = j["kind"].get<std::string>();
    for (size_t i = 0; i < N; ++i)
        if (k == names[i]) return static_cast<Enum>(i);
    return fallback;
}

std::string stringAt(const nlohmann::json& j, const char* key)
{
    return j.is_object() && j.contains(key) && j[key].is_string() ? j[key].get<std::string>() : std::string();
}

}  // namespace

std::string UnsupportedReason::text() const
{
    switch (kind) {
    case Kind::Operator: return "operator " + subject + " is not supported";
    case Kind::Output: return "output '" + subject + "' of this node is not supported";
    case Kind::ConstantOutput: return "output '" + subject + "' is a constant: nothing is left to run";
    case Kind::Malformed:
        return "malformed operator: it has fewer inputs, outputs or dimensions than " + subject + " needs";
    case Kind::Conversion: break;
    }
    return subject;
}

nlohmann::ordered_json UnsupportedReason::toJson() const
{
    return {{"kind", kReasonKinds[static_cast<size_t>(kind)]}, {"subject", subject}};
}

UnsupportedReason UnsupportedReason::fromJson(const nlohmann::json& j)
{
    if (j.is_string()) return conversion(j.get<std::string>());
    return {kindFromJson(j, kReasonKinds, Kind::Conversion), stringAt(j, "subject")};
}

std::string ScopeReason::text() const
{
    switch (kind) {
    case Kind::Whole: return "every node of the model is supported: parse it whole";
    case Kind::NothingSupported: return "no node of the model is supported";
    case Kind::StartAfter:
        return "start at '" + node + "': its input comes from '" + neighbour + "' (" + neighbourOp +
               "), which is not supported (" + why.text() + "); cut as pre-processing";
    case Kind::EndBefore:
        return "end at '" + node + "': its output feeds '" + neighbour + "' (" + neighbourOp +
               "), which is not supported (" + why.text() + "); cut as post-processing";
    case Kind::Note: break;
    }
    return node;
}

nlohmann::ordered_json ScopeReason::toJson() const
{
    nlohmann::ordered_json j = {{"kind", kScopeKinds[static_cast<size_t>(kind)]}, {"node", node}};
    if (!neighbour.empty()) {
        j["neighbour"] = neighbour;
        j["neighbour_op"] = neighbourOp;
        j["why"] = why.toJson();
    }
    j["text"] = text();
    return j;
}

ScopeReason ScopeReason::fromJson(const nlohmann::json& j)
{
    ScopeReason r;
    if (j.is_string()) {
        r.node = j.get<std::string>();
        return r;
    }
    r.kind = kindFromJson(j, kScopeKinds, Kind::Note);
    r.node = stringAt(j, "node");
    r.neighbour = stringAt(j, "neighbour");
    r.neighbourOp = stringAt(j, "neighbour_op");
    if (j.is_object() && j.contains("why")) r.why = UnsupportedReason::fromJson(j["why"]);
    if (r.kind == Kind::Note && r.node.empty()) r.node = stringAt(j, "text");
    return r;
}

}  // namespace dfc
