// The profiler's report as one self-contained HTML page: inline CSS and SVG charts, no script
// and no network, so it opens in any browser, offline, and prints.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <sstream>
#include <vector>

#include "profiler/profile_report.h"

namespace dfc {
namespace {

std::string escape(const std::string& s)
{
    std::string out;
    for (char c : s) {
        if (c == '<') out += "&lt;";
        else if (c == '>') out += "&gt;";
        else if (c == '&') out += "&amp;";
        else if (c == '"') out += "&quot;";
        else out += c;
    }
    return out;
}

std::string fixed(double v, int digits)
{
    char text[64];
    std::snprintf(text, sizeof text, "%.*f", digits, v);
    return text;
}

std::string number(double v)
{
    if (v >= 1e9) return fixed(v / 1e9, 2) + " G";
    if (v >= 1e6) return fixed(v / 1e6, 2) + " M";
    if (v >= 1e4) return fixed(v / 1e3, 1) + " k";
    if (v == std::floor(v)) return fixed(v, 0);  // counts stay whole
    return fixed(v, v < 10 ? 2 : 0);
}

const char* kStyle = R"(
body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px;color:#222;background:#fafafa}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #ddd;padding-bottom:4px}
.sub{color:#666;margin-bottom:16px}.cards{display:flex;flex-wrap:wrap;gap:12px}
.card{background:#fff;border:1px solid #ddd;border-radius:6px;padding:10px 14px;min-width:120px}
.card b{display:block;font-size:20px}.card span{color:#666;font-size:12px}
.why{background:#fff;border-left:4px solid #3b7dd8;padding:8px 12px}
table{border-collapse:collapse;background:#fff;font-size:12px}th,td{border:1px solid #ddd;padding:3px 6px;text-align:right}
th{background:#f0f0f0;position:sticky;top:0}td:first-child,td:nth-child(2){text-align:left}tr.bn td{background:#fde2e1}
svg{background:#fff;border:1px solid #ddd;border-radius:6px}.note{color:#666;font-size:12px}
)";

/// "PCIe gen2x1 (500 MB/s)" or "the module's link (3940 MB/s)"; reports from before the
/// host link was recorded name the bandwidth only.
std::string hostLinkText(const nlohmann::ordered_json& hw)
{
    const std::string rate = fixed(hw.value("host_bytes_per_second", 0.0) / 1e6, 0) + " MB/s";
    const std::string link = hw.value("host_link", std::string("module"));
    return link == "module" ? "the module's link (" + rate + ")" : "PCIe " + link + " (" + rate + ")";
}

std::string card(const std::string& value, const std::string& label)
{
    return "<div class=\"card\"><b>" + escape(value) + "</b><span>" + escape(label) + "</span></div>";
}

/// Grouped bars: per context, its utilization of each unit class, with the cap as a line.
std::string utilizationChart(const nlohmann::ordered_json& r)
{
    static const std::pair<const char*, const char*> kinds[] = {
        {"control", "#3b7dd8"}, {"compute", "#e8893a"}, {"apus", "#9b59b6"}, {"input_aligners", "#16a085"}, {"memory", "#c0392b"}};
    const auto& items = r["contexts"]["items"];
    // Wide enough for the legend (about 7 px per character of a label) and for every context.
    int legendWidth = 50;
    for (const auto& [key, colour] : kinds) legendWidth += 24 + 7 * static_cast<int>(std::strlen(key));
    const int group = 5 * 14 + 20, width = std::max(legendWidth, 60 + group * int(items.size())), height = 220, base = 180;
    std::ostringstream s;
    s << "<svg width=\"" << width << "\" height=\"" << height << "\" role=\"img\" aria-label=\"utilization per context\">";
    for (int pct : {25, 50, 75, 100}) {
        const int y = base - pct * 150 / 100;
        s << "<line x1=\"40\" x2=\"" << width - 10 << "\" y1=\"" << y << "\" y2=\"" << y << "\" stroke=\"#eee\"/>"
          << "<text x=\"34\" y=\"" << y + 4 << "\" font-size=\"10\" text-anchor=\"end\">" << pct << "%</text>";
    }
    const auto& caps = r["hardware"]["caps"];
    for (const char* cap : {"control", "compute", "memory"}) {
        const int y = base - static_cast<int>(std::min(1.2, caps[cap].get<double>()) * 150);
        s << "<line x1=\"40\" x2=\"" << width - 10 << "\" y1=\"" << y << "\" y2=\"" << y
          << "\" stroke=\"#999\" stroke-dasharray=\"4 3\"><title>" << cap << " cap</title></line>";
    }
    int x = 50;
    for (const auto& c : items) {
        int k = 0;
        for (const auto& [key, colour] : kinds) {
            const double u = c["utilization"][key].get<double>();
            const int h = static_cast<int>(std::min(1.3, u) * 150);
            s << "<rect x=\"" << x + k * 14 << "\" y=\"" << base - h << "\" width=\"12\" height=\"" << h << "\" fill=\"" << colour
              << "\"><title>context " << c["index"].get<int>() << " " << key << ": " << fixed(100 * u, 1) << "%</title></rect>";
            ++k;
        }
        s << "<text x=\"" << x + 35 << "\" y=\"" << base + 14 << "\" font-size=\"11\" text-anchor=\"middle\">ctx "
          << c["index"].get<int>() << "</text>";
        x += group;
    }
    int lx = 50;
    for (const auto& [key, colour] : kinds) {
        s << "<rect x=\"" << lx << "\" y=\"" << height - 16 << "\" width=\"10\" height=\"10\" fill=\"" << colour << "\"/><text x=\""
          << lx + 14 << "\" y=\"" << height - 7 << "\" font-size=\"11\">" << key << "</text>";
        lx += 24 + 7 * static_cast<int>(std::strlen(key));
    }
    s << "</svg>";
    return s.str();
}

/// FPS of every layer, the bottleneck of each context in red.
std::string layerFpsChart(const nlohmann::ordered_json& r)
{
    const auto& layers = r["layers"];
    double top = 0;
    for (const auto& l : layers) top = std::max(top, l["fps"].get<double>());
    const int n = static_cast<int>(layers.size()), bar = std::max(2, std::min(12, 900 / std::max(1, n)));
    const int width = std::max(420, 60 + n * bar), height = 200, base = 170;
    std::ostringstream s;
    s << "<svg width=\"" << width << "\" height=\"" << height << "\" role=\"img\" aria-label=\"FPS per layer\">";
    const double logTop = std::log10(std::max(10.0, top));
    for (int p = 1; p <= static_cast<int>(logTop); ++p) {
        const int y = base - static_cast<int>(p / logTop * 150);
        s << "<line x1=\"40\" x2=\"" << width - 10 << "\" y1=\"" << y << "\" y2=\"" << y << "\" stroke=\"#eee\"/><text x=\"36\" y=\"" << y + 4
          << "\" font-size=\"10\" text-anchor=\"end\">" << number(std::pow(10, p)) << "</text>";
    }
    int x = 44;
    for (const auto& l : layers) {
        const double fps = l["fps"].get<double>();
        const int h = fps > 1 ? static_cast<int>(std::log10(fps) / logTop * 150) : 1;
        s << "<rect x=\"" << x << "\" y=\"" << base - h << "\" width=\"" << std::max(1, bar - 1) << "\" height=\"" << h << "\" fill=\""
          << (l["bottleneck"].get<bool>() ? "#d62728" : "#3b7dd8") << "\"><title>" << escape(l["name"].get<std::string>()) << ": "
          << number(fps) << " FPS</title></rect>";
        x += bar;
    }
    s << "<text x=\"44\" y=\"" << height - 8 << "\" font-size=\"11\">layers in order (log scale; red: each context's bottleneck)</text></svg>";
    return s.str();
}

/// FPS against batch size.
std::string batchChart(const nlohmann::ordered_json& r)
{
    const auto& sweep = r["performance"]["batch_sweep"];
    double top = 0;
    for (const auto& p : sweep) top = std::max(top, p["fps"].get<double>());
    const int width = 420, height = 200, base = 170;
    std::ostringstream s, path;
    s << "<svg width=\"" << width << "\" height=\"" << height << "\" role=\"img\" aria-label=\"FPS by batch size\">";
    size_t i = 0;
    for (const auto& p : sweep) {
        const int x = 50 + static_cast<int>(i * 330 / std::max<size_t>(1, sweep.size() - 1));
        const int y = base - static_cast<int>(top > 0 ? p["fps"].get<double>() / top * 140 : 0);
        path << (i ? " L" : "M") << x << " " << y;
        s << "<circle cx=\"" << x << "\" cy=\"" << y << "\" r=\"3\" fill=\"#3b7dd8\"><title>batch " << p["batch"].get<int>() << ": "
          << number(p["fps"].get<double>()) << " FPS</title></circle><text x=\"" << x << "\" y=\"" << base + 14
          << "\" font-size=\"10\" text-anchor=\"middle\">" << p["batch"].get<int>() << "</text><text x=\"" << x << "\" y=\"" << y - 6
          << "\" font-size=\"10\" text-anchor=\"middle\">" << number(p["fps"].get<double>()) << "</text>";
        ++i;
    }
    s << "<path d=\"" << path.str() << "\" fill=\"none\" stroke=\"#3b7dd8\" stroke-width=\"2\"/>"
      << "<text x=\"200\" y=\"" << height - 6 << "\" font-size=\"11\" text-anchor=\"middle\">batch size</text></svg>";
    return s.str();
}

/// One batch of 8 through the contexts: switch-in (fixed cost, then weights), inference, host
/// overhead and the drain, which overlaps the next context's switch-in.
std::string timelineChart(const nlohmann::ordered_json& r)
{
    static const char* phases[] = {"config_ms", "load_ms", "inference_ms", "overhead_ms", "drain_ms"};
    const auto& t = r["performance"]["timeline_batch_8"];
    double total = 0;
    for (const auto& c : t)
        for (const char* phase : phases) total += c[phase].get<double>();
    const int width = 900, rowH = 22, height = 40 + rowH * static_cast<int>(t.size());
    std::ostringstream s;
    s << "<svg width=\"" << width << "\" height=\"" << height << "\" role=\"img\" aria-label=\"multi-context timeline\">";
    double at = 0;
    int row = 0;
    auto segment = [&](double ms, const char* colour, const char* what, int ctx) {
        const double x = 70 + (total > 0 ? at / total * 800 : 0), w = total > 0 ? ms / total * 800 : 0;
        s << "<rect x=\"" << fixed(x, 1) << "\" y=\"" << 10 + row * rowH << "\" width=\"" << fixed(std::max(0.5, w), 1) << "\" height=\""
          << rowH - 6 << "\" fill=\"" << colour << "\"><title>context " << ctx << " " << what << ": " << fixed(ms, 3)
          << " ms</title></rect>";
        at += ms;
    };
    for (const auto& c : t) {
        const int ctx = c["context"].get<int>();
        s << "<text x=\"64\" y=\"" << 24 + row * rowH << "\" font-size=\"11\" text-anchor=\"end\">ctx " << ctx << "</text>";
        segment(c["config_ms"].get<double>(), "#8e44ad", "config (context switch)", ctx);
        segment(c["load_ms"].get<double>(), "#c0392b", "load (weights over the host link)", ctx);
        segment(c["inference_ms"].get<double>(), "#3b7dd8", "inference (8 frames)", ctx);
        segment(c["overhead_ms"].get<double>(), "#f39c12", "overhead (host transfers)", ctx);
        segment(c["drain_ms"].get<double>(), "#95a5a6", "drain (overlaps the next switch-in)", ctx);
        ++row;
    }
    s << "<text x=\"70\" y=\"" << height - 6 << "\" font-size=\"11\">0 ms</text><text x=\"870\" y=\"" << height - 6
      << "\" font-size=\"11\" text-anchor=\"end\">" << fixed(total, 2) << " ms of phases per batch of 8</text></svg>"
      << "<p class=\"note\">Purple: context switch; red: weights over the host link; blue: inference; orange: host transfer "
         "overhead; grey: drain, which overlaps the next context's switch-in.</p>";
    return s.str();
}

std::string layerTable(const nlohmann::ordered_json& r)
{
    static const std::pair<const char*, const char*> columns[] = {
        {"name", "layer"}, {"type", "type"}, {"context", "ctx"}, {"subclusters", "SCs"}, {"parts", "parts"}, {"lcus", "LCUs"},
        {"apus", "APUs"}, {"input_aligners", "IAs"}, {"l3_weight_cuts", "L3 w"}, {"l3_output_cuts", "L3 out"}, {"macs", "MACs"},
        {"lane_use", "lane use"}, {"fps", "FPS"}, {"frame_ms", "ms/frame"}, {"power_w", "W"}, {"utilization", "busy"},
        {"snr_db", "SNR dB"}};
    // A column no layer has a value for (SNR before a noise analysis) is left out.
    std::vector<std::pair<const char*, const char*>> shown;
    for (const auto& column : columns)
        if (std::any_of(r["layers"].begin(), r["layers"].end(), [&](const auto& l) { return !l[column.first].is_null(); }))
            shown.push_back(column);
    std::ostringstream s;
    s << "<table><tr>";
    for (const auto& [key, title] : shown) s << "<th>" << title << "</th>";
    s << "</tr>";
    for (const auto& l : r["layers"]) {
        s << "<tr" << (l["bottleneck"].get<bool>() ? " class=\"bn\"" : "") << ">";
        for (const auto& [key, title] : shown) {
            const auto& v = l[key];
            s << "<td>";
            if (v.is_string()) s << escape(v.get<std::string>());
            else if (v.is_number_float()) s << (std::string(key) == "lane_use" || std::string(key) == "utilization" ? fixed(v.get<double>(), 2) : number(v.get<double>()));
            else if (v.is_number()) s << number(v.get<double>());
            s << "</td>";
        }
        s << "</tr>";
    }
    return s.str() + "</table>";
}

}  // namespace

std::string profileHtml(const nlohmann::ordered_json& r)
{
    const auto& p = r["performance"];
    const auto& m = r["model"];
    std::ostringstream s;
    s << "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" << escape(r["network"].get<std::string>())
      << " on " << escape(r["hw_arch"].get<std::string>()) << " — profiler report</title><style>" << kStyle << "</style></head><body>";
    s << "<h1>" << escape(r["network"].get<std::string>()) << " on " << escape(r["hw_arch"].get<std::string>()) << "</h1>";
    s << "<div class=\"sub\">Dataflow Studio profiler · state " << escape(r["state"].get<std::string>())
      << (r["compiled_implicitly"].get<bool>() ? " (compiled for this report)" : "") << " · estimates from the documented hardware model</div>";
    s << "<h2>Model overview</h2><div class=\"cards\">" << card(number(p["fps_batch_1"].get<double>()), "FPS, batch 1")
      << card(number(p["fps_batch_8"].get<double>()), "FPS, batch 8") << card(fixed(p["latency_ms"].get<double>(), 3) + " ms", "latency")
      << card(fixed(p["power_w"].get<double>(), 2) + " W", "power (NN core)")
      << card(std::to_string(r["contexts"]["count"].get<int>()), "contexts")
      << card(number(m["params"].get<double>()), "parameters") << card(number(m["ops_per_frame"].get<double>()), "OPS per frame")
      << card(std::to_string(m["layers"].get<int>()), "layers") << "</div>";
    s << "<p>Limited by " << escape(p["limited_by"].get<std::string>()) << ". Host link: " << fixed(p["input_mbps"].get<double>(), 1)
      << " Mbit/s in, " << fixed(p["output_mbps"].get<double>(), 1) << " Mbit/s out, " << fixed(p["host_mbps"].get<double>(), 1)
      << " Mbit/s in all (batch 8), over " << escape(hostLinkText(r["hardware"])) << ".</p>";
    if (p.contains("stream")) {
        const auto& st = p["stream"];
        s << "<p>Fed at " << number(st["fps_requested"].get<double>()) << " FPS: runs " << number(st["fps"].get<double>()) << " FPS, busy "
          << fixed(100 * st["busy_share"].get<double>(), 0) << " % of the time, " << fixed(st["power_w"].get<double>(), 2) << " W, "
          << fixed(st["input_mbps"].get<double>(), 1) << " Mbit/s in.</p>";
    }
    if (r["optimization"].is_object()) {
        const auto& o = r["optimization"];
        s << "<h2>Optimization details</h2><p>optimization_level " << o.value("optimization_level", 0) << ", compression_level "
          << o.value("compression_level", 0) << ", 4-bit share " << fixed(o.value("four_bit_ratio", 0.0), 2) << ". Layers by bits: ";
        for (const auto& [bits, n] : o["layers_by_bits"].items()) s << escape(bits) << " × " << n.get<int>() << " ";
        s << "</p>";
        if (o.contains("snr_db")) {
            s << "<p>SNR with every layer quantized, per output: ";
            const auto& names = o["snr_db"]["outputs"];
            const auto& values = o["snr_db"]["full_quantization"];
            for (size_t i = 0; i < names.size() && i < values.size(); ++i)
                if (names[i].is_string() && values[i].is_number())
                    s << escape(names[i].get<std::string>()) << " " << fixed(values[i].get<double>(), 2) << " dB ";
            s << "</p>";
        }
    }
    s << "<h2>Compilation details</h2><div class=\"why\">" << escape(r["contexts"]["why"].get<std::string>()) << "</div>";
    for (const auto& n : r["contexts"]["notes"]) s << "<p class=\"note\">" << escape(n.get<std::string>()) << "</p>";
    s << "<h3>Utilization per context</h3>" << utilizationChart(r)
      << "<p class=\"note\">Dashed: the caps (control, compute, memory). Control counts layer controllers (one per layer part), "
         "compute subclusters, memory L3 cuts for weights and row buffers.</p>";
    s << "<h3>FPS per layer</h3>" << layerFpsChart(r);
    s << "<h3>Batch size</h3>" << batchChart(r);
    if (r["contexts"]["count"].get<int>() > 1) s << "<h3>Multi-context timeline (one batch of 8)</h3>" << timelineChart(r);
    s << "<h2>Layers</h2>" << layerTable(r);
    s << "<h2>Hardware model</h2><p>" << escape(r["hardware"]["name"].get<std::string>()) << ": " << r["hardware"]["clusters"].get<int>()
      << " clusters at " << fixed(r["hardware"]["clock_hz"].get<double>() / 1e6, 0) << " MHz, " << fixed(r["hardware"]["peak_tops"].get<double>(), 1)
      << " TOPS peak. Where each number comes from:</p><table>";
    for (const auto& [path, source] : r["hardware"]["sources"].items())
        s << "<tr><td>" << escape(path) << "</td><td style=\"text-align:left\">" << escape(source.get<std::string>()) << "</td></tr>";
    s << "</table></body></html>\n";
    return s.str();
}

}  // namespace dfc
