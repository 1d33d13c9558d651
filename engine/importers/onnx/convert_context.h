#pragma once
// What an ONNX op converter sees: the prepared model, the layer graph being built, and the
// map from ONNX tensor names to the layers that produce them. Converters add layers and define
// their outputs; a node they cannot express throws Error(Unsupported) with the reason.
#include <functional>
#include <map>
#include <string>

#include "core/named_registry.h"
#include "importers/onnx/onnx_model.h"
#include "ir/graph.h"

namespace dfc {

/// An ONNX tensor that exists in the layer graph: its producer and its source-layout shape.
struct OnnxValue {
    std::string layer;
    Shape original;  ///< batch included, as in the ONNX model
};

class ConvertContext {
public:
    ConvertContext(const OnnxModel& model, Graph& graph) : model(model), graph(graph) {}

    const OnnxModel& model;
    Graph& graph;

    const OnnxValue& value(const std::string& tensor) const;  ///< throws if not available
    bool hasValue(const std::string& tensor) const { return mValues.count(tensor) != 0; }
    const ConstTensor* constant(const std::string& tensor) const { return model.constant(tensor); }
    /// The constant input `index` of `node`; throws Unsupported naming `what` when not constant.
    const ConstTensor& requireConstant(const OnnxNode& node, size_t index, const std::string& what) const;
    /// True when a node consumes the tensor or it is a graph output.
    bool isUsed(const std::string& tensor) const;
    int64_t rank(const std::string& tensor) const { return value(tensor).original.size(); }

    /// Creates a layer for `node` (original_names = node name) named "<prefix><N>".
    Layer& add(const std::string& type, const OnnxNode& node, const std::string& prefix = {});
    /// Connects the producer of `tensor` as the next input of `layer`.
    void connect(Layer& layer, const std::string& tensor);
    /// Infers `layer`'s shapes and defines `tensor` as its output with the given source shape.
    void define(const std::string& tensor, Layer& layer, Shape original);
    /// Defines `tensor` as layer output whose source shape has the given rank (batch kept).
    void defineWithRank(const std::string& tensor, Layer& layer, size_t rank);
    /// The common single-input shape: connects input 0 of `node` to `layer` and defines output 0
    /// with the given source rank (default: the input's rank).
    void attachUnary(Layer& layer, const OnnxNode& node, size_t rank = 0);
    void alias(const std::string& tensor, const std::string& from) { mValues[tensor] = value(from); }
    void setValue(const std::string& tensor, OnnxValue v) { mValues[tensor] = std::move(v); }
    /// A const_input layer holding `c` (source layout, broadcast to rank `rank`).
    Layer& constantLayer(const ConstTensor& c, size_t rank, const OnnxNode& node);

    int64_t batch = 1;

private:
    std::map<std::string, OnnxValue> mValues;
};

/// Source shape [N, C, d…] of an internal shape, for a tensor of the given source rank.
Shape originalShapeOf(const Shape& internal, size_t rank, int64_t batch);

using OnnxConverter = std::function<void(ConvertContext&, const OnnxNode&)>;

class OnnxConverterRegistry : public NamedRegistry<OnnxConverter> {
public:
    static const OnnxConverterRegistry& instance();
};

void registerConvConverters(OnnxConverterRegistry&);
void registerActivationConverters(OnnxConverterRegistry&);
void registerPoolConverters(OnnxConverterRegistry&);
void registerElementwiseConverters(OnnxConverterRegistry&);
void registerShapeConverters(OnnxConverterRegistry&);
void registerResizeConverters(OnnxConverterRegistry&);
void registerReduceConverters(OnnxConverterRegistry&);

[[noreturn]] void unsupported(const std::string& reason);

}  // namespace dfc
