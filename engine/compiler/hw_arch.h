#pragma once
// A target device as the compiler and the profiler see it: clusters and their units (layer
// controllers, subclusters, input aligners, APUs, L3 memory cuts), the clock, the default
// utilization caps, the host link, context-switch costs and power coefficients. Every number
// comes from resources/hw/<name>.json with its provenance (a public fact, an inference, or a fit
// to published figures); nothing here is made up in code.
#include <map>
#include <string>
#include <vector>

namespace dfc {

/// One described number: its value and where it comes from.
struct HwValue {
    double value = 0;
    std::string source;  ///< "F: …" fact, "I: …" inference, "fit: …" fitted (to what, residual)
};

struct ResourceCaps {
    double control = 0.75;  ///< share of the LCUs the allocator may use
    double compute = 0.75;  ///< of the subclusters, APUs and input aligners
    double memory = 0.75;   ///< of the L3 cuts
    /// max_apu_utilization / max_input_aligner_utilization (the vendor's saved allocations write
    /// them); below zero: the compute cap.
    double apus = -1, inputAligners = -1;
    double apuShare() const { return apus < 0 ? compute : apus; }
    double inputAlignerShare() const { return inputAligners < 0 ? compute : inputAligners; }
};

struct HwArch {
    std::string name;         ///< hailo8, hailo8l, hailo8r
    std::string description;
    int clusters = 0;
    int lcusPerCluster = 0;
    int subclustersPerCluster = 0;
    int inputAlignersPerCluster = 0;
    int apusPerCluster = 0;
    int l3CutsPerCluster = 0;
    double l3CutBytes = 0;
    int macsPerSubclusterCycle = 0;   ///< 8 columns × 8 features
    int maxSubclustersPerLayer = 0;   ///< wider layers are defused into parts
    double macEfficiency = 1;         ///< share of a subcluster's MAC slots a layer keeps busy (fit)
    double apuElementsPerCycle = 0;   ///< output elements a layer part's APU writes per cycle (fit)
    double clockHz = 0;
    ResourceCaps defaultCaps;
    ResourceCaps performanceCaps;     ///< performance_param(compiler_optimization_level=max)
    double hostBytesPerSecond = 0;    ///< PCIe payload bandwidth, each direction
    double hostLatencySeconds = 0;    ///< one transfer's fixed cost
    double streamBytesPerCycle = 0;   ///< bytes per cycle a context takes in (or gives out) at its edge (fit)
    double contextSwitchSeconds = 0;  ///< fixed cost of switching contexts (firmware, sequencer)
    double weightLoadBytesPerSecond = 0;  ///< how fast a context's weights arrive at a switch (fit)
    double staticWatts = 0;
    double joulesPerMac = 0;
    double joulesPerHostByte = 0;
    /// Every value with its provenance, by the JSON path ("cluster.lcus"), for reports and docs.
    std::map<std::string, HwValue> provenance;

    int totalLcus() const { return clusters * lcusPerCluster; }
    int totalSubclusters() const { return clusters * subclustersPerCluster; }
    int totalInputAligners() const { return clusters * inputAlignersPerCluster; }
    int totalApus() const { return clusters * apusPerCluster; }
    int totalL3Cuts() const { return clusters * l3CutsPerCluster; }
    /// A context's edge: the host link or the stream rate, whichever is lower.
    double edgeBytesPerSecond() const;
    double peakOpsPerSecond() const { return 2.0 * totalSubclusters() * macsPerSubclusterCycle * clockHz; }

    /// A described target by name (the descriptions ship inside the program).
    static const HwArch& builtin(const std::string& name);
    static std::vector<std::string> builtinNames();
    /// Reads a description (JSON text); errors name the file and the JSON path.
    static HwArch fromJson(const std::string& text, const std::string& what);
};

/// The PCIe link between the host and the accelerator. The modules are Gen3 x4 (what the
/// descriptions assume); a Raspberry Pi 5 gives its AI HAT+ one Gen2 lane unless told otherwise.
struct HostLink {
    int generation = 3;  ///< 1 to 5
    int lanes = 4;       ///< 1, 2, 4, 8 or 16
    /// Payload bytes per second, each direction: the transfer rate after line coding
    /// (8b/10b up to Gen2, 128b/130b from Gen3), per lane, times the lanes.
    double bytesPerSecond() const;
    std::string name() const;  ///< "gen3x4"
    /// "gen2x1", "Gen3 x4", "g3x2"; anything else is InvalidArgument naming the expected form.
    static HostLink parse(const std::string& text);
};

/// `hw` behind another host link: the bandwidth replaced, its provenance naming the link.
HwArch withHostLink(const HwArch& hw, const HostLink& link);

}  // namespace dfc
