#include "quantizer/model_modifications.h"

#include "core/error.h"
#include "ir/activation.h"
#include "ir/layer_kind.h"

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

std::string changeOutputActivation(Graph& g, const ScriptStatement& st)
{
    const auto pos = st.positional();
    if (pos.size() != 2) bad("change_output_activation needs a layer and an activation");
    Layer* l = &layerNamed(g, pos[0]->value.text);
    if (l->type() == "output_layer") l = &g.layer(l->inputs.at(0));
    const std::string act = pos[1]->value.text;
    if (!ActivationRegistry::instance().find(act)) bad("unknown activation '" + act + "'");
    if (!l->kind->defaults.contains("activation"))
        bad("'" + l->name + "' (" + l->type() + ") has no activation to change");
    for (const std::string& c : l->outputs)
        if (g.layer(c).type() != "output_layer") bad("'" + l->name + "' is not an output layer's producer");
    const std::string before = l->attr<std::string>("activation");
    l->params["activation"] = act;
    return l->name + ": " + before + " → " + act;
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

/// bgr_to_rgb / rgb_to_bgr: a 1×1 convolution whose kernel swaps the first and third channels.
std::string inputConversion(Graph& g, const ScriptStatement& st)
{
    const auto pos = st.positional();
    std::string input, conversion;
    if (pos.size() == 1) conversion = pos[0]->value.text;
    else if (pos.size() == 2) input = pos[0]->value.text, conversion = pos[1]->value.text;
    else bad("input_conversion needs a conversion type (and optionally an input layer)");
    if (conversion != "bgr_to_rgb" && conversion != "rgb_to_bgr")
        throw Error(ErrorCode::Unsupported, "input conversion '" + conversion + "' is not applied by this version "
                                            "(bgr_to_rgb and rgb_to_bgr are)");
    if (input.empty()) input = g.inputLayers().at(0)->name;
    const Layer& in = layerNamed(g, input);
    if (in.outputShape().back() != 3) bad("'" + in.name + "' does not have 3 channels");
    Layer l;
    l.kind = &LayerKindRegistry::instance().get("conv");
    l.name = !st.targets.empty() && !g.find(st.targets[0]) ? st.targets[0] : g.freshName("conv");
    Tensor k({1, 1, 3, 3}, 0.0f);  // [kh, kw, in, out]
    k.data[0 * 3 + 2] = k.data[1 * 3 + 1] = k.data[2 * 3 + 0] = 1.0f;
    l.weights["kernel"] = std::move(k);
    l.weights["bias"] = Tensor({3}, 0.0f);
    l.originalNames = in.originalNames;
    return insertAfter(g, in.name, std::move(l)).name + " swaps channels 0 and 2 after " + in.name;
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
        return r;
    }();
    return registry;
}

std::vector<ModificationRecord> applyModelModifications(Graph& graph, const Script& script)
{
    std::vector<ModificationRecord> records;
    for (const ScriptStatement& st : script.statements) {
        const ModificationFn* apply = ModelModificationRegistry::instance().find(st.command);
        if (!apply) continue;
        try {
            records.push_back({st.command, st.at, (*apply)(graph, st)});
            graph.inferShapes();
        } catch (const Error& e) {
            throw Error(e.code(), st.command + ": " + e.message(), script.file, st.at.text());
        }
    }
    graph.validate();
    return records;
}

}  // namespace dfc
