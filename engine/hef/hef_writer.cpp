// Writes the .hef of a compiled model: the metadata HailoRT reads (network group, contexts,
// boundary streams with shape, format and quantization, the profiler's FPS and latency, the
// target) and our payload (quantized graph, integer weights, per-context programs).
#include <algorithm>
#include <map>
#include <set>

#include "core/error.h"
#include "hef/hef.h"
#include "hef/hef_container.h"
#include "hef/hef_streams.h"
#include "hef_metadata.pb.h"
#include "io/hn_json.h"

namespace dfc {
namespace {

constexpr uint32_t kExtensionMultiContext = 4;
constexpr uint32_t kExtensionPeriphCalculationInHailort = 26;  // HailoRT refuses a HEF without it
constexpr uint32_t kPayloadFormat = 1;

int contextOf(const Allocation& a, const std::string& layer)
{
    const LayerAllocation* la = a.find(layer);
    if (!la) fail(ErrorCode::Internal, "the allocation does not place the layer", {}, layer);
    if (la->context < 0 || la->context >= int(a.contexts.size())) fail(ErrorCode::Internal, "context out of range", {}, layer);
    return la->context;
}

/// Per context: its layers in topological order and the tensors crossing its border.
std::vector<HefContext> contextPrograms(const Graph& graph, const Allocation& a)
{
    std::vector<HefContext> contexts(a.contexts.size());
    for (size_t c = 0; c < contexts.size(); ++c) {
        contexts[c].index = int(c);
        contexts[c].name = graph.name + "_context_" + std::to_string(c);
    }
    std::map<std::string, int> where;
    for (const Layer* l : graph.topoOrder()) where[l->name] = contextOf(a, l->name);
    std::vector<std::set<std::string>> in(contexts.size()), out(contexts.size());
    for (const Layer* l : graph.topoOrder()) {
        const int c = where[l->name];
        contexts[c].layers.push_back(l->name);
        for (const std::string& p : l->inputs) {
            if (where[p] > c) fail(ErrorCode::Internal, "a layer reads a tensor of a later context", {}, l->name);
            if (where[p] == c) continue;
            if (in[c].insert(p).second) contexts[c].carriedIn.push_back(p);
            if (out[where[p]].insert(p).second) contexts[where[p]].carriedOut.push_back(p);
        }
    }
    return contexts;
}

void fillStream(hefpb::EdgeLayer& e, const HefStream& s)
{
    e.set_direction(s.input ? 0 : 1);
    e.mutable_context_switch_info()->set_context_index(uint32_t(s.context));
    auto* info = e.mutable_layer_info();
    info->set_name(s.name);
    info->set_hn_output_layer_name(s.layer);
    for (const std::string& n : s.originalNames) info->add_original_names(n);
    info->set_transposed(s.transposed);
    auto* base = info->mutable_edge_layer_base();
    base->set_height(s.height);
    base->set_padded_height(s.height);
    base->set_width(s.width);
    base->set_padded_width(s.width);
    base->set_features(s.features);
    base->set_padded_features(s.features);
    base->set_format(s.order == "NC" ? 2 : 0);
    base->set_sys_index(uint32_t(s.sysIndex));
    const StreamBuffers buffers = streamBuffers(s);
    base->set_core_bytes_per_buffer(buffers.bytesPerBuffer);
    base->set_core_buffers_per_frame(buffers.buffersPerFrame);
    base->set_data_bytes(uint32_t(s.dataBytes));
    base->add_buffer_indices();  // HailoRT expects exactly one
    auto* numeric = info->mutable_numeric_info();
    numeric->set_qp_zp(float(s.zeroPoint));
    numeric->set_qp_scale(float(s.scale));
    numeric->set_limvals_min(float(s.limMin));
    numeric->set_limvals_max(float(s.limMax));
}

void fillNetworkGroup(hefpb::NetworkGroup& ng, const Graph& graph, const std::vector<HefContext>& contexts,
                      const std::vector<HefStream>& streams, const HefOptions& o)
{
    auto* meta = ng.mutable_metadata();
    meta->set_network_group_name(graph.name);
    meta->set_bottleneck_fps(o.bottleneckFps);
    meta->set_latency(o.latencySeconds);
    for (const HefContext& c : contexts) {
        auto* pc = ng.add_contexts();
        pc->set_context_index(uint32_t(c.index));
        pc->mutable_metadata()->set_name(c.name);
        for (const HefStream& s : streams)
            if (s.context == c.index) fillStream(*pc->mutable_metadata()->add_edge_layers(), s);
        auto* program = pc->mutable_program();
        for (const auto& l : c.layers) program->add_layers(l);
        for (const auto& l : c.carriedIn) program->add_carried_in(l);
        for (const auto& l : c.carriedOut) program->add_carried_out(l);
    }
    for (const HefStream& s : streams)
        if (!s.input) ng.add_sorted_outputs_order(s.name);
}

/// The float parameters the integer kernels still read: everything but the weights the
/// quantized model holds as integers.
TensorMap runtimeParams(const Graph& graph, const QuantizedModel& model)
{
    TensorMap kept;
    for (auto& [key, t] : graphParams(graph)) {
        const std::string layer = paramLayerName(graph.name, key);
        const std::string field = key.substr(key.rfind('/') + 1);
        const bool integer = !layer.empty() && !model.at(layer).kernel.empty() &&
                             (field.starts_with("kernel") || field.starts_with("bias") || field.starts_with("const"));
        if (!integer) kept.emplace(key, t);
    }
    return kept;
}

uint32_t clusterBitmap(const Allocation& a)
{
    uint32_t bits = 0;
    for (const LayerAllocation& l : a.layers)
        for (int c : l.clusters)
            if (c >= 0 && c < 32) bits |= 1u << c;
    return bits ? bits : 1u;
}

void setCompilerVersion(hefpb::Header& h, const std::string& version)
{
    unsigned parts[3] = {0, 0, 0};
    size_t at = 0;
    for (int i = 0; i < 3 && at <= version.size(); ++i) {
        const size_t dot = version.find('.', at);
        try {
            parts[i] = unsigned(std::stoul(version.substr(at, dot - at)));
        } catch (const std::exception&) {
            break;
        }
        if (dot == std::string::npos) break;
        at = dot + 1;
    }
    h.mutable_sdk_version()->set_major(parts[0]);
    h.mutable_sdk_version()->set_minor(parts[1]);
    h.mutable_sdk_version()->set_revision(parts[2]);
    h.set_sdk_version_str("Dataflow Studio " + version);
}

}  // namespace

std::string writeHef(const Graph& graph, const QuantizedModel& model, const Allocation& allocation, const HefOptions& o)
{
    const std::vector<HefContext> contexts = contextPrograms(graph, allocation);
    std::vector<HefStream> streams = boundaryStreams(graph, model, [&](const std::string& l) { return contextOf(allocation, l); });

    hefpb::Hef hef;
    auto* header = hef.mutable_header();
    header->set_hw_arch(hefHwArchCode(allocation.hwArch));
    header->set_version(1);
    header->set_timestamp(0);  // deterministic bytes: no build time
    setCompilerVersion(*header, o.compilerVersion);
    auto* periph = hef.add_extensions();
    periph->set_type_index(kExtensionPeriphCalculationInHailort);
    periph->set_name("PERIPH_CALCULATION_IN_HAILORT");
    if (contexts.size() > 1) {
        auto* multi = hef.add_extensions();
        multi->set_type_index(kExtensionMultiContext);
        multi->set_name("IS_MULTI_CONTEXTS");
    }
    auto* ng = hef.add_network_groups();
    fillNetworkGroup(*ng, graph, contexts, streams, o);
    // HailoRT reads a hailo8l network group from its partial (per cluster layout) copies.
    if (hefHwArchCode(allocation.hwArch) == kHefArchHailo8L) {
        auto* partial = ng->add_partial_network_groups();
        fillNetworkGroup(*partial->mutable_network_group(), graph, contexts, streams, o);
        partial->mutable_layout()->set_partial_clusters_layout_bitmap(clusterBitmap(allocation));
    }

    std::string data;
    // Integer weights are stored as int32 codes: deflate brings them near their real bit width.
    auto putBlob = [&](hefpb::Blob* blob, const std::string& raw) {
        const std::string bytes = deflateBytes(raw);
        data.append((8 - data.size() % 8) % 8, '\0');
        blob->set_offset(data.size());
        blob->set_size(bytes.size());
        blob->set_xxh3(xxh3(bytes));
        blob->set_compression(1);
        blob->set_raw_size(raw.size());
        data += bytes;
    };
    auto* payload = hef.mutable_payload();
    payload->set_format_version(kPayloadFormat);
    putBlob(payload->mutable_network(), encodeHn(graph));
    putBlob(payload->mutable_params(), encodeNpz(runtimeParams(graph, model)));
    putBlob(payload->mutable_quantized(), encodeQuantizedModel(model, graph.name));

    std::string metadata;
    if (!hef.SerializeToString(&metadata)) fail(ErrorCode::Internal, "could not serialize the HEF metadata");
    return packHefContainer(o.containerVersion, metadata, data);
}

}  // namespace dfc
