#include "quantizer/model_modifications.h"

#include <algorithm>
#include <map>

#include "core/error.h"
#include "ir/activation.h"
#include "ir/kinds/format_conversion.h"
#include "ir/layer_kind.h"
#include "ir/layout.h"
#include "quantizer/transpose_height_width.h"

namespace dfc {
namespace {

[[noreturn]] void bad(const std::string& message) { throw Error(ErrorCode::InvalidArgument, message); }

std::vector<float> numbers(const ScriptValue& v, const char* what)
{
    std::vector<float> out;
    if (v.kind == ScriptValue::Kind::Number) return {static_cast<float>(v.number)};
    if (v.kind != ScriptValue::Kind::List) bad(std::string(what) + " must be a list of numbers");
    for (const auto& item : v.items) {
        if (item.kind != ScriptValue::Kind::Number) bad(std::string(what) + " must hold numbers only");
        out.push_back(static_cast<float>(item.number));
    }
    return out;
}

/// The graph's layer called `name` (scoped "net/name" accepted).
Layer& layerNamed(Graph& g, const std::string& name)
{
    const std::string prefix = g.name + "/";
    const std::string local = name.rfind(prefix, 0) == 0 ? name.substr(prefix.size()) : name;
    Layer* l = g.find(local);
    if (!l) bad("no layer named '" + name + "' in " + g.name);
    return *l;
}

/// Inserts `layer` between `producer` and all its consumers.
Layer& insertAfter(Graph& g, const std::string& producer, Layer layer)
{
    Layer& added = g.addLayer(std::move(layer));
    const std::string name = added.name;
    const std::vector<std::string> consumers = g.layer(producer).outputs;
    for (const std::string& c : consumers) g.rewireInput(c, producer, name);
    g.connect(producer, name);
    g.layer(name).inputShapes = {g.layer(producer).outputShape()};
    return g.layer(name);
}

std::string normalization(Graph& g, const ScriptStatement& st)
{
    const auto pos = st.positional();
    if (pos.size() < 2) bad("normalization needs a mean list and a std list");
    const std::vector<float> mean = numbers(pos[0]->value, "the mean"), stddev = numbers(pos[1]->value, "the std");
    if (mean.size() != stddev.size()) bad("mean and std have different lengths");
    for (float s : stddev)
        if (s == 0) bad("a std of 0 would divide by zero");
    std::vector<std::string> inputs;
    if (pos.size() > 2) inputs.push_back(layerNamed(g, pos[2]->value.text).name);
    else
        for (const Layer* l : g.inputLayers()) inputs.push_back(l->name);
    std::string summary;
    for (const std::string& in : inputs) {
        const Layer& input = g.layer(in);
        if (input.type() != "input_layer") bad("'" + in + "' is not an input layer");
        const int64_t channels = input.outputShape().back();
        std::vector<float> k(channels), b(channels);
        for (int64_t c = 0; c < channels; ++c) {  // one value applies to every channel
            const size_t i = mean.size() == 1 ? 0 : static_cast<size_t>(c);
            if (mean.size() != 1 && mean.size() != static_cast<size_t>(channels))
                bad("'" + in + "' has " + std::to_string(channels) + " channels, the mean has " + std::to_string(mean.size()));
            k[c] = 1.0f / stddev[i];
            b[c] = -mean[i] / stddev[i];
        }
        Layer l;
        l.kind = &LayerKindRegistry::instance().get("normalization");
        const std::string wanted = st.targets.empty() ? std::string() : st.targets[0] + (inputs.size() > 1 ? "_" + in : "");
        l.name = !wanted.empty() && !g.find(wanted) ? wanted : g.freshName("normalization");
        l.weights["kernel"] = Tensor({channels}, std::move(k));
        l.weights["bias"] = Tensor({channels}, std::move(b));
        l.originalNames = input.originalNames;
        summary += (summary.empty() ? "" : "; ") + insertAfter(g, in, std::move(l)).name + " after " + in;
    }
    return summary;
}

/// The output layers a statement addresses: its first positional layer, or all outputs.
std::vector<std::string> outputProducers(Graph& g, const std::string& named)
{
    std::vector<std::string> out;
    if (!named.empty()) {
        Layer* l = &layerNamed(g, named);
        if (l->type() == "output_layer") l = &g.layer(l->inputs.at(0));
        for (const std::string& c : l->outputs)
            if (g.layer(c).type() != "output_layer") bad("'" + l->name + "' is not an output layer's producer");
        out.push_back(l->name);
    } else {
        for (const Layer* o : g.outputLayers()) out.push_back(o->inputs.at(0));
    }
    return out;
}

std::string changeOutputActivation(Graph& g, const ScriptStatement& st)
{
    const auto pos = st.positional();
    if (pos.empty() || pos.size() > 2) bad("change_output_activation needs [a layer and] an activation");
    const std::string act = pos.back()->value.text;
    if (!ActivationRegistry::instance().find(act)) bad("unknown activation '" + act + "'");
    std::string summary;
    for (const std::string& name : outputProducers(g, pos.size() == 2 ? pos[0]->value.text : std::string())) {
        Layer& l = g.layer(name);
        if (l.kind->defaults.contains("activation") && l.attr<std::string>("activation") == "linear") {
            l.params["activation"] = act;
            summary += (summary.empty() ? "" : "; ") + name + ": linear → " + act;
            continue;
        }
        // The layer has no activation, or already one: a standalone activation follows it.
        Layer a;
        a.kind = &LayerKindRegistry::instance().get("activation");
        a.name = g.freshName("activation");
        a.params["activation"] = act;
        a.originalNames = l.originalNames;
        summary += (summary.empty() ? "" : "; ") + insertAfter(g, name, std::move(a)).name + " (" + act + ") after " + name;
    }
    return summary;
}

std::string logitsLayer(Graph& g, const ScriptStatement& st)
{
    auto pos = st.positional();
    std::string named;
    if (!pos.empty() && pos[0]->value.text != "softmax" && pos[0]->value.text != "argmax") {
        named = pos[0]->value.text;
        pos.erase(pos.begin());
    }
    if (pos.empty()) bad("logits_layer needs softmax or argmax");
    const std::string type = pos[0]->value.text;
    if (type != "softmax" && type != "argmax") bad("logits_layer adds softmax or argmax, not '" + type + "'");
    std::string summary;
    size_t index = 0;
    for (const std::string& name : outputProducers(g, named)) {
        const Shape& s = g.layer(name).outputShape();
        if (type == "softmax" && s.size() != 1 && !(s.size() == 3 && s[0] == 1 && s[1] == 1))
            bad("softmax is added after rank-2 outputs only; '" + name + "' has shape " + shapeToString(s));
        if (pos.size() > 1 && pos[1]->value.kind == ScriptValue::Kind::Number) {
            const int64_t axis = static_cast<int64_t>(pos[1]->value.number);
            if (axis != -1 && axis != 1 && axis != 3) bad("logits are computed over the channels (axis -1, 1 or 3)");
        }
        Layer l;
        l.kind = &LayerKindRegistry::instance().get(type);
        const std::string wanted = index < st.targets.size() ? st.targets[index] : std::string();
        l.name = !wanted.empty() && !g.find(wanted) ? wanted : g.freshName(type);
        l.originalNames = g.layer(name).originalNames;
        summary += (summary.empty() ? "" : "; ") + insertAfter(g, name, std::move(l)).name + " (" + type + ") after " + name;
        ++index;
    }
    return summary;
}

/// Input resize: the network takes resize_shapes and a resize layer brings it to the shape the
/// model was built for (on output layers: the output is resized to resize_shapes).
std::string resize(Graph& g, const ScriptStatement& st)
{
    const auto pos = st.positional();
    const ScriptArgument* shapeArg = st.keyword("resize_shapes");
    if (!shapeArg || shapeArg->value.items.size() != 2) bad("resize needs resize_shapes=[h, w]");
    const int64_t h = static_cast<int64_t>(shapeArg->value.items[0].number), w = static_cast<int64_t>(shapeArg->value.items[1].number);
    if (h <= 0 || w <= 0) bad("resize_shapes must be positive");
    const ScriptArgument* method = st.keyword("resize_method");
    const ScriptArgument* pixels = st.keyword("pixels_mode");
    std::vector<std::string> targets;
    if (!pos.empty()) targets.push_back(layerNamed(g, pos[0]->value.text).name);
    else
        for (const Layer* in : g.inputLayers()) targets.push_back(in->name);
    std::string summary;
    size_t index = 0;
    for (const std::string& name : targets) {
        Layer& t = g.layer(name);
        Layer r;
        r.kind = &LayerKindRegistry::instance().get("resize");
        const std::string wanted = index < st.targets.size() ? st.targets[index] : std::string();
        r.name = !wanted.empty() && !g.find(wanted) ? wanted : g.freshName("resize");
        r.params["method"] = method && method->value.text == "nearest_neighbor" ? "nearest_neighbor" : "bilinear";
        const std::string mode = pixels ? pixels->value.text : "align_corners";  // the guide's default
        r.params["resize_bilinear_pixels_mode"] = mode == "half_pixels" ? "half_pixels" : mode == "disable" || mode == "disabled" ? "disabled" : "align_corners";
        r.originalNames = t.originalNames;
        if (t.type() == "input_layer") {
            const Shape old = t.outputShape();
            if (old.size() != 3) bad("'" + name + "' is not an image input");
            r.params["output_size"] = {old[0], old[1]};
            t.inputShapes = {{h, w, old[2]}};
            Shape original = t.params.value("original_shape", Shape{});
            if (original.size() == 3 && t.params.value("original_layout", std::string()) == "nhwc") original = {h, w, old[2]};
            else if (original.size() == 3) original = {old[2], h, w};
            if (!original.empty()) t.params["original_shape"] = original;
            g.inferShapes();
        } else {
            r.params["output_size"] = {h, w};
        }
        summary += (summary.empty() ? "" : "; ") + insertAfter(g, name, std::move(r)).name + " after " + name + " (" +
                   std::to_string(h) + "×" + std::to_string(w) + ")";
        ++index;
    }
    return summary;
}

std::string removeNode(Graph& g, const ScriptStatement& st)
{
    const auto pos = st.positional();
    if (pos.size() != 1) bad("remove_node needs one layer");
    Layer& l = layerNamed(g, pos[0]->value.text);
    if (l.type() == "input_layer" || l.type() == "output_layer") bad("input and output layers cannot be removed");
    if (l.inputs.size() != 1) bad("'" + l.name + "' has " + std::to_string(l.inputs.size()) + " inputs; only single-input layers can be removed");
    const std::string name = l.name, producer = l.inputs[0];
    if (g.layer(producer).outputShape() != l.outputShape())
        bad("removing '" + name + "' would change the shape its consumers see");
    g.bypass(name);
    return name + " removed (" + producer + " feeds its consumers)";
}

/// Colour conversions as 1×1 convolutions: kernel[in][out] and bias[out], as the user guide
/// defines them (YUV from 0–255 data; BT.601, BT.709, full range; R↔B swaps).
struct ColourConversion {
    float kernel[3][3];
    float bias[3];
};

const std::map<std::string, ColourConversion>& colourConversions()
{
    static const std::map<std::string, ColourConversion> table = [] {
        std::map<std::string, ColourConversion> t;
        const ColourConversion bt601{{{1.164f, 1.164f, 1.164f}, {0, -0.392f, 2.017f}, {1.596f, -0.813f, 0}}, {-222.912f, 135.616f, -276.8f}};
        const ColourConversion bt601Bgr{{{1.164f, 1.164f, 1.164f}, {2.017f, -0.392f, 0}, {0, -0.813f, 1.596f}}, {-276.8f, 135.616f, -222.912f}};
        t["yuv_to_rgb"] = t["yuv601_to_rgb"] = bt601;
        t["yuv_to_bgr"] = t["yuv601_to_bgr"] = bt601Bgr;
        t["yuv709_to_rgb"] = {{{1.164f, 1.164f, 1.164f}, {0, -0.213f, 2.112f}, {1.793f, -0.533f, 0}}, {-248.128f, 76.864f, -288.96f}};
        t["yuv709_to_bgr"] = {{{1.164f, 1.164f, 1.164f}, {2.112f, -0.213f, 0}, {0, -0.533f, 1.793f}}, {-288.96f, 76.864f, -248.128f}};
        t["yuv_full_range_to_rgb"] = {{{1, 1, 1}, {0, -0.343f, 1.765f}, {1.4f, -0.711f, 0}}, {-179.2f, 134.912f, -225.92f}};
        t["yuv_full_range_to_bgr"] = {{{1, 1, 1}, {1.765f, -0.343f, 0}, {0, -0.711f, 1.4f}}, {-225.92f, 134.912f, -179.2f}};
        t["bgr_to_rgb"] = t["rgb_to_bgr"] = {{{0, 0, 1}, {0, 1, 0}, {1, 0, 0}}, {0, 0, 0}};
        return t;
    }();
    return table;
}

/// A colour conversion as a 1×1 convolution after `producer`.
Layer& insertColourConversion(Graph& g, const std::string& producer, const ColourConversion& conversion, const std::string& wanted)
{
    Layer l;
    l.kind = &LayerKindRegistry::instance().get("conv");
    l.name = !wanted.empty() && !g.find(wanted) ? wanted : g.freshName("conv");
    Tensor k({1, 1, 3, 3});  // [kh, kw, in, out]
    for (int a = 0; a < 3; ++a)
        for (int b = 0; b < 3; ++b) k.data[a * 3 + b] = conversion.kernel[a][b];
    l.weights["kernel"] = std::move(k);
    l.weights["bias"] = Tensor({3}, std::vector<float>(conversion.bias, conversion.bias + 3));
    l.originalNames = g.layer(producer).originalNames;
    return insertAfter(g, producer, std::move(l));
}

/// Camera format → YUV on chip: the input layer now takes the camera's format and a
/// format_conversion layer produces the YUV image the network was built for.
Layer& insertFormatConversion(Graph& g, Layer& input, const std::string& type, const std::string& wanted)
{
    if (input.type() != "input_layer") bad("format conversions follow an input layer; '" + input.name + "' is not one");
    const Shape yuv = input.outputShape();
    Layer f;
    f.kind = &LayerKindRegistry::instance().get("format_conversion");
    f.name = !wanted.empty() && !g.find(wanted) ? wanted : g.freshName("format_conversion");
    f.params["conversion_type"] = type;
    f.originalNames = input.originalNames;
    const std::string name = insertAfter(g, input.name, std::move(f)).name;
    const Shape source = formatSourceShape(type, yuv[0], yuv[1]);
    Layer& in = g.layer(input.name);
    in.inputShapes = {source};
    const Shape original = in.params.value("original_shape", Shape{});
    if (original.size() == 3)
        in.params["original_shape"] = in.params.value("original_layout", std::string()) == "nhwc" ? source : Shape{source[2], source[0], source[1]};
    g.inferShapes();
    return g.layer(name);
}

std::string inputConversion(Graph& g, const ScriptStatement& st)
{
    const auto pos = st.positional();
    std::string input, conversion;
    if (pos.size() == 1) conversion = pos[0]->value.text;
    else if (pos.size() == 2) input = pos[0]->value.text, conversion = pos[1]->value.text;
    else bad("input_conversion needs a conversion type (and optionally an input layer)");
    // Hybrid conversions: a camera format to YUV, then YUV to RGB.
    std::string format;
    for (const char* camera : {"yuy2", "nv12", "nv21", "i420"})
        if (conversion == std::string(camera) + "_to_hailo_yuv" || conversion == std::string(camera) + "_to_rgb")
            format = std::string(camera) + "_to_hailo_yuv";
    const bool hybrid = !format.empty() && conversion != format;
    auto colour = colourConversions().find(hybrid ? "yuv_to_rgb" : conversion);
    if (format.empty() && colour == colourConversions().end())
        throw Error(ErrorCode::Unsupported, "input conversion '" + conversion + "' is not applied by this version "
                                            "(colour conversions and yuy2/nv12/nv21/i420 formats are)");
    std::vector<std::string> inputs;
    if (!input.empty()) inputs.push_back(layerNamed(g, input).name);
    else
        for (const Layer* l : g.inputLayers()) inputs.push_back(l->name);
    std::string summary;
    size_t target = 0;
    auto wanted = [&] { return target < st.targets.size() ? st.targets[target++] : std::string(); };
    for (const std::string& name : inputs) {
        Layer& in = g.layer(name);
        if (in.outputShape().size() != 3 || in.outputShape().back() != 3) bad("'" + in.name + "' is not a 3-channel image");
        std::string added, after = in.name;
        if (!format.empty()) {
            after = insertFormatConversion(g, in, format, wanted()).name;
            added = after + " (" + format + ")";
        }
        if (format.empty() || hybrid) {
            const std::string type = hybrid ? "yuv_to_rgb" : conversion;
            added += (added.empty() ? "" : ", ") + insertColourConversion(g, after, colour->second, wanted()).name + " (" + type + ")";
        }
        summary += (summary.empty() ? "" : "; ") + added + " after " + in.name;
        if (!format.empty()) summary += ", input now " + shapeToString(g.layer(name).outputShape(), "x") + " (" + format.substr(0, 4) + ")";
    }
    return summary;
}

/// H↔W transposition of the components of the named inputs (all when none are named).
std::string transpose(Graph& g, const ScriptStatement& st)
{
    std::vector<std::string> inputs;
    for (const ScriptArgument* a : st.positional()) inputs.push_back(layerNamed(g, a->value.text).name);
    const std::vector<std::string> turned = transposeHeightWidth(g, inputs);
    std::string summary = std::to_string(turned.size()) + " layers run transposed (H↔W); inputs";
    for (const Layer* in : g.inputLayers())
        if (std::find(turned.begin(), turned.end(), in->name) != turned.end())
            summary += " " + in->name + " " + shapeToString(hostShape(*in), "x") + " → " + shapeToString(in->outputShape(), "x");
    return summary;
}

}  // namespace

const ModelModificationRegistry& ModelModificationRegistry::instance()
{
    static const ModelModificationRegistry registry = [] {
        ModelModificationRegistry r;
        r.add("normalization", normalization);
        r.add("change_output_activation", changeOutputActivation);
        r.add("remove_node", removeNode);
        r.add("input_conversion", inputConversion);
        r.add("logits_layer", logitsLayer);
        r.add("resize", resize);
        r.add("transpose", transpose);
        return r;
    }();
    return registry;
}

std::vector<ModificationRecord> applyModelModifications(Graph& graph, const ModelScript& script)
{
    std::vector<ModificationRecord> records;
    for (const ScriptStatement& st : script.modifications) {
        const ModificationFn* apply = ModelModificationRegistry::instance().find(st.command);
        if (!apply)  // the registry declares it applied: the coverage test keeps the two equal
            fail(ErrorCode::Internal, "no model modification registered for '" + st.command + "'", script.file(), st.at.text());
        try {
            records.push_back({st.command, st.at, (*apply)(graph, st)});
            graph.inferShapes();
        } catch (const Error& e) {
            throw Error(e.code(), st.command + ": " + e.message(), script.file(), st.at.text());
        }
    }
    graph.validate();
    return records;
}

}  // namespace dfc
