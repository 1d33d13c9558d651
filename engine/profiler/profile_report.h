#pragma once
// The profiler's report, as one JSON document with stable keys (the CLI writes it, the HTML and
// CSV are made from it, the Studio reads it):
//   format_version, network, hw_arch, state, compiled_implicitly,
//   model {params, macs, ops_per_frame, layers, inputs[], outputs[]},
//   optimization {optimization_level, compression_level, four_bit_ratio, layers_by_bits, snr_db{…}} (when quantized),
//   contexts {count, why, notes[], items[{index, layers, fps, bottleneck, utilization{control, compute, apus,
//            input_aligners, memory}, weight_bytes, host_input_bytes, host_output_bytes,
//            ddr_bytes (per frame through DDR portals, both ways; included in the host bytes)}]},
//   performance {fps_batch_1, fps_batch_8, latency_ms, power_w, limited_by, input_mbps, output_mbps,
//                host_mbps, batch_sweep[{batch, fps, power_w, host_mbps}],
//                timeline_batch_8[{context, config_ms, load_ms, inference_ms, drain_ms, overhead_ms, host_bound}],
//                stream {fps_requested, fps, busy_share, power_w, input_mbps, output_mbps, host_mbps} (with a stream rate)},
//   layers[{name, type, context, clusters, subclusters, parts, lcus, apus, input_aligners,
//           l3_weight_cuts, l3_output_cuts, macs, weight_bytes, lane_use, fps, frame_ms,
//           bound_by ("compute", "apu_output", "data_movement" or ""), power_w,
//           utilization (its context's frame rate over its own), bottleneck, snr_db}],
//   hardware {name, clusters, clock_hz, peak_tops, caps{…}, host_link ("gen2x1", or "module": the
//            description's), host_bytes_per_second, sources{path: provenance}}.
#include <string>

#include <nlohmann/json.hpp>

#include "compiler/allocation.h"
#include "compiler/hw_arch.h"

namespace dfc {

class Graph;

struct ProfileInputs {
    const Graph* graph = nullptr;
    const Allocation* allocation = nullptr;
    const HwArch* hw = nullptr;
    std::string state;                      ///< the HAR's state when profiled
    bool compiledImplicitly = false;        ///< the HAR was not compiled: compiled for the report
    nlohmann::ordered_json quantization;    ///< the HAR's "quantization" metadata, or null
    nlohmann::json noise;                   ///< "<net>.noise.json", or null
    double streamFps = 0;                   ///< > 0: also estimate power and bandwidth fed at this rate
    std::string hostLink;                   ///< HostLink::name() when `hw` carries another link, else empty
};

nlohmann::ordered_json profileReport(const ProfileInputs& inputs);
/// One row per layer, the report's layer columns.
std::string profileCsv(const nlohmann::ordered_json& report);
/// One self-contained HTML page (inline CSS and SVG charts, no network).
std::string profileHtml(const nlohmann::ordered_json& report);

}  // namespace dfc
