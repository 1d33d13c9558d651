#pragma once
// What the compiler decided: the contexts, each layer's units (subclusters, defused parts, layer
// controllers, APUs, input aligners, L3 cuts for weights and output buffers), its cluster and its
// throughput, each context's bottleneck, and why the model needed the contexts it has. Stored in
// the HAR as "<net>.allocation.json" (stable keys) and written back as the .auto.alls script that
// reproduces it.
#include <cstdint>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/compile_settings.h"

namespace dfc {

struct LayerAllocation {
    std::string layer, type;
    int context = 0;
    std::vector<int> clusters;     ///< the clusters its parts sit on
    int subclusters = 0;
    int parts = 1;                 ///< defused into this many units, each with its controller
    int lcus = 0, apus = 0, inputAligners = 0;
    int l3WeightCuts = 0, l3OutputCuts = 0;
    int64_t ops = 0;               ///< per frame
    int64_t macs = 0;
    int64_t weightBytes = 0;
    int64_t outputBytes = 0;       ///< per frame
    int64_t bufferBytes = 0;       ///< output rows kept for its consumers
    double laneUse = 1;
    double cyclesPerFrame = 0;
    /// What sets its pace: "compute" (MACs on its subclusters), "apu_output" (its APUs writing the
    /// output), "data_movement" (a layer without MACs streaming bytes); empty when it has none.
    std::string boundBy;
    double fps = 0;                ///< this layer alone (0 for boundary layers)
    double fillFraction = 0;       ///< share of a frame's time before its first output row
    bool onChip = true;
    std::vector<std::string> ddrTo;  ///< consumers whose rows wait in host memory (DDR portals)
    std::string mergedInto;          ///< merge(host, this) of the model script: runs on the host's units

    /// Part `part`'s share of `total` units split over the parts (the first parts take the remainder).
    int partShare(int total, int part) const { return total / parts + (part < total % parts ? 1 : 0); }
    /// Where it sits and what it holds: the keys the allocation and the profiler report share.
    nlohmann::ordered_json placementJson() const;
};

struct UnitCounts {
    int lcus = 0, subclusters = 0, apus = 0, inputAligners = 0, l3Cuts = 0;
};

struct ContextAllocation {
    int index = 0;
    std::vector<std::string> layers;  ///< in topological order (on-chip layers)
    UnitCounts used;
    std::vector<UnitCounts> clusters;  ///< per cluster
    double fps = 0;                   ///< its bottleneck layer's
    std::string bottleneck;
    int64_t weightBytes = 0;          ///< loaded when the context is switched in
    int64_t hostInputBytes = 0;       ///< per frame: boundary inputs and tensors from earlier contexts
    int64_t hostOutputBytes = 0;      ///< per frame: boundary outputs and tensors for later contexts
    int64_t macs = 0;                 ///< per frame
    int64_t ddrWriteBytes = 0;        ///< per frame into DDR portals (also in hostOutputBytes)
    int64_t ddrReadBytes = 0;         ///< per frame back from them (also in hostInputBytes)
};

struct Allocation {
    std::string network, hwArch;
    CompileSettings settings;
    std::vector<ContextAllocation> contexts;
    std::vector<LayerAllocation> layers;  ///< topological order, boundary layers included
    std::string whyContexts;             ///< plain language: one context, or what ran out and by how much
    std::vector<std::string> notes;

    const LayerAllocation* find(const std::string& layer) const;
    nlohmann::ordered_json toJson() const;
    static Allocation fromJson(const nlohmann::json& j, const std::string& what);
    /// The model script that reproduces this allocation (the vendor's saved-allocation form).
    std::string autoScript() const;
};

}  // namespace dfc
