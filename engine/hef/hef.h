#pragma once
// The compiled binary (.hef): the public HEF container (header V2 or V3, XXH3-64, a protobuf
// metadata message; ../shared/reference/hef-container.md) describing the network group, its
// contexts and its boundary streams the way HailoRT's tools read them, and our executable
// payload in the container's data section: the quantized graph, the integer weights and, per
// context, the layers it runs. The payload is for our CPU runtime (engine/runtime); a Hailo
// device cannot execute it (the contexts carry no device configuration).
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

#include "compiler/allocation.h"
#include "ir/graph.h"
#include "quant/quantized_model.h"

namespace dfc {

/// One boundary stream as HailoRT reports it: device shape and format, host quantization.
struct HefStream {
    std::string name;              ///< "<net>/<layer>", the stream and vstream name
    std::string layer;             ///< the HN layer it carries (hn_output_layer_name)
    std::vector<std::string> originalNames;
    bool input = true;
    int context = 0;
    int sysIndex = 0;
    uint32_t height = 1, width = 1, features = 1;
    std::string order = "NHWC";    ///< NHWC or NC
    int dataBytes = 1;             ///< 1: UINT8, 2: UINT16
    double zeroPoint = 0, scale = 1, limMin = 0, limMax = 0;  ///< as stored (float32 in the file)
    bool transposed = false;       ///< height and width swapped on the device; the host swaps back
};

struct HefContext {
    int index = 0;
    std::string name;
    std::vector<std::string> layers;      ///< in execution order
    std::vector<std::string> carriedIn;   ///< tensors from earlier contexts (layer names)
    std::vector<std::string> carriedOut;  ///< tensors later contexts read
};

/// Where one payload part lies in the data section, and how it is stored.
struct HefBlob {
    uint64_t offset = 0, size = 0, xxh3 = 0;
    bool zlib = false;
    uint64_t rawSize = 0;
};

/// What `dfc hef info` prints and the runtime checks before it runs anything.
struct HefInfo {
    int containerVersion = 3;
    uint64_t fileBytes = 0;
    uint64_t hash = 0;              ///< the header's XXH3-64 (what Hef::hash() shows)
    std::string hwArch;             ///< hailo8, hailo8r, hailo8l (or "arch <n>")
    std::string compilerVersion;    ///< "major.minor.revision"
    std::string compilerName;
    std::string networkGroup;
    double bottleneckFps = 0;
    double latencySeconds = 0;
    std::vector<std::string> extensions;
    std::vector<HefContext> contexts;
    std::vector<HefStream> inputs, outputs;  ///< outputs in sorted_outputs_order
    bool hasPayload = false;        ///< written by Dataflow Studio: runnable by our runtime
    int payloadVersion = 0;
    HefBlob network, params, quantized;

    nlohmann::ordered_json toJson() const;
};

struct HefOptions {
    int containerVersion = 3;       ///< 2 or 3
    double bottleneckFps = 0;       ///< the profiler's, batch 1
    double latencySeconds = 0;
    std::string compilerVersion;    ///< "major.minor.revision"
};

/// The .hef bytes of a compiled model; the same inputs give the same bytes.
std::string writeHef(const Graph& graph, const QuantizedModel& model, const Allocation& allocation, const HefOptions& options);

/// A verified .hef: the container, the hash, the metadata and every payload offset, length and
/// hash are checked before anything is returned. Throws InvalidFormat (with `what` and the
/// field) on any inconsistency.
struct HefFile {
    HefInfo info;
    std::string bytes;
    size_t dataOffset = 0;  ///< where the data section starts in `bytes`
    std::string what;       ///< the file, for errors

    /// A payload part, decompressed; throws InvalidFormat when it does not inflate to its
    /// declared size.
    std::string blob(const HefBlob& b, const std::string& what) const;
};
HefFile readHef(std::string bytes, const std::string& what);
HefFile readHefFile(const std::string& path);

}  // namespace dfc
