#include "ir/graph.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/error.h"
#include "ir/layer_kind.h"

namespace dfc {

Graph::Graph(const Graph& other) : name(other.name), netParams(other.netParams)
{
    for (const auto& l : other.mLayers) addLayer(*l);
}

Graph& Graph::operator=(const Graph& other)
{
    if (this != &other) *this = Graph(other);
    return *this;
}

Layer& Graph::addLayer(Layer layer)
{
    if (layer.name.empty() || mIndex.count(layer.name))
        fail(ErrorCode::InvalidGraph, "duplicate or empty layer name '" + layer.name + "'");
    if (!layer.kind) fail(ErrorCode::Internal, "layer without kind", {}, layer.name);
    mLayers.push_back(std::make_unique<Layer>(std::move(layer)));
    Layer& added = *mLayers.back();
    mIndex[added.name] = &added;
    return added;
}

Layer& Graph::addLayer(const std::string& type, const std::string& prefix)
{
    Layer l;
    l.kind = &LayerKindRegistry::instance().get(type);
    l.name = freshName(prefix.empty() ? type : prefix);
    return addLayer(std::move(l));
}

std::string Graph::freshName(const std::string& prefix) const
{
    // The smallest free number, as always; the hint (every number below it was taken when it
    // was set) keeps naming thousands of layers of one prefix from probing 1, 2, 3… each time.
    int& hint = mFreshHint[prefix];
    for (int n = std::max(hint, 1);; ++n) {
        std::string candidate = prefix + std::to_string(n);
        if (!mIndex.count(candidate)) {
            hint = n;
            return candidate;
        }
    }
}

void Graph::releaseFreshName(const std::string& name)
{
    // A removed "<prefix><N>" frees N for that prefix: lower the hint if it was above N.
    for (size_t split = name.size(); split > 0 && std::isdigit(static_cast<unsigned char>(name[split - 1])); --split) {
        const std::string digits = name.substr(split - 1);
        if (digits[0] == '0' || digits.size() > 9) continue;
        auto it = mFreshHint.find(name.substr(0, split - 1));
        if (it != mFreshHint.end()) it->second = std::min(it->second, std::stoi(digits));
    }
}

void Graph::connect(const std::string& from, const std::string& to)
{
    layer(from).outputs.push_back(to);
    layer(to).inputs.push_back(from);
}

void Graph::rewireInput(const std::string& consumer, const std::string& oldProducer,
                        const std::string& newProducer)
{
    Layer& c = layer(consumer);
    Layer& oldP = layer(oldProducer);
    Layer& newP = layer(newProducer);
    for (std::string& in : c.inputs) {
        if (in != oldProducer) continue;
        in = newProducer;
        auto it = std::find(oldP.outputs.begin(), oldP.outputs.end(), consumer);
        if (it != oldP.outputs.end()) oldP.outputs.erase(it);
        newP.outputs.push_back(consumer);
    }
}

void Graph::bypass(std::string name)
{
    Layer& l = layer(name);
    if (l.inputs.size() != 1) fail(ErrorCode::Internal, "bypass needs one input", {}, name);
    const std::string producer = l.inputs[0];
    const std::vector<std::string> consumers = l.outputs;
    for (const std::string& c : consumers) rewireInput(c, name, producer);
    removeLayer(name);
}

void Graph::removeLayer(std::string name)
{
    Layer& l = layer(name);
    for (const std::string& p : l.inputs)
        if (Layer* pl = find(p)) std::erase(pl->outputs, name);
    for (const std::string& c : l.outputs)
        if (Layer* cl = find(c)) std::erase(cl->inputs, name);
    // Only this layer's index entry changes: rebuilding the whole index here made every pass
    // quadratic in the graph size (a 10k-node model took 35 s to parse).
    const Layer* victim = &l;
    mIndex.erase(name);
    releaseFreshName(name);
    std::erase_if(mLayers, [&](const auto& ptr) { return ptr.get() == victim; });
}

void Graph::renameLayers(const std::map<std::string, std::string>& newNames)
{
    auto renamed = [&](const std::string& n) {
        auto it = newNames.find(n);
        return it == newNames.end() ? n : it->second;
    };
    std::set<std::string> seen;
    for (const auto& l : mLayers)
        if (const std::string n = renamed(l->name); n.empty() || !seen.insert(n).second)
            fail(ErrorCode::InvalidGraph, "renaming gives two layers the name '" + n + "'", {}, l->name);
    mIndex.clear();
    for (const auto& l : mLayers) {
        l->name = renamed(l->name);
        for (std::string& p : l->inputs) p = renamed(p);
        for (std::string& c : l->outputs) c = renamed(c);
        mIndex[l->name] = l.get();
    }
    mFreshHint.clear();  // numbers below a hint may have been freed
}

Layer* Graph::find(const std::string& name)
{
    auto it = mIndex.find(name);
    return it == mIndex.end() ? nullptr : it->second;
}

const Layer* Graph::find(const std::string& name) const
{
    auto it = mIndex.find(name);
    return it == mIndex.end() ? nullptr : it->second;
}

Layer& Graph::layer(const std::string& name)
{
    if (Layer* l = find(name)) return *l;
    fail(ErrorCode::InvalidGraph, "no layer named '" + name + "'");
}

const Layer& Graph::layer(const std::string& name) const
{
    if (const Layer* l = find(name)) return *l;
    fail(ErrorCode::InvalidGraph, "no layer named '" + name + "'");
}

std::vector<Layer*> Graph::layers()
{
    std::vector<Layer*> out;
    for (auto& l : mLayers) out.push_back(l.get());
    return out;
}

std::vector<const Layer*> Graph::layers() const
{
    std::vector<const Layer*> out;
    for (auto& l : mLayers) out.push_back(l.get());
    return out;
}

std::vector<const Layer*> Graph::topoOrder() const
{
    std::map<std::string, size_t> pending;
    for (const auto& l : mLayers) pending[l->name] = l->inputs.size();
    std::vector<const Layer*> order;
    std::set<std::string> done;
    // Repeated sweeps in insertion order keep the order stable and readable.
    bool progress = true;
    while (order.size() < mLayers.size() && progress) {
        progress = false;
        for (const auto& l : mLayers) {
            if (done.count(l->name)) continue;
            bool ready = std::all_of(l->inputs.begin(), l->inputs.end(),
                                     [&](const std::string& p) { return done.count(p) != 0; });
            if (!ready) continue;
            order.push_back(l.get());
            done.insert(l->name);
            progress = true;
        }
    }
    if (order.size() < mLayers.size()) {
        for (const auto& l : mLayers)
            if (!done.count(l->name))
                fail(ErrorCode::InvalidGraph, "the graph has a cycle or a dangling input", {},
                     l->name);
    }
    return order;
}

std::vector<std::string> Graph::layerNames() const
{
    std::vector<std::string> out;
    for (const auto& l : mLayers) out.push_back(l->name);
    return out;
}

std::vector<Layer*> Graph::topoOrder()
{
    std::vector<Layer*> out;
    for (const Layer* l : std::as_const(*this).topoOrder()) out.push_back(const_cast<Layer*>(l));
    return out;
}

std::vector<const Layer*> Graph::inputLayers() const
{
    std::vector<const Layer*> out;
    for (const auto& l : mLayers)
        if (l->type() == "input_layer") out.push_back(l.get());
    return out;
}

std::vector<const Layer*> Graph::outputLayers() const
{
    std::vector<const Layer*> out;
    for (const auto& l : mLayers)
        if (l->type() == "output_layer") out.push_back(l.get());
    return out;
}

void Graph::inferShapes()
{
    for (Layer* l : topoOrder()) {
        if (l->type() != "input_layer") {
            l->inputShapes.clear();
            for (const std::string& p : l->inputs) {
                const Layer& prod = layer(p);
                int port = 0;
                if (prod.kind->multiOutput) {
                    auto it = std::find(prod.outputs.begin(), prod.outputs.end(), l->name);
                    port = static_cast<int>(it - prod.outputs.begin());
                }
                l->inputShapes.push_back(prod.outputShape(port));
            }
        }
        inferLayerShapes(*l);
    }
}

void Graph::validate() const
{
    for (const auto& l : mLayers) {
        for (const std::string& p : l->inputs) {
            const Layer* pl = find(p);
            if (!pl) fail(ErrorCode::InvalidGraph, "input '" + p + "' does not exist", {}, l->name);
            if (std::count(pl->outputs.begin(), pl->outputs.end(), l->name) !=
                std::count(l->inputs.begin(), l->inputs.end(), p))
                fail(ErrorCode::InvalidGraph, "edge from '" + p + "' is not listed as its output",
                     {}, l->name);
        }
        for (const std::string& c : l->outputs)
            if (!find(c))
                fail(ErrorCode::InvalidGraph, "output '" + c + "' does not exist", {}, l->name);
        if (l->kind->multiOutput && l->outputShapes.size() != l->outputs.size())
            fail(ErrorCode::InvalidGraph, "splitter needs one consumer per output", {}, l->name);
    }
    topoOrder();
}

int64_t Graph::totalParams() const
{
    int64_t n = 0;
    for (const auto& l : mLayers) n += layerParams(*l);
    return n;
}

int64_t Graph::totalMacs() const
{
    int64_t n = 0;
    for (const auto& l : mLayers) n += layerMacs(*l);
    return n;
}

}  // namespace dfc
