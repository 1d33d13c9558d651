#include "io/hn_json.h"

#include "core/error.h"
#include "ir/layer_kind.h"

namespace dfc {
namespace {

nlohmann::ordered_json withBatch(const Shape& s)
{
    nlohmann::ordered_json j = nlohmann::ordered_json::array({-1});
    for (int64_t d : s) j.push_back(d);
    return j;
}

std::string scoped(const Graph& g, const std::string& layer) { return g.name + "/" + layer; }

std::string unscoped(const std::string& net, const std::string& key)
{
    return key.starts_with(net + "/") ? key.substr(net.size() + 1) : key;
}

Shape shapeFromJson(const nlohmann::json& j, const std::string& path, const std::string& what)
{
    if (!j.is_array() || j.empty())
        fail(ErrorCode::InvalidFormat, "expected a shape list", what, path);
    Shape s;
    for (size_t i = 1; i < j.size(); ++i) {
        if (!j[i].is_number_integer() || j[i].get<int64_t>() <= 0 || j[i].get<int64_t>() > (1 << 24))
            fail(ErrorCode::InvalidFormat, "bad dimension", what, path + "[" + std::to_string(i) + "]");
        s.push_back(j[i].get<int64_t>());
    }
    return s;
}

std::vector<std::string> stringList(const nlohmann::json& j, const std::string& path,
                                    const std::string& what)
{
    if (!j.is_array()) fail(ErrorCode::InvalidFormat, "expected a list of names", what, path);
    std::vector<std::string> out;
    for (const auto& v : j) {
        if (!v.is_string()) fail(ErrorCode::InvalidFormat, "expected a name", what, path);
        out.push_back(v.get<std::string>());
    }
    return out;
}

/// Vendor HNs describe the kernel size only as kernel_shape; we derive it from the weights.
void addDerivedParams(const Layer& l, nlohmann::ordered_json& params)
{
    if (l.hasWeight("kernel") && (l.kind->category == LayerCategory::Compute))
        params["kernel_shape"] = l.weight("kernel").shape;
}

/// Vendor HNs describe padding only by scheme; we keep explicit [top, left, bottom, right].
/// Derives them from the scheme, the kernel, strides, dilations and the declared input shape.
void derivePadsFromScheme(Layer& l, const nlohmann::json& params)
{
    if (!l.kind->defaults.contains("pads") || params.contains("pads") || l.inputShapes.empty()) return;
    const std::string scheme = params.value("padding", std::string("VALID"));
    if (scheme == "VALID" || scheme == "DECONV" || l.inputShapes[0].size() != 3) return;
    const auto ks = params.value("kernel_shape", std::vector<int64_t>{});
    const bool pool = l.kind->category == LayerCategory::Pool;
    if (ks.size() != 4) return;
    const int64_t k[2] = {pool ? ks[1] : ks[0], pool ? ks[2] : ks[1]};
    const auto strides = params.value("strides", std::vector<int64_t>{1, 1, 1, 1});
    const auto dil = params.value("dilations", std::vector<int64_t>{1, 1, 1, 1});
    if (strides.size() != 4 || dil.size() != 4) return;
    std::vector<int64_t> pads(4, 0);
    for (int i = 0; i < 2; ++i) {
        const int64_t in = l.inputShapes[0][i], s = strides[i + 1], span = (k[i] - 1) * dil[i + 1] + 1;
        if (s <= 0 || span <= 0) return;
        if (scheme == "SAME_TENSORFLOW") {  // out = ceil(in / s), the extra pixel at the end
            const int64_t total = std::max<int64_t>(0, ((in + s - 1) / s - 1) * s + span - in);
            pads[i] = total / 2;
            pads[i + 2] = total - total / 2;
        } else {  // SAME: symmetric (Caffe-like)
            pads[i] = pads[i + 2] = (span - 1) / 2;
        }
    }
    l.params["pads"] = pads;
}

}  // namespace

nlohmann::ordered_json graphToHn(const Graph& g)
{
    nlohmann::ordered_json hn;
    hn["name"] = g.name;
    // Fixed keys first, then whatever else the network carries, so output is canonical.
    nlohmann::ordered_json np = {{"version", "1.0"}, {"stage", "HN"}};
    for (auto it = g.netParams.begin(); it != g.netParams.end(); ++it)
        if (it.key() != "version" && it.key() != "stage") np[it.key()] = it.value();
    nlohmann::json order = nlohmann::json::array();
    for (const Layer* o : g.outputLayers()) order.push_back(scoped(g, o->inputs.at(0)));
    np["output_layers_order"] = order;
    hn["net_params"] = np;
    nlohmann::ordered_json layers = nlohmann::ordered_json::object();
    for (const Layer* l : g.topoOrder()) {
        nlohmann::ordered_json j;
        j["type"] = l->hnType();
        j["input"] = nlohmann::json::array();
        for (const auto& i : l->inputs) j["input"].push_back(scoped(g, i));
        j["output"] = nlohmann::json::array();
        for (const auto& o : l->outputs) j["output"].push_back(scoped(g, o));
        j["input_shapes"] = nlohmann::json::array();
        for (const auto& s : l->inputShapes) j["input_shapes"].push_back(withBatch(s));
        j["output_shapes"] = nlohmann::json::array();
        const size_t edges = l->kind->multiOutput ? l->outputShapes.size()
                                                  : std::max<size_t>(l->outputs.size(), 1);
        for (size_t e = 0; e < edges && !l->outputShapes.empty(); ++e)
            j["output_shapes"].push_back(withBatch(l->outputShape(static_cast<int>(e))));
        j["original_names"] = l->originalNames;
        nlohmann::ordered_json params = nlohmann::ordered_json::object();
        for (auto it = l->kind->defaults.begin(); it != l->kind->defaults.end(); ++it)
            params[it.key()] = l->params.contains(it.key()) ? l->params[it.key()] : it.value();
        for (auto it = l->params.begin(); it != l->params.end(); ++it) params[it.key()] = it.value();
        if (l->kind->viewOnly) params.erase("hn_type");
        addDerivedParams(*l, params);
        j["params"] = params;
        layers[scoped(g, l->name)] = j;
    }
    hn["layers"] = layers;
    return hn;
}

std::string encodeHn(const Graph& g) { return graphToHn(g).dump(2) + "\n"; }

Graph graphFromHn(const nlohmann::json& hn, const std::string& what)
{
    if (!hn.is_object() || !hn.contains("name") || !hn["name"].is_string() ||
        !hn.contains("layers") || !hn["layers"].is_object())
        fail(ErrorCode::InvalidFormat, "not an HN network (needs 'name' and 'layers')", what);
    Graph g;
    g.name = hn["name"].get<std::string>();
    if (hn.contains("net_params") && hn["net_params"].is_object()) {
        g.netParams = hn["net_params"];
        g.netParams.erase("output_layers_order");
    }
    const auto& registry = LayerKindRegistry::instance();
    for (auto it = hn["layers"].begin(); it != hn["layers"].end(); ++it) {
        const std::string path = "layers." + it.key();
        const auto& j = it.value();
        if (!j.is_object() || !j.contains("type") || !j["type"].is_string())
            fail(ErrorCode::InvalidFormat, "layer needs a 'type'", what, path);
        Layer l;
        l.name = unscoped(g.name, it.key());
        const std::string type = j["type"].get<std::string>();
        l.kind = registry.find(type);
        const bool unmodelled = l.kind && l.kind->modelled && !l.kind->modelled(j.value("params", nlohmann::json::object()));
        if (!l.kind || l.kind->viewOnly || unmodelled) {
            if (type.empty() || type.size() > 64 || type.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789_") != std::string::npos)
                fail(ErrorCode::InvalidFormat, "invalid layer type '" + type + "'", what, path + ".type");
            l.kind = &registry.get("opaque");
        }
        for (const auto& n : stringList(j.value("input", nlohmann::json::array()), path + ".input", what))
            l.inputs.push_back(unscoped(g.name, n));
        for (const auto& n : stringList(j.value("output", nlohmann::json::array()), path + ".output", what))
            l.outputs.push_back(unscoped(g.name, n));
        if (j.contains("original_names"))
            l.originalNames = stringList(j["original_names"], path + ".original_names", what);
        const auto shapes = j.value("input_shapes", nlohmann::json::array());
        for (size_t i = 0; i < shapes.size(); ++i)
            l.inputShapes.push_back(
                shapeFromJson(shapes[i], path + ".input_shapes[" + std::to_string(i) + "]", what));
        const auto outShapes = j.value("output_shapes", nlohmann::json::array());
        for (size_t i = 0; i < outShapes.size(); ++i)
            l.outputShapes.push_back(
                shapeFromJson(outShapes[i], path + ".output_shapes[" + std::to_string(i) + "]", what));
        if (!l.kind->multiOutput && l.outputShapes.size() > 1) l.outputShapes.resize(1);
        if (l.kind->viewOnly && !j.contains("params")) l.params["hn_type"] = type;
        if (j.contains("params")) {
            if (!j["params"].is_object())
                fail(ErrorCode::InvalidFormat, "params must be an object", what, path + ".params");
            l.params = j["params"];
            if (l.kind->viewOnly) l.params["hn_type"] = type;
            derivePadsFromScheme(l, j["params"]);
            if (!l.kind->viewOnly) l.params.erase("kernel_shape");  // derived from the weights
            if (l.kind->category == LayerCategory::Pool && j["params"].contains("kernel_shape"))
                l.params["kernel_shape"] = j["params"]["kernel_shape"];
        }
        try {
            g.addLayer(std::move(l));
        } catch (const Error& e) {
            throw e.inFile(what).at(path);
        }
    }
    try {
        g.validate();
    } catch (const Error& e) {
        throw e.inFile(what);
    }
    return g;
}

Graph decodeHn(std::string_view text, const std::string& what)
{
    nlohmann::json hn;
    try {
        hn = nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        fail(ErrorCode::InvalidFormat, std::string("invalid JSON: ") + e.what(), what,
             "byte " + std::to_string(e.byte));
    }
    return graphFromHn(hn, what);
}

TensorMap graphParams(const Graph& g)
{
    TensorMap out;
    for (const Layer* l : g.layers())
        for (const auto& [key, t] : l->weights) out[scoped(g, l->name) + "/" + key + ":0"] = t;
    return out;
}

std::string paramLayerName(const std::string& net, const std::string& key)
{
    const std::string path = key.substr(0, key.rfind(':'));
    const size_t slash = path.rfind('/');
    return slash == std::string::npos ? std::string() : unscoped(net, path.substr(0, slash));
}

void attachParams(Graph& g, const TensorMap& params, const std::string& what)
{
    for (const auto& [key, t] : params) {
        const std::string path = key.substr(0, key.rfind(':'));
        const size_t slash = path.rfind('/');
        if (slash == std::string::npos)
            fail(ErrorCode::InvalidFormat, "parameter key is not <net>/<layer>/<param>:0", what, key);
        Layer* l = g.find(paramLayerName(g.name, key));
        if (!l) fail(ErrorCode::InvalidFormat, "parameter for an unknown layer", what, key);
        l->weights[path.substr(slash + 1)] = t;
    }
}

void checkDeclaredShapes(Graph& g, const std::string& what)
{
    std::map<std::string, std::vector<Shape>> declared;
    for (const Layer* l : g.layers()) declared[l->name] = l->outputShapes;
    try {
        g.inferShapes();
    } catch (const Error& e) {
        throw e.inFile(what);
    }
    for (const Layer* l : g.layers()) {
        const auto& d = declared[l->name];
        if (!d.empty() && d != l->outputShapes)
            fail(ErrorCode::InvalidFormat,
                 "declared output shape " + shapeToString(d[0]) + " differs from the computed " +
                     shapeToString(l->outputShape()),
                 what, "layers." + g.name + "/" + l->name + ".output_shapes");
    }
}

}  // namespace dfc
