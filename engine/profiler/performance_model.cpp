#include "profiler/performance_model.h"

#include <algorithm>
#include <cstdio>

namespace dfc {
namespace {

struct ContextTraffic {
    double boundaryIn = 0, boundaryOut = 0;  ///< bytes per frame to/from the user
    double fill = 0;                          ///< pipeline depth as a share of a frame
};

ContextTraffic trafficOf(const Allocation& a, const ContextAllocation& c)
{
    ContextTraffic t;
    for (const LayerAllocation& l : a.layers) {
        if (l.context != c.index) continue;
        if (!l.onChip && l.type == "input_layer") t.boundaryIn += l.outputBytes;
        if (!l.onChip && l.type == "output_layer") t.boundaryOut += l.outputBytes;
        if (l.onChip) t.fill = std::max(t.fill, l.fillFraction);
    }
    return t;
}

std::string percent(double share)
{
    char text[16];
    std::snprintf(text, sizeof text, "%.0f %%", 100 * share);
    return text;
}

}  // namespace

Performance estimatePerformance(const Allocation& a, const HwArch& hw, int batch)
{
    Performance p;
    p.batch = std::max(1, batch);
    const double bw = hw.hostBytesPerSecond;
    const bool multi = a.contexts.size() > 1;
    double total = 0, latency = 0, hostBytes = 0, boundaryIn = 0, boundaryOut = 0, macs = 0, configTime = 0;
    std::string slowest;
    double slowestFrame = 0;
    for (const ContextAllocation& c : a.contexts) {
        const ContextTraffic t = trafficOf(a, c);
        ContextTiming ct;
        ct.context = c.index;
        // Full duplex: inputs and outputs each have the link's bandwidth.
        const double hostFrame = std::max(c.hostInputBytes, c.hostOutputBytes) / bw;
        const double computeFrame = c.fps > 0 ? 1.0 / c.fps : 0;
        ct.frameSeconds = std::max(computeFrame, hostFrame);
        ct.hostBound = hostFrame > computeFrame;
        ct.inference = p.batch * ct.frameSeconds;
        ct.drain = t.fill * ct.frameSeconds + 2 * hw.hostLatencySeconds;
        // A single context is configured once; several reload their weights at every switch.
        ct.config = multi ? hw.contextSwitchSeconds + c.weightBytes / bw : 0;
        total += ct.config + ct.inference + (multi ? ct.drain : 0);
        latency += ct.config + ct.frameSeconds + ct.drain;
        configTime += ct.config;
        hostBytes += p.batch * double(c.hostInputBytes + c.hostOutputBytes) + (multi ? double(c.weightBytes) : 0);
        boundaryIn += t.boundaryIn;
        boundaryOut += t.boundaryOut;
        macs += double(c.macs);
        if (ct.frameSeconds > slowestFrame) {
            slowestFrame = ct.frameSeconds;
            slowest = ct.hostBound ? "the host link (context " + std::to_string(c.index) + "'s transfers)"
                                   : "layer " + c.bottleneck + " (context " + std::to_string(c.index) + ")";
        }
        p.timeline.push_back(ct);
    }
    if (!multi && !p.timeline.empty()) total = p.timeline[0].frameSeconds * p.batch;  // frames stream back to back
    p.fps = total > 0 ? p.batch / total : 0;
    p.latencySeconds = latency;
    p.inputBytesPerSecond = boundaryIn * p.fps;
    p.outputBytesPerSecond = boundaryOut * p.fps;
    p.hostBytesPerSecond = total > 0 ? hostBytes / total : 0;
    p.powerWatts = hw.staticWatts + hw.joulesPerMac * macs * p.fps + hw.joulesPerHostByte * p.hostBytesPerSecond;
    if (multi && total > 0 && configTime / total > 0.5)
        p.limitedBy = "context switches: " + percent(configTime / total) + " of the time reloads weights and configuration (larger batches amortize it)";
    else p.limitedBy = slowest;
    return p;
}

}  // namespace dfc
