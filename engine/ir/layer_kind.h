#pragma once
// The one definition of every accelerator layer kind. Each kind is registered once (see
// kinds/*.cpp) with its HN type string, category, attribute defaults, shape rule and cost rules.
// Subsystems (emulator, quantizer, compiler, profiler) attach their behaviour in their own
// registries keyed by the type string; a coverage test checks that none is missing.
#include <functional>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ir/layer.h"

namespace dfc {

enum class LayerCategory {
    Io,          ///< input/output/constant boundaries
    Compute,     ///< conv, dense, matmul: MAC arrays
    Activation,  ///< element-wise non-linearities
    Normalize,   ///< batch norm, normalization
    Pool,        ///< max/avg/global pooling
    Elementwise, ///< ew_* and friends
    Shape,       ///< concat, slice, reshape, transpose, pads, shuffles
    Resize,      ///< resize, depth/space conversions
    Reduce,      ///< reductions, softmax, argmax
};

const char* layerCategoryName(LayerCategory c);
/// The fill colour ("#rrggbb") that drawings use for a category, here so that all agree.
const char* layerCategoryColor(LayerCategory c);

struct LayerKind {
    using ShapeRule = std::function<std::vector<Shape>(const Layer&, const std::vector<Shape>&)>;
    using CountRule = std::function<int64_t(const Layer&)>;

    std::string type;              ///< HN type string, e.g. "conv"
    LayerCategory category = LayerCategory::Shape;
    std::string summary;           ///< one sentence for docs and tooltips
    nlohmann::json defaults = nlohmann::json::object();  ///< attribute → default value
    std::vector<std::string> weightNames;   ///< float parameters in NPZ order
    int minInputs = 1, maxInputs = 1;       ///< maxInputs -1: variadic
    bool multiOutput = false;               ///< one output port per consumer (splitters)
    bool viewOnly = false;                  ///< shown and round-tripped, never emulated (explicit)
    /// For a vendor type we model only some variants of: false for an HN layer's params we do
    /// not model (the reader then keeps that layer view-only). Empty: every variant.
    std::function<bool(const nlohmann::json& params)> modelled;
    ShapeRule inferShapes;                  ///< output shape per port from input shapes
    CountRule macs;                         ///< multiply-accumulates for one image (default 0)
    CountRule params;                       ///< parameter count (default: all weights' elements)
};

class LayerKindRegistry {
public:
    static const LayerKindRegistry& instance();

    const LayerKind* find(const std::string& type) const;
    const LayerKind& get(const std::string& type) const;  ///< throws Unsupported
    std::vector<const LayerKind*> all() const;

    void add(LayerKind kind);

private:
    std::map<std::string, LayerKind> mKinds;
};

/// Computes and stores a layer's output shapes from its input shapes (throws InvalidGraph).
void inferLayerShapes(Layer& layer);
int64_t layerMacs(const Layer& layer);
int64_t layerParams(const Layer& layer);

}  // namespace dfc
