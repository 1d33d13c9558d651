// Reads and verifies a .hef: container, metadata, streams, contexts and payload, before any of
// it is used. Written from the format description, like HailoRT's own checks (and stricter
// where HailoRT would crash: an empty buffer list, no contexts).
#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

#include "core/error.h"
#include "hef/hef.h"
#include "hef/hef_container.h"
#include "hef/hef_streams.h"
#include "hef_metadata.pb.h"
#include "io/atomic_file.h"

namespace dfc {
namespace {

constexpr size_t kMaxName = 128;  // HailoRT's limit for stream names

class MetadataReader {
public:
    MetadataReader(const std::string& what) : mWhat(what) {}

    [[noreturn]] void bad(const std::string& field, const std::string& why) const { fail(ErrorCode::InvalidFormat, why, mWhat, field); }

    HefStream stream(const hefpb::EdgeLayer& e, int context, const std::string& at)
    {
        if (e.direction() > 1) bad(at + ".direction", "unknown direction " + std::to_string(e.direction()));
        const auto& info = e.layer_info();
        const auto& base = info.edge_layer_base();
        HefStream s;
        s.name = info.name();
        s.layer = info.hn_output_layer_name();
        s.originalNames.assign(info.original_names().begin(), info.original_names().end());
        s.input = e.direction() == 0;
        s.context = context;
        s.sysIndex = int(base.sys_index());
        s.height = base.height(), s.width = base.width(), s.features = base.features();
        s.dataBytes = int(base.data_bytes());
        s.transposed = info.transposed();
        s.zeroPoint = info.numeric_info().qp_zp();
        s.scale = info.numeric_info().qp_scale();
        s.limMin = info.numeric_info().limvals_min();
        s.limMax = info.numeric_info().limvals_max();
        if (s.name.empty() || s.name.size() >= kMaxName) bad(at + ".name", "a stream name must have 1 to 127 characters");
        if (!mNames.insert(s.name).second) bad(at + ".name", "stream '" + s.name + "' appears twice");
        if (base.format() == 0) s.order = "NHWC";
        else if (base.format() == 2) s.order = "NC";
        else bad(at + ".format", "stream format " + std::to_string(base.format()) + " is not read (NHWC 0, NC 2)");
        if (s.dataBytes != 1 && s.dataBytes != 2) bad(at + ".data_bytes", "data_bytes must be 1 or 2, not " + std::to_string(s.dataBytes));
        if (s.height == 0 || s.width == 0 || s.features == 0) bad(at + ".shape", "a stream dimension is 0");
        if (base.padded_height() < s.height || base.padded_width() < s.width || base.padded_features() < s.features)
            bad(at + ".padded_shape", "padded shape smaller than the shape");
        const uint64_t frame = uint64_t(base.padded_height()) * base.padded_width() * base.padded_features() * uint64_t(s.dataBytes);
        if (frame >= (uint64_t{1} << 32)) bad(at + ".shape", "a frame of " + std::to_string(frame) + " bytes");
        if (base.core_bytes_per_buffer() >= 65536 || base.core_buffers_per_frame() >= 65536)
            bad(at + ".core_buffers", "buffer size and count must be below 65536");
        if (base.sys_index() >= 256) bad(at + ".sys_index", "sys_index must be below 256");
        if (base.buffer_indices_size() != 1) bad(at + ".buffer_indices", "exactly one buffer index expected");
        if (!(s.scale > 0) || !std::isfinite(s.scale)) bad(at + ".qp_scale", "the quantization scale must be positive");
        return s;
    }

    void context(const hefpb::Context& pc, size_t index, HefInfo& info)
    {
        const std::string at = "contexts[" + std::to_string(index) + "]";
        if (pc.context_index() != index) bad(at + ".context_index", "context index " + std::to_string(pc.context_index()) + " at position " + std::to_string(index));
        HefContext c;
        c.index = int(index);
        c.name = pc.metadata().name();
        c.layers.assign(pc.program().layers().begin(), pc.program().layers().end());
        c.carriedIn.assign(pc.program().carried_in().begin(), pc.program().carried_in().end());
        c.carriedOut.assign(pc.program().carried_out().begin(), pc.program().carried_out().end());
        for (int i = 0; i < pc.metadata().edge_layers_size(); ++i) {
            const auto& e = pc.metadata().edge_layers(i);
            // Only boundary layers of the plain kind are user streams; inter-context and DDR
            // edges are the device's business.
            if (e.edge_layer_type() != 0 || e.context_switch_info().edge_connection_type() != 0 || !e.has_layer_info()) continue;
            HefStream s = stream(e, c.index, at + ".edge_layers[" + std::to_string(i) + "]");
            (s.input ? info.inputs : info.outputs).push_back(std::move(s));
        }
        info.contexts.push_back(std::move(c));
    }

    void sortOutputs(const hefpb::NetworkGroup& ng, HefInfo& info)
    {
        std::vector<std::string> order(ng.sorted_outputs_order().begin(), ng.sorted_outputs_order().end());
        if (order.empty() && ng.contexts_size() > 0) {
            const auto& last = ng.contexts(ng.contexts_size() - 1).metadata().sorted_outputs_order();
            order.assign(last.begin(), last.end());
        }
        if (order.empty()) bad("sorted_outputs_order", "the output order is not set");
        std::vector<HefStream> sorted;
        for (const std::string& name : order) {
            auto it = std::find_if(info.outputs.begin(), info.outputs.end(), [&](const HefStream& s) { return s.name == name; });
            if (it == info.outputs.end()) continue;  // fused or internal names may be listed too
            sorted.push_back(*it);
        }
        if (sorted.size() != info.outputs.size()) bad("sorted_outputs_order", "an output stream is missing from the output order");
        info.outputs = std::move(sorted);
    }

    HefBlob blob(const hefpb::Blob& b, std::string_view data, const std::string& field) const
    {
        if (b.offset() > data.size() || b.size() > data.size() - b.offset())
            bad("payload." + field, "part at " + std::to_string(b.offset()) + "+" + std::to_string(b.size()) + " lies beyond the " +
                                        std::to_string(data.size()) + "-byte data section");
        if (xxh3(data.substr(b.offset(), b.size())) != b.xxh3()) bad("payload." + field, "hash mismatch: the payload is damaged");
        if (b.compression() > 1) bad("payload." + field, "unknown compression " + std::to_string(b.compression()));
        if (b.compression() == 0 && b.raw_size() != b.size()) bad("payload." + field, "raw size differs from the stored size");
        return {b.offset(), b.size(), b.xxh3(), b.compression() == 1, b.raw_size()};
    }

private:
    std::string mWhat;
    std::set<std::string> mNames;
};

void checkPrograms(const HefInfo& info, const MetadataReader& r)
{
    std::set<std::string> seen;
    for (const HefContext& c : info.contexts) {
        if (c.layers.empty()) r.bad("contexts[" + std::to_string(c.index) + "].program", "a context without layers");
        for (const std::string& l : c.layers)
            if (l.empty() || !seen.insert(l).second) r.bad("contexts[" + std::to_string(c.index) + "].program", "layer '" + l + "' listed twice or empty");
    }
}

}  // namespace

std::string HefFile::blob(const HefBlob& b, const std::string& what) const
{
    const std::string_view stored = std::string_view(bytes).substr(dataOffset + b.offset, b.size);
    return b.zlib ? inflateBytes(stored, b.rawSize, what) : std::string(stored);
}

HefFile readHef(std::string bytes, const std::string& what)
{
    HefFile file;
    file.bytes = std::move(bytes);
    file.what = what;
    const HefContainer container = unpackHefContainer(file.bytes, what);
    MetadataReader r(what);
    hefpb::Hef hef;
    if (container.metadata.size() > size_t(std::numeric_limits<int>::max()) ||
        !hef.ParseFromArray(container.metadata.data(), int(container.metadata.size())))
        r.bad("metadata", "the metadata protobuf does not parse (truncated or damaged)");
    file.dataOffset = size_t(container.data.data() - file.bytes.data());
    HefInfo& info = file.info;
    info.containerVersion = container.version;
    info.fileBytes = file.bytes.size();
    info.hash = container.hash;
    if (hef.header().version() == 0) r.bad("header.version", "metadata version 0 (the pre-extension format) is not read");
    info.hwArch = hefHwArchName(hef.header().hw_arch());
    const auto& sdk = hef.header().sdk_version();
    info.compilerVersion = std::to_string(sdk.major()) + "." + std::to_string(sdk.minor()) + "." + std::to_string(sdk.revision());
    info.compilerName = hef.header().sdk_version_str();
    for (const auto& e : hef.extensions()) info.extensions.push_back(e.name().empty() ? std::to_string(e.type_index()) : e.name());
    if (hef.network_groups_size() != 1)
        r.bad("network_groups", std::to_string(hef.network_groups_size()) + " network groups: one is expected");
    const hefpb::NetworkGroup& ng = hef.network_groups(0);
    info.networkGroup = ng.metadata().network_group_name();
    if (info.networkGroup.empty() || info.networkGroup.size() >= kMaxName) r.bad("network_group_name", "a network group name must have 1 to 127 characters");
    info.bottleneckFps = ng.metadata().bottleneck_fps();
    info.latencySeconds = ng.metadata().latency();
    if (ng.contexts_size() == 0) r.bad("contexts", "a network group without contexts");
    for (int i = 0; i < ng.contexts_size(); ++i) r.context(ng.contexts(i), size_t(i), info);
    if (info.inputs.empty() || info.outputs.empty()) r.bad("edge_layers", "a network needs at least one input and one output stream");
    r.sortOutputs(ng, info);
    if (hef.has_payload()) {
        const auto& p = hef.payload();
        if (p.format_version() != 1) r.bad("payload.format_version", "payload format " + std::to_string(p.format_version()) + " is not known");
        info.hasPayload = true;
        info.payloadVersion = int(p.format_version());
        info.network = r.blob(p.network(), container.data, "network");
        info.params = r.blob(p.params(), container.data, "params");
        info.quantized = r.blob(p.quantized(), container.data, "quantized");
        checkPrograms(info, r);
    }
    return file;
}

HefFile readHefFile(const std::string& path) { return readHef(readFile(path), path); }

}  // namespace dfc
