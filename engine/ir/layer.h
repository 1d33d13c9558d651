#pragma once
// One accelerator layer, mirroring an HN layer entry: its kind, its neighbours by name, the
// shapes on each edge (batch excluded), named attributes and named float parameters.
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "ir/tensor.h"

namespace dfc {

struct LayerKind;

struct Layer {
    std::string name;               ///< unscoped name, unique in the graph ("conv3")
    const LayerKind* kind = nullptr;
    std::vector<std::string> inputs;     ///< producer names, in input-port order
    std::vector<std::string> outputs;    ///< consumer names; for multi-output kinds port i → outputs[i]
    std::vector<Shape> inputShapes;      ///< one per input, batch excluded
    std::vector<Shape> outputShapes;     ///< one per output port
    std::vector<std::string> originalNames;  ///< source-model nodes fused into this layer
    nlohmann::json params = nlohmann::json::object();  ///< attributes set explicitly
    std::map<std::string, Tensor> weights;               ///< "kernel", "bias", …

    const std::string& type() const;
    /// The type as the HN file spells it: the vendor's string for view-only layers.
    std::string hnType() const;

    /// Attribute value: explicitly set, else the kind's default. Throws if neither exists.
    const nlohmann::json& attr(const std::string& key) const;
    template <typename T> T attr(const std::string& key) const { return attr(key).get<T>(); }
    bool hasWeight(const std::string& key) const { return weights.count(key) != 0; }
    const Tensor& weight(const std::string& key) const;
    const Shape& outputShape(int port = 0) const;
};

}  // namespace dfc
