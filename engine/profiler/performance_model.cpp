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
    const double bw = hw.edgeBytesPerSecond();
    const bool multi = a.contexts.size() > 1;
    double total = 0, latency = 0, hostBytes = 0, boundaryIn = 0, boundaryOut = 0, macs = 0, configTime = 0;
    std::string slowest;
    double slowestFrame = 0;
    for (const ContextAllocation& c : a.contexts) {
        const ContextTraffic t = trafficOf(a, c);
        ContextTiming ct;
        ct.context = c.index;
        // Full duplex: inputs and outputs each have the link's bandwidth. Streams in and out of
        // the chip's edge go at its stream rate; DDR portals are plain DMA at the host link's.
        const double link = hw.hostBytesPerSecond;
        const double hostFrame = std::max(double(c.hostInputBytes - c.ddrReadBytes) / bw + double(c.ddrReadBytes) / link,
                                          double(c.hostOutputBytes - c.ddrWriteBytes) / bw + double(c.ddrWriteBytes) / link);
        const double computeFrame = c.fps > 0 ? 1.0 / c.fps : 0;
        ct.frameSeconds = std::max(computeFrame, hostFrame);
        ct.hostBound = hostFrame > computeFrame;
        ct.inference = p.batch * ct.frameSeconds;
        ct.drain = t.fill * ct.frameSeconds;
        ct.overhead = 2 * hw.hostLatencySeconds;
        // A single context is configured once; several reload their weights at every switch.
        if (multi) {
            ct.config = hw.contextSwitchSeconds;
            // The weights cross the host link: a narrower link than the fit's (one lane) bounds it.
            ct.load = double(c.weightBytes) / std::min(hw.weightLoadBytesPerSecond, hw.hostBytesPerSecond);
        }
        total += ct.inference + (multi ? ct.overhead : 0);
        latency += ct.config + ct.load + ct.frameSeconds + ct.drain + ct.overhead;
        configTime += ct.config + ct.load;
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
    // Switching in a context (its weights over the host link) overlaps the previous context's
    // drain: the sequencer loads the next configuration while the pipeline empties.
    for (size_t k = 0; multi && k < p.timeline.size(); ++k) {
        const ContextTiming& previous = p.timeline[(k + p.timeline.size() - 1) % p.timeline.size()];
        total += std::max(p.timeline[k].config + p.timeline[k].load, previous.drain);
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

Performance estimateAtStreamRate(const Allocation& a, const HwArch& hw, double fps)
{
    Performance p = estimatePerformance(a, hw, 1);
    const double peak = p.fps;
    if (!(fps > 0) || fps >= peak) return p;
    const double share = fps / peak;
    double macs = 0;
    for (const ContextAllocation& c : a.contexts) macs += double(c.macs);
    p.fps = fps;
    p.inputBytesPerSecond *= share;
    p.outputBytesPerSecond *= share;
    p.hostBytesPerSecond *= share;
    p.powerWatts = hw.staticWatts + hw.joulesPerMac * macs * fps + hw.joulesPerHostByte * p.hostBytesPerSecond;
    p.limitedBy = "the input stream";
    return p;
}

}  // namespace dfc
