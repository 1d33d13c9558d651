#include "io/har.h"

#include "core/error.h"
#include "io/archive.h"
#include "io/atomic_file.h"
#include "io/hn_json.h"
#include "io/npz.h"

namespace dfc {
namespace {

const char* kStateNames[] = {"native", "fp_optimized_model", "quantized_model", "compiled_model"};
const char* kFormatVersion = DFC_VERSION;  // the product's version (CMake project version)

const std::string& member(const std::map<std::string, std::string>& members,
                          const std::string& name, const std::string& what)
{
    auto it = members.find(name);
    if (it == members.end()) fail(ErrorCode::InvalidFormat, "missing member '" + name + "'", what);
    return it->second;
}

}  // namespace

std::string paramsMemberName(const std::string& net, ModelState state)
{
    // The vendor's names: the parsed model's weights in <net>.npz, the full-precision optimized
    // ones (what every later state computes with in float) in <net>.fpo.npz.
    return net + (state == ModelState::Native ? ".npz" : ".fpo.npz");
}

const char* modelStateName(ModelState s) { return kStateNames[static_cast<int>(s)]; }

ModelState modelStateFromName(const std::string& name, const std::string& what)
{
    for (int i = 0; i < 4; ++i)
        if (name == kStateNames[i]) return static_cast<ModelState>(i);
    if (name == "hailo_model") return ModelState::Native;
    fail(ErrorCode::InvalidFormat, "unknown model state '" + name + "'", what, "metadata.state");
}

std::string encodeHar(const Har& har)
{
    const std::string net = har.graph.name;
    nlohmann::ordered_json meta;
    meta["state"] = modelStateName(har.state);
    meta["hn"] = net + ".hn";
    meta["npz"] = paramsMemberName(net, har.state);
    // Readers of HARs (Netron) take sdk_version for a version number; who wrote the file is said
    // by "generator".
    meta["sdk_version"] = kFormatVersion;
    meta["generator"] = std::string("Dataflow Studio ") + kFormatVersion;
    for (auto it = har.metadata.begin(); it != har.metadata.end(); ++it)
        if (!meta.contains(it.key())) meta[it.key()] = it.value();
    std::map<std::string, std::string> members = har.extraMembers;
    members[net + ".metadata.json"] = meta.dump(2) + "\n";
    members[net + ".hn"] = encodeHn(har.graph);
    members[paramsMemberName(net, har.state)] = encodeNpz(graphParams(har.graph));
    return writeArchive(members, ArchiveFormat::TarGz);
}

Har decodeHar(std::string_view bytes, const std::string& what)
{
    auto members = readArchive(bytes, what);
    std::string metaName;
    for (const auto& [name, _] : members)
        if (name.ends_with(".metadata.json") && name.find('/') == std::string::npos) metaName = name;
    if (metaName.empty()) fail(ErrorCode::InvalidFormat, "no <net>.metadata.json member: not a HAR", what);
    nlohmann::ordered_json meta;
    try {
        meta = nlohmann::ordered_json::parse(members[metaName]);
    } catch (const nlohmann::json::parse_error& e) {
        fail(ErrorCode::InvalidFormat, std::string("invalid JSON: ") + e.what(), what, metaName);
    }
    if (!meta.is_object() || !meta.contains("state") || !meta["state"].is_string() ||
        !meta.contains("hn") || !meta["hn"].is_string())
        fail(ErrorCode::InvalidFormat, "metadata needs 'state' and 'hn'", what, metaName);
    Har har;
    har.state = modelStateFromName(meta["state"].get<std::string>(), what);
    const std::string hnName = meta["hn"].get<std::string>();
    har.graph = decodeHn(member(members, hnName, what), what + ":" + hnName);
    const std::string npzName = meta.contains("npz") && meta["npz"].is_string() ? meta["npz"].get<std::string>()
                                                                                : har.graph.name + ".npz";
    if (members.count(npzName)) {
        // Weights only for layers the HN declares, checked before each is unpacked.
        const Graph& g = har.graph;
        auto declared = [&](const std::string& member) {
            const std::string key = member.ends_with(".npy") ? member.substr(0, member.size() - 4) : member;
            if (!g.find(paramLayerName(g.name, key)))
                fail(ErrorCode::InvalidFormat, "weights for a layer the HN does not declare", what + ":" + npzName, key);
            return true;
        };
        attachParams(har.graph, decodeNpz(members[npzName], what + ":" + npzName, declared),
                     what + ":" + npzName);
        checkDeclaredShapes(har.graph, what + ":" + hnName);
    }
    for (const char* key : {"state", "hn", "npz", "sdk_version"}) meta.erase(key);
    har.metadata = meta;
    members.erase(metaName);
    members.erase(hnName);
    members.erase(npzName);
    har.extraMembers = std::move(members);
    return har;
}

void writeHar(const std::string& path, const Har& har) { writeFileAtomic(path, encodeHar(har)); }

Har readHar(const std::string& path) { return decodeHar(readFile(path), path); }

}  // namespace dfc
