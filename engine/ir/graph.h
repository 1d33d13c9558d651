#pragma once
// The accelerator layer graph (an HN network). Layers keep HN's shape: named neighbours in
// port order. Graph owns the layers, keeps both edge directions consistent and gives a
// deterministic topological order (insertion order breaks ties).
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <nlohmann/json.hpp>

#include "ir/layer.h"

namespace dfc {

class Graph {
public:
    std::string name = "model";
    nlohmann::ordered_json netParams = nlohmann::ordered_json::object();

    Graph() = default;
    Graph(Graph&&) = default;
    Graph& operator=(Graph&&) = default;
    /// Copies are deep (layers are owned through pointers).
    Graph(const Graph& other);
    Graph& operator=(const Graph& other);
    Graph clone() const { return *this; }

    /// Adds a layer (its edges are set separately by connect). Throws on duplicate names.
    Layer& addLayer(Layer layer);
    /// Adds a layer of the given type with a fresh name "<prefix><N>" (N counts from 1).
    Layer& addLayer(const std::string& type, const std::string& prefix = {});
    void connect(const std::string& from, const std::string& to);
    /// Removes a single-input layer and wires its consumers to its producer.
    void bypass(std::string name);  // by value: callers pass the victim's own name
    /// Replaces input `oldProducer` of `consumer` by `newProducer` (all occurrences).
    void rewireInput(const std::string& consumer, const std::string& oldProducer,
                     const std::string& newProducer);
    void removeLayer(std::string name);  ///< also drops edges that mention it (by value, as above)
    /// Renames layers all at once (old → new; a swap is fine), edges included. Throws
    /// InvalidGraph, leaving the graph as it was, when two layers would share a name.
    void renameLayers(const std::map<std::string, std::string>& newNames);

    Layer* find(const std::string& name);
    const Layer* find(const std::string& name) const;
    Layer& layer(const std::string& name);
    const Layer& layer(const std::string& name) const;
    size_t size() const { return mLayers.size(); }
    std::vector<Layer*> layers();  ///< insertion order
    std::vector<const Layer*> layers() const;
    /// Names in insertion order: safe to iterate while a pass removes layers.
    std::vector<std::string> layerNames() const;
    std::string freshName(const std::string& prefix) const;

    /// Topological order; throws InvalidGraph naming a layer on a cycle.
    std::vector<Layer*> topoOrder();
    std::vector<const Layer*> topoOrder() const;
    std::vector<const Layer*> inputLayers() const;   ///< in insertion order
    std::vector<const Layer*> outputLayers() const;  ///< in output_layers_order when set

    /// Recomputes every layer's input and output shapes from the inputs onward.
    void inferShapes();
    /// Checks edges (both directions), kinds, arity and that shapes agree. Throws InvalidGraph.
    void validate() const;

    int64_t totalParams() const;
    int64_t totalMacs() const;

private:
    std::vector<std::unique_ptr<Layer>> mLayers;
    void releaseFreshName(const std::string& name);
    std::unordered_map<std::string, Layer*> mIndex;
    mutable std::unordered_map<std::string, int> mFreshHint;  ///< prefix → numbers below are taken
};

}  // namespace dfc
