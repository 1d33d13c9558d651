#pragma once
// Throughput, latency, power and host bandwidth of an allocation, for any batch size, single- or
// multi-context. A context streams frames at its slowest layer's rate (or its host traffic's,
// whichever is lower) after a pipeline fill; between contexts the next context's weights and
// configuration come over the host link, so a batch of B frames runs through each context before
// the switch and the switch cost is shared by the B frames.
#include <string>
#include <vector>

#include "compiler/allocation.h"
#include "compiler/hw_arch.h"

namespace dfc {

/// One context's share of a batch (seconds): the timeline of the profiler's multi-context view.
struct ContextTiming {
    int context = 0;
    double config = 0;     ///< switch-in: the fixed cost (firmware, sequencer)
    double load = 0;       ///< switch-in: the context's weights over the host link
    double inference = 0;  ///< the batch's frames at the context's frame rate
    double drain = 0;      ///< emptying the pipeline after the batch's last frame (overlaps the next switch-in)
    double overhead = 0;   ///< host transfers' fixed costs once per batch
    double frameSeconds = 0;
    bool hostBound = false;  ///< the host link, not a layer, sets its frame rate
};

struct Performance {
    int batch = 1;
    double fps = 0;
    double latencySeconds = 0;       ///< first input to last output of one frame (batch of one)
    double powerWatts = 0;
    double inputBytesPerSecond = 0;  ///< boundary inputs
    double outputBytesPerSecond = 0; ///< boundary outputs
    double hostBytesPerSecond = 0;   ///< everything over the host link: boundaries, inter-context tensors, weights
    std::vector<ContextTiming> timeline;
    std::string limitedBy;           ///< plain language: the layer, the host link, or context switches
};

Performance estimatePerformance(const Allocation& allocation, const HwArch& hw, int batch);

/// The same allocation fed at `fps` frames per second (at most what it sustains at batch 1):
/// power and bandwidth follow the frames, not the peak.
Performance estimateAtStreamRate(const Allocation& allocation, const HwArch& hw, double fps);

}  // namespace dfc
