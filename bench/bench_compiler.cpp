// dfc-bench-compiler: compiles and profiles every network of the zoo (engine/zoo) for hailo8 and
// hailo8l in performance mode, as the vendor's published benchmark rows were, and prints
//  - our parameter and OPS counts next to the published ones (the generated architectures must
//    be the published ones for the comparison to mean anything),
//  - estimated vs published FPS at batch 1 and 8, the single/multi-context verdicts,
//  - the median and worst relative errors, and how many verdicts agree,
//  - compile + profile time per network and target (median of --runs).
// The published rows are read from the facts file (§7.3, the v2.17 columns: DFC 3.33.0).
//   dfc-bench-compiler [--facts FILE] [--runs N] [--json OUT]
#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "io/atomic_file.h"
#include "pipeline/runner.h"
#include "script/model_script.h"
#include "script/script_parser.h"
#include "zoo/zoo_networks.h"

using namespace dfc;
namespace fs = std::filesystem;

namespace {

std::string strprintf(const char* format, double v)
{
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, format, v);
    return buffer;
}

struct Published {
    double params = 0, ops = 0;
    std::map<std::string, std::pair<double, double>> fps;     ///< arch → (bs1, bs8), v2.17
    std::map<std::string, std::pair<double, double>> fpsNext; ///< the same in v2.18 (DFC 3.33.1)
};

std::vector<std::string> cells(const std::string& line)
{
    std::vector<std::string> out;
    std::stringstream in(line);
    std::string cell;
    std::getline(in, cell, '|');  // before the first bar
    while (std::getline(in, cell, '|')) {
        const size_t a = cell.find_first_not_of(' '), b = cell.find_last_not_of(' ');
        out.push_back(a == std::string::npos ? "" : cell.substr(a, b - a + 1));
    }
    return out;
}

double number(const std::string& text)
{
    try {
        return std::stod(text);
    } catch (...) {
        return 0;
    }
}

/// The §7.3 table: | network | task | input | params M | OPS G | H8 bs1 | H8 bs8 | H8L bs1 | H8L bs8 | …
std::map<std::string, Published> readPublished(const std::string& path)
{
    std::ifstream in(path);
    std::map<std::string, Published> rows;
    std::string line;
    bool inTable = false;
    while (std::getline(in, line)) {
        if (line.rfind("| network | task | input | params M | OPS G | H8 bs1", 0) == 0) inTable = true;
        else if (inTable && line.rfind("|", 0) != 0) break;
        if (!inTable) continue;
        const std::vector<std::string> c = cells(line);
        if (c.size() < 9 || number(c[5]) == 0) continue;
        Published p;
        p.params = number(c[3]);
        p.ops = number(c[4]);
        p.fps["hailo8"] = {number(c[5]), number(c[6])};
        p.fps["hailo8l"] = {number(c[7]), number(c[8])};
        if (c.size() >= 12) {
            auto pair = [](const std::string& text) {
                const size_t slash = text.find('/');
                return slash == std::string::npos ? std::pair<double, double>{0, 0}
                                                  : std::pair<double, double>{number(text.substr(0, slash)), number(text.substr(slash + 1))};
            };
            p.fpsNext["hailo8"] = pair(c[10]);
            p.fpsNext["hailo8l"] = pair(c[11]);
        }
        rows[c[0]] = p;
    }
    return rows;
}

std::string publishedName(const std::string& zooName) { return zooName == "mobilenet_v2" ? "mobilenet_v2_1.0" : zooName; }

/// bs8 over bs1 above 1 % means the published network ran in several contexts (facts §7.1).
bool multiContext(double bs1, double bs8) { return bs8 > 1.01 * bs1; }

double median(std::vector<double> v)
{
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : 0.5 * (v[v.size() / 2 - 1] + v[v.size() / 2]);
}

struct Errors {
    std::vector<double> bs1, bs8;
    int verdicts = 0, agree = 0, agreeEither = 0;
    std::string worst1, worst8;
    double worst1Value = 0, worst8Value = 0;
};

/// The rows a constant of resources/hw/*.json was fitted to (resources/hw/README.md): the others
/// check the model.
const std::set<std::string>& fittedRows()
{
    static const std::set<std::string> rows = {
        "resnet_v1_18/hailo8",     "mobilenet_v2/hailo8",     "mobilenet_v2_1.4/hailo8",  // MAC efficiency, APU rate
        "squeezenet_v1.1/hailo8",  "squeezenet_v1.1/hailo8l", "mobilenet_v2/hailo8l",     // edge stream rates
        "resnet_v1_34/hailo8l",    "resnext26_32x4d/hailo8l", "resnext50_32x4d/hailo8l",  // context switch
        "repvgg_a2/hailo8l",
    };
    return rows;
}

double relError(double estimate, double published) { return (estimate - published) / published; }

void note(Errors& e, const std::string& row, double err1, double err8)
{
    e.bs1.push_back(std::fabs(err1));
    e.bs8.push_back(std::fabs(err8));
    if (std::fabs(err1) > std::fabs(e.worst1Value)) e.worst1Value = err1, e.worst1 = row;
    if (std::fabs(err8) > std::fabs(e.worst8Value)) e.worst8Value = err8, e.worst8 = row;
}

void printErrors(const char* title, const Errors& e)
{
    std::printf("%s: %d of %d verdicts agree with v2.17 (%d with v2.17 or v2.18); |error| bs1 median %.0f %%, worst %+.0f %% (%s); bs8 median %.0f %%, worst %+.0f %% (%s)\n",
                title, e.agree, e.verdicts, e.agreeEither, 100 * median(e.bs1), 100 * e.worst1Value, e.worst1.c_str(), 100 * median(e.bs8),
                100 * e.worst8Value, e.worst8.c_str());
}

}  // namespace

int main(int argc, char** argv)
{
    std::string facts = fs::path(DFC_SOURCE_DIR).parent_path() / "shared/reference/hailo-hardware-facts.md";
    std::string jsonOut;
    int runs = 3;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string a = argv[i];
        if (a == "--facts") facts = argv[i + 1];
        else if (a == "--runs") runs = std::max(1, std::atoi(argv[i + 1]));
        else if (a == "--json") jsonOut = argv[i + 1];
    }
    const std::map<std::string, Published> published = readPublished(facts);
    if (published.empty()) {
        std::fprintf(stderr, "no published rows in %s (pass --facts)\n", facts.c_str());
        return 1;
    }
    const ModelScript performanceMode = interpretScript(parseScript("performance_param(compiler_optimization_level=max)\n", "bench.alls"));
    const fs::path dir = fs::temp_directory_path() / "dfc-bench-compiler";
    fs::create_directories(dir);
    std::printf("%-19s %-7s %7s %7s %6s %6s %4s %4s %8s %8s %6s %8s %8s %6s %7s\n", "network", "target", "params", "pub", "GOPS",
                "pub", "ctx", "pub", "bs1", "pub", "err", "bs8", "pub", "err", "ms");
    Errors all, seen;
    nlohmann::ordered_json rows = nlohmann::ordered_json::array();
    for (const std::string& net : zooNetworks()) {
        const fs::path onnx = dir / (net + ".onnx");
        writeFileAtomic(onnx.string(), zooNetworkOnnxBytes(net));
        for (const std::string arch : {"hailo8", "hailo8l"}) {
            Runner runner(arch);
            runner.translate(onnx.string(), {});
            nlohmann::ordered_json report;
            std::vector<double> times;
            for (int r = 0; r < runs; ++r) {
                const auto t0 = std::chrono::steady_clock::now();
                report = runner.profile(performanceMode);
                times.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
            }
            const auto& m = report["model"];
            const auto& p = report["performance"];
            const double params = m["params"].get<double>() / 1e6, gops = m["ops_per_frame"].get<double>() / 1e9;
            const double fps1 = p["fps_batch_1"].get<double>(), fps8 = p["fps_batch_8"].get<double>();
            const int contexts = report["contexts"]["count"].get<int>();
            auto it = published.find(publishedName(net));
            const bool known = it != published.end();
            const Published pub = known ? it->second : Published{};
            const auto [pub1, pub8] = known ? pub.fps.at(arch) : std::pair<double, double>{0, 0};
            const bool pubMulti = multiContext(pub1, pub8);
            const double err1 = known ? relError(fps1, pub1) : 0, err8 = known ? relError(fps8, pub8) : 0;
            // A network without a published row prints dashes, not zeros.
            auto shown = [&](const char* format, double v) { return known ? strprintf(format, v) : std::string("-"); };
            std::printf("%-19s %-7s %7.2f %7s %6.2f %6s %4d %4s %8.0f %8s %6s %8.0f %8s %6s %7.0f\n", net.c_str(), arch.c_str(), params,
                        shown("%.2f", pub.params).c_str(), gops, shown("%.2f", pub.ops).c_str(), contexts, known ? (pubMulti ? "M" : "1") : "?",
                        fps1, shown("%.0f", pub1).c_str(), shown("%+.0f%%", 100 * err1).c_str(), fps8, shown("%.0f", pub8).c_str(),
                        shown("%+.0f%%", 100 * err8).c_str(), median(times));
            if (known) {
                const std::string row = net + "/" + arch;
                const auto next = pub.fpsNext.count(arch) ? pub.fpsNext.at(arch) : std::pair<double, double>{0, 0};
                const bool agree = (contexts > 1) == pubMulti;
                const bool agreeNext = next.first > 0 && (contexts > 1) == multiContext(next.first, next.second);
                for (Errors* bucket : {&all, fittedRows().count(row) ? nullptr : &seen}) {
                    if (!bucket) continue;
                    bucket->verdicts++;
                    bucket->agree += agree;
                    bucket->agreeEither += agree || agreeNext;
                    note(*bucket, row, err1, err8);
                }
            }
            rows.push_back({{"network", net},
                            {"hw_arch", arch},
                            {"params_m", params},
                            {"published_params_m", pub.params},
                            {"gops", gops},
                            {"published_gops", pub.ops},
                            {"contexts", contexts},
                            {"published_multi_context", pubMulti},
                            {"fps_batch_1", fps1},
                            {"published_fps_batch_1", pub1},
                            {"fps_batch_8", fps8},
                            {"published_fps_batch_8", pub8},
                            {"limited_by", p["limited_by"]},
                            {"why_contexts", report["contexts"]["why"]},
                            {"compile_profile_ms", median(times)}});
        }
    }
    std::printf("\n");
    printErrors("all published rows", all);
    printErrors("rows no constant was fitted to", seen);
    if (!jsonOut.empty()) writeFileAtomic(jsonOut, rows.dump(1) + "\n");
    return 0;
}
