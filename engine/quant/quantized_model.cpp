#include "quant/quantized_model.h"

#include <cmath>

#include "core/error.h"
#include "io/archive.h"
#include "io/npy.h"

namespace dfc {

const LayerQuant& QuantizedModel::at(const std::string& layer) const
{
    auto it = layers.find(layer);
    if (it == layers.end()) fail(ErrorCode::NotFound, "the quantized model has no entry for this layer", {}, layer);
    return it->second;
}

std::vector<double> LayerQuant::accumulatorScales(double inputScale) const
{
    std::vector<double> s;
    for (double k : kernelScale) s.push_back(inputScale * k);
    return s;
}

std::vector<double> encodingVector(const QuantParams& p) { return {p.scale, double(p.zeroPoint), double(p.bits)}; }

QuantParams encodingFromVector(const std::vector<double>& v, const std::string& what)
{
    if (v.size() != 3) fail(ErrorCode::InvalidFormat, "an encoding is [scale, zero_point, bits]", what);
    const int bits = static_cast<int>(v[2]);
    if ((bits != 8 && bits != 16) || double(bits) != v[2])
        fail(ErrorCode::InvalidFormat, "activation bits must be 8 or 16", what);
    if (!(v[0] > 0) || !std::isfinite(v[0])) fail(ErrorCode::InvalidFormat, "scale must be positive and finite", what);
    QuantParams p;
    p.bits = bits;
    p.scale = v[0];
    p.qmin = 0;
    p.qmax = (1 << bits) - 1;
    if (v[1] != std::floor(v[1]) || v[1] < p.qmin || v[1] > p.qmax)
        fail(ErrorCode::InvalidFormat, "zero point outside the code range", what);
    p.zeroPoint = static_cast<int32_t>(v[1]);
    return p;
}

std::string quantizedMemberName(const std::string& net, const std::string& layer, const std::string& field)
{
    return net + "/" + layer + "/" + field + ":0.npy";
}

std::string encodeQuantizedModel(const QuantizedModel& model, const std::string& net)
{
    std::map<std::string, std::string> members;
    auto put = [&](const std::string& layer, const char* field, std::string npy) {
        members[quantizedMemberName(net, layer, field)] = std::move(npy);
    };
    for (const auto& [name, q] : model.layers) {
        put(name, "output", encodeNpyFloat64({3}, encodingVector(q.output)));
        if (q.preActivation) put(name, "pre_activation", encodeNpyFloat64({3}, encodingVector(*q.preActivation)));
        if (!q.kernel.empty()) {
            put(name, "kernel", encodeNpyInt32(q.kernelShape, q.kernel));
            put(name, "kernel_bits", encodeNpyInt32({1}, {q.weightBits}));
        }
        if (!q.kernelScale.empty())
            put(name, "kernel_scale", encodeNpyFloat64({int64_t(q.kernelScale.size())}, q.kernelScale));
        if (!q.bias.empty()) put(name, "bias", encodeNpyInt64({int64_t(q.bias.size())}, q.bias));
        if (!q.table.empty()) put(name, "table", encodeNpyInt32({int64_t(q.table.size())}, q.table));
    }
    return writeArchive(members, ArchiveFormat::Zip);
}

namespace {

void checkCodes(const std::vector<int32_t>& v, int64_t lo, int64_t hi, const std::string& what)
{
    for (int32_t x : v)
        if (x < lo || x > hi) fail(ErrorCode::InvalidFormat, "value " + std::to_string(x) + " outside [" +
                                                                  std::to_string(lo) + ", " + std::to_string(hi) + "]", what);
}

void validateLayer(const Layer& l, const LayerQuant& q, const std::string& what)
{
    if (!q.kernel.empty()) {
        if (q.weightBits != 4 && q.weightBits != 8 && q.weightBits != 16 && !(l.type() == "const_input"))
            fail(ErrorCode::InvalidFormat, "kernel bits must be 4, 8 or 16", what, l.name);
        const int64_t bound = l.type() == "const_input" ? (int64_t{1} << q.output.bits) - 1 : (int64_t{1} << (q.weightBits - 1)) - 1;
        checkCodes(q.kernel, l.type() == "const_input" ? 0 : -bound, bound, what + ":" + l.name + "/kernel");
        if (q.kernelShape.empty() || shapeElements(q.kernelShape) != int64_t(q.kernel.size()))
            fail(ErrorCode::InvalidFormat, "kernel shape and size differ", what, l.name);
        if (l.type() != "const_input") {
            const int64_t channels = int64_t(q.kernelScale.size());
            if (channels == 0 || int64_t(q.kernel.size()) % channels != 0)
                fail(ErrorCode::InvalidFormat, "kernel_scale does not divide the kernel", what, l.name);
            for (double s : q.kernelScale)
                if (!(s > 0) || !std::isfinite(s)) fail(ErrorCode::InvalidFormat, "kernel scales must be positive", what, l.name);
            if (!q.bias.empty() && int64_t(q.bias.size()) != channels)
                fail(ErrorCode::InvalidFormat, "bias and kernel_scale differ in length", what, l.name);
        }
    }
    if (!q.table.empty()) {
        if (q.table.size() > (size_t{1} << 16)) fail(ErrorCode::InvalidFormat, "table longer than 65536", what, l.name);
        if (l.type() != "softmax") checkCodes(q.table, q.output.qmin, q.output.qmax, what + ":" + l.name + "/table");
    }
}

}  // namespace

QuantizedModel decodeQuantizedModel(std::string_view bytes, const Graph& graph, const std::string& what)
{
    std::map<std::string, std::map<std::string, NpyRaw>> byLayer;
    const auto members = readArchive(bytes, what);
    const std::string scope = graph.name + "/";
    for (const auto& [name, data] : members) {
        const size_t slash = name.rfind('/');
        if (slash == std::string::npos || !name.ends_with(".npy"))
            fail(ErrorCode::InvalidFormat, "unexpected member '" + name + "'", what);
        std::string field = name.substr(slash + 1, name.size() - slash - 5), layer = name.substr(0, slash);
        if (field.ends_with(":0")) field.resize(field.size() - 2);
        if (layer.starts_with(scope)) layer.erase(0, scope.size());
        byLayer[layer][field] = decodeNpyRaw(data, what + ":" + name);
    }
    QuantizedModel model;
    for (const Layer* l : graph.topoOrder()) {
        auto it = byLayer.find(l->name);
        if (it == byLayer.end()) fail(ErrorCode::InvalidFormat, "no quantization entry for layer", what, l->name);
        auto& fields = it->second;
        const std::string at = what + ":" + l->name;
        auto field = [&](const char* key) -> const NpyRaw* {
            auto f = fields.find(key);
            return f == fields.end() ? nullptr : &f->second;
        };
        LayerQuant q;
        if (!field("output")) fail(ErrorCode::InvalidFormat, "missing output encoding", what, l->name);
        q.output = encodingFromVector(npyFloat64(*field("output"), at + "/output"), at + "/output");
        if (const NpyRaw* p = field("pre_activation"))
            q.preActivation = encodingFromVector(npyFloat64(*p, at + "/pre_activation"), at + "/pre_activation");
        if (const NpyRaw* k = field("kernel")) {
            q.kernelShape = k->shape;
            q.kernel = npyInt32(*k, at + "/kernel");
            const NpyRaw* bits = field("kernel_bits");
            if (!bits) fail(ErrorCode::InvalidFormat, "kernel without kernel_bits", what, l->name);
            const auto b = npyInt32(*bits, at + "/kernel_bits");
            if (b.size() != 1) fail(ErrorCode::InvalidFormat, "kernel_bits must hold one value", what, l->name);
            q.weightBits = b[0];
        }
        if (const NpyRaw* s = field("kernel_scale")) q.kernelScale = npyFloat64(*s, at + "/kernel_scale");
        if (const NpyRaw* b = field("bias")) {
            q.bias = npyInt64(*b, at + "/bias");
            for (int64_t v : q.bias)
                if (v < -kBiasLimit || v > kBiasLimit) fail(ErrorCode::InvalidFormat, "bias beyond ±2^52", what, l->name + "/bias");
        }
        if (const NpyRaw* t = field("table")) q.table = npyInt32(*t, at + "/table");
        validateLayer(*l, q, what);
        model.layers.emplace(l->name, std::move(q));
    }
    return model;
}

}  // namespace dfc
