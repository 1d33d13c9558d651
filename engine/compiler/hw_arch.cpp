#include "compiler/hw_arch.h"

#include <algorithm>
#include <cctype>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "compiler/hw_descriptions.h"
#include "core/error.h"

namespace dfc {
namespace {

class Reader {
public:
    Reader(const nlohmann::json& root, std::string what, HwArch& arch) : mRoot(root), mWhat(std::move(what)), mArch(arch) {}

    /// The described number at `path` ("cluster.lcus"): {"value": …, "source": "…"}.
    double number(const std::string& path, double min, double max)
    {
        const nlohmann::json* node = &mRoot;
        size_t start = 0;
        while (start <= path.size()) {
            const size_t dot = path.find('.', start);
            const std::string key = path.substr(start, dot == std::string::npos ? std::string::npos : dot - start);
            if (!node->is_object() || !node->contains(key)) fail(ErrorCode::InvalidFormat, "missing", mWhat, path);
            node = &(*node)[key];
            if (dot == std::string::npos) break;
            start = dot + 1;
        }
        if (!node->is_object() || !node->contains("value") || !(*node)["value"].is_number() || !node->contains("source") ||
            !(*node)["source"].is_string() || (*node)["source"].get<std::string>().empty())
            fail(ErrorCode::InvalidFormat, "expected {\"value\": number, \"source\": \"provenance\"}", mWhat, path);
        const double v = (*node)["value"].get<double>();
        if (!(v >= min && v <= max))
            fail(ErrorCode::InvalidFormat, "value " + std::to_string(v) + " outside [" + std::to_string(min) + ", " + std::to_string(max) + "]",
                 mWhat, path);
        mArch.provenance[path] = {v, (*node)["source"].get<std::string>()};
        return v;
    }
    int count(const std::string& path, int max) { return static_cast<int>(number(path, 1, max)); }
    ResourceCaps caps(const std::string& path)
    {
        return {number(path + ".control", 0.05, 1.2), number(path + ".compute", 0.05, 1.0), number(path + ".memory", 0.05, 1.0)};
    }

private:
    const nlohmann::json& mRoot;
    std::string mWhat;
    HwArch& mArch;
};

}  // namespace

HwArch HwArch::fromJson(const std::string& text, const std::string& what)
{
    nlohmann::json j;
    try {
        j = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        fail(ErrorCode::InvalidFormat, std::string("invalid JSON: ") + e.what(), what);
    }
    if (!j.is_object() || !j.contains("name") || !j["name"].is_string())
        fail(ErrorCode::InvalidFormat, "a hardware description needs a \"name\"", what);
    HwArch a;
    a.name = j["name"].get<std::string>();
    a.description = j.value("description", std::string());
    Reader r(j, what, a);
    a.clusters = r.count("clusters", 64);
    a.lcusPerCluster = r.count("cluster.lcus", 1024);
    a.subclustersPerCluster = r.count("cluster.subclusters", 1024);
    a.inputAlignersPerCluster = r.count("cluster.input_aligners", 1024);
    a.apusPerCluster = r.count("cluster.apus", 1024);
    a.l3CutsPerCluster = r.count("cluster.l3_cuts", 1 << 16);
    a.l3CutBytes = r.number("memory.l3_cut_bytes", 1, 1 << 24);
    a.macsPerSubclusterCycle = r.count("subcluster.macs_per_cycle", 4096);
    a.maxSubclustersPerLayer = r.count("subcluster.max_per_layer", 1024);
    a.macEfficiency = r.number("subcluster.mac_efficiency", 0.01, 1);
    a.apuElementsPerCycle = r.number("apu.elements_per_cycle", 0.1, 1024);
    a.clockHz = r.number("clock_hz", 1e6, 1e10);
    a.defaultCaps = r.caps("caps.default");
    a.performanceCaps = r.caps("caps.performance_mode");
    a.hostBytesPerSecond = r.number("host_link.bytes_per_second", 1e6, 1e12);
    a.hostLatencySeconds = r.number("host_link.latency_seconds", 0, 1);
    a.streamBytesPerCycle = r.number("stream.bytes_per_cycle", 0.01, 1024);
    a.contextSwitchSeconds = r.number("context_switch.fixed_seconds", 0, 1);
    a.weightLoadBytesPerSecond = r.number("context_switch.weights_bytes_per_second", 1e6, 1e12);
    a.staticWatts = r.number("power.static_watts", 0, 100);
    a.joulesPerMac = r.number("power.joules_per_mac", 0, 1e-6);
    a.joulesPerHostByte = r.number("power.joules_per_host_byte", 0, 1e-3);
    return a;
}

double HostLink::bytesPerSecond() const
{
    // PCIe base specification: 2.5, 5, 8, 16, 32 GT/s per lane; 8b/10b coding up to Gen2.
    static constexpr double kTransfersPerSecond[] = {2.5e9, 5e9, 8e9, 16e9, 32e9};
    const double coding = generation <= 2 ? 8.0 / 10.0 : 128.0 / 130.0;
    return kTransfersPerSecond[generation - 1] * coding / 8.0 * lanes;
}

std::string HostLink::name() const { return "gen" + std::to_string(generation) + "x" + std::to_string(lanes); }

HostLink HostLink::parse(const std::string& text)
{
    std::string t;
    for (char c : text)
        if (!std::isspace(static_cast<unsigned char>(c))) t += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    HostLink link;
    int consumed = 0;
    const bool matched = (std::sscanf(t.c_str(), "gen%dx%d%n", &link.generation, &link.lanes, &consumed) == 2 ||
                          std::sscanf(t.c_str(), "g%dx%d%n", &link.generation, &link.lanes, &consumed) == 2) &&
                         consumed == static_cast<int>(t.size());
    const bool lanesOk = link.lanes == 1 || link.lanes == 2 || link.lanes == 4 || link.lanes == 8 || link.lanes == 16;
    if (!matched || link.generation < 1 || link.generation > 5 || !lanesOk)
        fail(ErrorCode::InvalidArgument, "host link '" + text + "': expected genG xL with G 1 to 5 and L 1, 2, 4, 8 or 16 (e.g. gen2x1, gen3x4)");
    return link;
}

HwArch withHostLink(const HwArch& hw, const HostLink& link)
{
    HwArch out = hw;
    out.hostBytesPerSecond = link.bytesPerSecond();
    out.provenance["host_link.bytes_per_second"] = {out.hostBytesPerSecond, "user: PCIe " + link.name() + " (payload rate after line coding)"};
    return out;
}

double HwArch::edgeBytesPerSecond() const { return std::min(hostBytesPerSecond, streamBytesPerCycle * clockHz); }

const HwArch& HwArch::builtin(const std::string& name)
{
    static const std::map<std::string, HwArch> archs = [] {
        std::map<std::string, HwArch> out;
        for (const auto& [file, text] : builtinHwDescriptions()) {
            HwArch a = fromJson(text, "resources/hw/" + file);
            out.emplace(a.name, std::move(a));
        }
        return out;
    }();
    auto it = archs.find(name);
    if (it == archs.end()) {
        std::string known;
        for (const auto& [n, a] : archs) known += " " + n;
        fail(ErrorCode::InvalidArgument, "unknown hardware '" + name + "' (known:" + known + ")");
    }
    return it->second;
}

std::vector<std::string> HwArch::builtinNames()
{
    std::vector<std::string> names;
    for (const auto& [file, text] : builtinHwDescriptions()) names.push_back(fromJson(text, file).name);
    return names;
}

}  // namespace dfc
