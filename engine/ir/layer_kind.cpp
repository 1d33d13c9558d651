#include "ir/layer_kind.h"

#include "core/error.h"
#include "ir/kinds/kinds.h"

namespace dfc {

const char* layerCategoryName(LayerCategory c)
{
    static const char* names[] = {"io",    "compute", "activation", "normalize", "pool",
                                  "elementwise", "shape", "resize", "reduce"};
    return names[static_cast<int>(c)];
}

const char* layerCategoryColor(LayerCategory c)
{
    // Reductions are teal, not salmon: the Studio marks unsupported nodes in reds.
    static const char* colors[] = {"#d9d9d9", "#9ecae1", "#fdae6b", "#a1d99b", "#c6dbef",
                                   "#fdd0a2", "#e5e5e5", "#bcbddc", "#80cdc1"};
    return colors[static_cast<int>(c)];
}

const LayerKindRegistry& LayerKindRegistry::instance()
{
    static const LayerKindRegistry registry = [] {
        LayerKindRegistry r;
        registerIoKinds(r);
        registerComputeKinds(r);
        registerActivationKinds(r);
        registerPoolKinds(r);
        registerElementwiseKinds(r);
        registerShapeKinds(r);
        registerResizeKinds(r);
        registerReduceKinds(r);
        return r;
    }();
    return registry;
}

void LayerKindRegistry::add(LayerKind kind)
{
    if (!kind.inferShapes) fail(ErrorCode::Internal, "kind " + kind.type + " lacks a shape rule");
    const std::string type = kind.type;
    if (!mKinds.emplace(type, std::move(kind)).second)
        fail(ErrorCode::Internal, "layer kind registered twice: " + type);
}

const LayerKind* LayerKindRegistry::find(const std::string& type) const
{
    auto it = mKinds.find(type);
    return it == mKinds.end() ? nullptr : &it->second;
}

const LayerKind& LayerKindRegistry::get(const std::string& type) const
{
    if (const LayerKind* k = find(type)) return *k;
    fail(ErrorCode::Unsupported, "unknown layer type '" + type + "'");
}

std::vector<const LayerKind*> LayerKindRegistry::all() const
{
    std::vector<const LayerKind*> out;
    for (const auto& [_, k] : mKinds) out.push_back(&k);
    return out;
}

void inferLayerShapes(Layer& layer)
{
    const LayerKind& k = *layer.kind;
    const int n = static_cast<int>(layer.inputs.size());
    if (n < k.minInputs || (k.maxInputs >= 0 && n > k.maxInputs))
        fail(ErrorCode::InvalidGraph,
             k.type + " takes " + std::to_string(k.minInputs) +
                 (k.maxInputs == k.minInputs ? "" : "+") + " inputs, got " + std::to_string(n),
             {}, layer.name);
    try {
        layer.outputShapes = k.inferShapes(layer, layer.inputShapes);
    } catch (const Error& e) {
        throw e.at(layer.name);
    } catch (const std::exception& e) {  // json type errors in attributes
        fail(ErrorCode::InvalidGraph, std::string("bad attribute: ") + e.what(), {}, layer.name);
    }
    for (const Shape& s : layer.outputShapes)
        for (int64_t d : s)
            if (d <= 0)
                fail(ErrorCode::InvalidGraph, "non-positive output dimension " + shapeToString(s),
                     {}, layer.name);
}

int64_t layerMacs(const Layer& layer) { return layer.kind->macs ? layer.kind->macs(layer) : 0; }

int64_t layerParams(const Layer& layer)
{
    if (layer.kind->params) return layer.kind->params(layer);
    int64_t n = 0;
    for (const auto& [_, t] : layer.weights) n += t.size();
    return n;
}

}  // namespace dfc
