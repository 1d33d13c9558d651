#include "profiler/profile_report.h"

#include <cmath>
#include <map>
#include <sstream>

#include "ir/graph.h"
#include "ir/layer_kind.h"
#include "profiler/performance_model.h"

namespace dfc {
namespace {

/// RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled.
std::string csvField(const std::string& text)
{
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string out = "\"";
    for (char ch : text) out += ch == '"' ? std::string("\"\"") : std::string(1, ch);
    return out + "\"";
}

double round3(double v) { return std::round(v * 1000.0) / 1000.0; }
double mbps(double bytesPerSecond) { return round3(bytesPerSecond * 8 / 1e6); }

nlohmann::ordered_json ioList(const std::vector<const Layer*>& layers, bool inputs)
{
    nlohmann::ordered_json list = nlohmann::ordered_json::array();
    for (const Layer* l : layers) {
        const Shape s = inputs ? l->outputShape() : l->inputShapes.at(0);
        list.push_back({{"name", l->name}, {"shape", s}});
    }
    return list;
}

nlohmann::ordered_json modelSection(const Graph& g)
{
    return {{"params", g.totalParams()},
            {"macs", g.totalMacs()},
            {"ops_per_frame", 2 * g.totalMacs()},
            {"layers", g.size()},
            {"inputs", ioList(g.inputLayers(), true)},
            {"outputs", ioList(g.outputLayers(), false)}};
}

/// Levels, bits and SNR, when the model is quantized (and noise-analyzed).
nlohmann::ordered_json optimizationSection(const ProfileInputs& in, std::map<std::string, double>& snrOfLayer)
{
    if (!in.quantization.is_object()) return nullptr;
    nlohmann::ordered_json o;
    for (const char* key : {"optimization_level", "compression_level", "four_bit_ratio", "equalization", "bias_correction", "adaround"})
        if (in.quantization.contains(key)) o[key] = in.quantization[key];
    std::map<std::string, int> byBits;
    if (in.quantization.contains("layers") && in.quantization["layers"].is_object())
        for (const auto& [name, e] : in.quantization["layers"].items()) {
            const std::string a = std::to_string(e.value("output_bits", 8));
            byBits[e.contains("weight_bits") ? "a" + a + "_w" + std::to_string(e.value("weight_bits", 8)) : "a" + a]++;
        }
    o["layers_by_bits"] = byBits;
    if (in.noise.is_object() && in.noise.contains("layers") && in.noise["layers"].is_array()) {
        nlohmann::ordered_json snr;
        snr["outputs"] = in.noise.value("outputs", nlohmann::json::array());
        snr["full_quantization"] = in.noise.value("full_quantization_snr_db", nlohmann::json::array());
        for (const auto& l : in.noise["layers"])
            if (l.is_object() && l.contains("layer") && l["layer"].is_string() && l.contains("on_layer_snr_db") &&
                l["on_layer_snr_db"].is_number())
                snrOfLayer[l["layer"].get<std::string>()] = l["on_layer_snr_db"].get<double>();
        o["snr_db"] = std::move(snr);
    }
    return o;
}

nlohmann::ordered_json contextsSection(const Allocation& a, const HwArch& hw)
{
    nlohmann::ordered_json items = nlohmann::ordered_json::array();
    auto share = [](int used, int total) { return total > 0 ? round3(double(used) / total) : 0.0; };
    for (const ContextAllocation& c : a.contexts)
        items.push_back({{"index", c.index},
                         {"layers", c.layers.size()},
                         {"fps", round3(c.fps)},
                         {"bottleneck", c.bottleneck},
                         {"utilization",
                          {{"control", share(c.used.lcus, hw.totalLcus())},
                           {"compute", share(c.used.subclusters, hw.totalSubclusters())},
                           {"apus", share(c.used.apus, hw.totalApus())},
                           {"input_aligners", share(c.used.inputAligners, hw.totalInputAligners())},
                           {"memory", share(c.used.l3Cuts, hw.totalL3Cuts())}}},
                         {"weight_bytes", c.weightBytes},
                         {"host_input_bytes", c.hostInputBytes},
                         {"host_output_bytes", c.hostOutputBytes},
                         {"ddr_bytes", c.ddrWriteBytes + c.ddrReadBytes}});
    return {{"count", a.contexts.size()}, {"why", a.whyContexts}, {"notes", a.notes}, {"items", std::move(items)}};
}

nlohmann::ordered_json performanceSection(const Allocation& a, const HwArch& hw, double streamFps)
{
    const Performance one = estimatePerformance(a, hw, 1), eight = estimatePerformance(a, hw, 8);
    nlohmann::ordered_json p = {{"fps_batch_1", round3(one.fps)},
                                {"fps_batch_8", round3(eight.fps)},
                                {"latency_ms", round3(one.latencySeconds * 1e3)},
                                {"power_w", round3(eight.powerWatts)},
                                {"limited_by", eight.limitedBy},
                                {"input_mbps", mbps(eight.inputBytesPerSecond)},
                                {"output_mbps", mbps(eight.outputBytesPerSecond)},
                                {"host_mbps", mbps(eight.hostBytesPerSecond)}};
    p["batch_sweep"] = nlohmann::ordered_json::array();
    for (int b : {1, 2, 4, 8, 16, 32}) {
        const Performance pb = estimatePerformance(a, hw, b);
        p["batch_sweep"].push_back({{"batch", b}, {"fps", round3(pb.fps)}, {"power_w", round3(pb.powerWatts)}, {"host_mbps", mbps(pb.hostBytesPerSecond)}});
    }
    p["timeline_batch_8"] = nlohmann::ordered_json::array();
    for (const ContextTiming& t : eight.timeline)
        p["timeline_batch_8"].push_back({{"context", t.context},
                                         {"config_ms", round3(t.config * 1e3)},
                                         {"load_ms", round3(t.load * 1e3)},
                                         {"inference_ms", round3(t.inference * 1e3)},
                                         {"drain_ms", round3(t.drain * 1e3)},
                                         {"overhead_ms", round3(t.overhead * 1e3)},
                                         {"host_bound", t.hostBound}});
    if (streamFps > 0) {
        const Performance s = estimateAtStreamRate(a, hw, streamFps);
        p["stream"] = {{"fps_requested", round3(streamFps)},
                       {"fps", round3(s.fps)},
                       {"busy_share", round3(one.fps > 0 ? s.fps / one.fps : 0)},
                       {"power_w", round3(s.powerWatts)},
                       {"input_mbps", mbps(s.inputBytesPerSecond)},
                       {"output_mbps", mbps(s.outputBytesPerSecond)},
                       {"host_mbps", mbps(s.hostBytesPerSecond)}};
    }
    return p;
}

nlohmann::ordered_json layersSection(const Allocation& a, const HwArch& hw, const std::map<std::string, double>& snr)
{
    std::map<int, const ContextAllocation*> contextOf;
    for (const ContextAllocation& c : a.contexts) contextOf[c.index] = &c;
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    const double fps8 = estimatePerformance(a, hw, 8).fps;
    for (const LayerAllocation& l : a.layers) {
        if (!l.onChip) continue;
        nlohmann::ordered_json r = {{"name", l.layer}, {"type", l.type}};
        r.update(l.placementJson());
        r.update(nlohmann::ordered_json{{"macs", l.macs},
                                        {"weight_bytes", l.weightBytes},
                                        {"lane_use", round3(l.laneUse)},
                                        {"fps", round3(l.fps)},
                                        {"frame_ms", round3(l.cyclesPerFrame / hw.clockHz * 1e3)},
                                        {"bound_by", l.boundBy},
                                        {"power_w", round3(hw.joulesPerMac * double(l.macs) * fps8)},
                                        {"utilization", round3(l.fps > 0 ? contextOf.at(l.context)->fps / l.fps : 0)},
                                        {"bottleneck", contextOf.at(l.context)->bottleneck == l.layer}});
        auto it = snr.find(l.layer);
        r["snr_db"] = it == snr.end() ? nlohmann::ordered_json(nullptr) : nlohmann::ordered_json(round3(it->second));
        rows.push_back(std::move(r));
    }
    return rows;
}

nlohmann::ordered_json hardwareSection(const HwArch& hw, const Allocation& a, const std::string& hostLink)
{
    nlohmann::ordered_json sources = nlohmann::ordered_json::object();
    for (const auto& [path, v] : hw.provenance) sources[path] = v.source;
    return {{"name", hw.name},
            {"clusters", hw.clusters},
            {"clock_hz", hw.clockHz},
            {"peak_tops", round3(hw.peakOpsPerSecond() / 1e12)},
            {"caps",
             {{"control", a.settings.caps.control},
              {"compute", a.settings.caps.compute},
              {"memory", a.settings.caps.memory},
              {"apus", a.settings.caps.apuShare()},
              {"input_aligners", a.settings.caps.inputAlignerShare()}}},
            {"host_link", hostLink.empty() ? std::string("module") : hostLink},
            {"host_bytes_per_second", hw.hostBytesPerSecond},
            {"sources", std::move(sources)}};
}

}  // namespace

nlohmann::ordered_json profileReport(const ProfileInputs& in)
{
    std::map<std::string, double> snr;
    nlohmann::ordered_json r;
    r["format_version"] = 1;
    r["network"] = in.graph->name;
    r["hw_arch"] = in.hw->name;
    r["state"] = in.state;
    r["compiled_implicitly"] = in.compiledImplicitly;
    r["model"] = modelSection(*in.graph);
    r["optimization"] = optimizationSection(in, snr);
    r["contexts"] = contextsSection(*in.allocation, *in.hw);
    r["performance"] = performanceSection(*in.allocation, *in.hw, in.streamFps);
    r["layers"] = layersSection(*in.allocation, *in.hw, snr);
    r["hardware"] = hardwareSection(*in.hw, *in.allocation, in.hostLink);
    return r;
}

std::string profileCsv(const nlohmann::ordered_json& report)
{
    static const char* columns[] = {"name", "type", "context", "subclusters", "parts", "lcus", "apus", "input_aligners",
                                    "l3_weight_cuts", "l3_output_cuts", "macs", "weight_bytes", "lane_use", "fps", "frame_ms",
                                    "power_w", "utilization", "bottleneck", "snr_db"};
    std::ostringstream out;
    for (size_t i = 0; i < std::size(columns); ++i) out << (i ? "," : "") << columns[i];
    out << "\n";
    for (const auto& row : report["layers"]) {
        for (size_t i = 0; i < std::size(columns); ++i) {
            const auto& v = row[columns[i]];
            out << (i ? "," : "");
            if (v.is_string()) out << csvField(v.get<std::string>());
            else if (!v.is_null()) out << v.dump();
        }
        out << "\n";
    }
    return out.str();
}

}  // namespace dfc
