// dfc profiler FILE.har [--hw-arch ARCH] [--model-script F.alls] [--out-html R.html] [--out-json R.json]
//              [--out-csv R.csv]
//              [--stream-fps F] [--host-link gen2x1]
// FPS, latency, power, bandwidth, per-context utilization and per-layer details, for a HAR in any
// state (one not compiled is compiled for the report).
#include <cstdio>
#include <iostream>

#include "cli_common.h"
#include "commands.h"
#include "core/error.h"
#include "io/atomic_file.h"
#include "pipeline/runner.h"
#include "profiler/profile_report.h"

namespace dfc::cli {
namespace {

struct ProfilerOptions {
    std::string har, hwArch, script, html, json, csv, hostLink;
    double streamFps = 0;
};

void printSummary(const nlohmann::ordered_json& r)
{
    const auto& p = r["performance"];
    std::printf("%s on %s (%s%s)\n", r["network"].get<std::string>().c_str(), r["hw_arch"].get<std::string>().c_str(),
                r["state"].get<std::string>().c_str(), r["compiled_implicitly"].get<bool>() ? ", compiled for this report" : "");
    std::printf("  FPS: %.1f (batch 1), %.1f (batch 8); latency %.3f ms; power %.2f W\n", p["fps_batch_1"].get<double>(),
                p["fps_batch_8"].get<double>(), p["latency_ms"].get<double>(), p["power_w"].get<double>());
    std::printf("  contexts: %d — %s\n", r["contexts"]["count"].get<int>(), r["contexts"]["why"].get<std::string>().c_str());
    std::printf("  limited by %s\n", p["limited_by"].get<std::string>().c_str());
    const auto& hw = r["hardware"];
    std::printf("  host link (%s, %.0f MB/s): %.1f Mbit/s in, %.1f Mbit/s out (batch 8)\n", hw["host_link"].get<std::string>().c_str(),
                hw["host_bytes_per_second"].get<double>() / 1e6, p["input_mbps"].get<double>(), p["output_mbps"].get<double>());
    if (p.contains("stream"))
        std::printf("  fed at %.1f FPS: runs %.1f FPS, busy %.0f %%, %.2f W\n", p["stream"]["fps_requested"].get<double>(),
                    p["stream"]["fps"].get<double>(), 100 * p["stream"]["busy_share"].get<double>(), p["stream"]["power_w"].get<double>());
}

void runProfiler(const ProfilerOptions& o)
{
    Runner runner;
    const ModelScript script = openHarForStage(runner, o.har, o.hwArch, o.script);
    ProfileOptions options;
    options.streamFps = o.streamFps;
    if (!o.hostLink.empty()) options.hostLink = HostLink::parse(o.hostLink);
    const nlohmann::ordered_json report = runner.profile(script, terminalProgress("profiling"), options);
    printSummary(report);
    const std::string html = o.html.empty() && o.json.empty() && o.csv.empty() ? runner.graph().name + "_profile.html" : o.html;
    if (!html.empty()) {
        writeFileAtomic(html, profileHtml(report));
        std::cout << "HTML report: " << html << "\n";
    }
    if (!o.json.empty()) {
        writeFileAtomic(o.json, report.dump(2) + "\n");
        std::cout << "JSON report: " << o.json << "\n";
    }
    if (!o.csv.empty()) {
        writeFileAtomic(o.csv, profileCsv(report));
        std::cout << "CSV per layer: " << o.csv << "\n";
    }
}

}  // namespace

void addProfilerCommand(CLI::App& app)
{
    auto o = std::make_shared<ProfilerOptions>();
    auto* cmd = app.add_subcommand("profiler", "Estimate FPS, latency, power and utilization; write HTML, JSON and CSV reports");
    cmd->add_option("har", o->har, "The .har file (any state)")->required()->check(CLI::ExistingFile);
    addHwArchOption(*cmd, o->hwArch, "Target (default: the HAR's)");
    cmd->add_option("--model-script", o->script, "Compilation commands for a HAR not compiled yet (.alls)")->check(CLI::ExistingFile);
    cmd->add_option("--out-html", o->html, "Self-contained HTML report (default: <net>_profile.html when no output is given)");
    cmd->add_option("--out-json", o->json, "The report as JSON (stable keys)");
    cmd->add_option("--out-csv", o->csv, "One row per layer");
    cmd->add_option("--stream-fps", o->streamFps, "Also estimate power and bandwidth when fed at this frame rate")
        ->check(CLI::PositiveNumber);
    cmd->add_option("--host-link", o->hostLink,
                    "PCIe link to the host as genGxL (default: the module's, Gen3 x4; a Raspberry Pi 5 gives one Gen2 lane: gen2x1)");
    cmd->callback([o] { runProfiler(*o); });
}

}  // namespace dfc::cli
