#include "importers/onnx/convert_context.h"

#include <algorithm>

#include "core/error.h"
#include "ir/layer_kind.h"
#include "ir/layout.h"

namespace dfc {

void unsupported(const std::string& reason) { fail(ErrorCode::Unsupported, reason); }

const OnnxValue& ConvertContext::value(const std::string& tensor) const
{
    auto it = mValues.find(tensor);
    if (it == mValues.end()) {
        if (model.constant(tensor))
            unsupported("constant tensor '" + tensor + "' is used where data is expected");
        unsupported("tensor '" + tensor + "' is not available in the parsed graph");
    }
    return it->second;
}

bool ConvertContext::isUsed(const std::string& tensor) const
{
    if (tensor.empty()) return false;
    const auto& outs = model.graphOutputs();
    return !model.consumers(tensor).empty() || std::find(outs.begin(), outs.end(), tensor) != outs.end();
}

const ConstTensor& ConvertContext::requireConstant(const OnnxNode& node, size_t index,
                                                   const std::string& what) const
{
    if (index >= node.inputs.size() || node.inputs[index].empty())
        unsupported(what + " (input " + std::to_string(index) + ") is missing");
    const ConstTensor* c = model.constant(node.inputs[index]);
    if (!c) unsupported(what + " must be a constant");
    return *c;
}

Layer& ConvertContext::add(const std::string& type, const OnnxNode& node, const std::string& prefix)
{
    Layer& l = graph.addLayer(type, prefix);
    l.originalNames = {node.name};
    return l;
}

void ConvertContext::connect(Layer& layer, const std::string& tensor)
{
    const OnnxValue& v = value(tensor);
    graph.connect(v.layer, layer.name);
    const Layer& producer = graph.layer(v.layer);
    int port = 0;
    if (producer.kind->multiOutput) port = static_cast<int>(producer.outputs.size()) - 1;
    layer.inputShapes.push_back(producer.outputShape(port));
}

void ConvertContext::define(const std::string& tensor, Layer& layer, Shape original)
{
    inferLayerShapes(layer);
    mValues[tensor] = {layer.name, std::move(original)};
}

void ConvertContext::defineWithRank(const std::string& tensor, Layer& layer, size_t rank)
{
    inferLayerShapes(layer);
    mValues[tensor] = {layer.name, originalShapeOf(layer.outputShape(), rank, batch)};
}

void ConvertContext::attachUnary(Layer& layer, const OnnxNode& node, size_t rank)
{
    const size_t r = rank ? rank : static_cast<size_t>(this->rank(node.inputs.at(0)));
    connect(layer, node.inputs.at(0));
    defineWithRank(node.outputs.at(0), layer, r);
}

Layer& ConvertContext::constantLayer(const ConstTensor& c, size_t rank, const OnnxNode& node)
{
    if (c.shape.size() > rank) unsupported("constant operand has a higher rank than the data");
    Shape full(rank - c.shape.size(), 1);
    full.insert(full.end(), c.shape.begin(), c.shape.end());
    if (full[0] != 1) unsupported("constant operand varies along the batch axis");
    Tensor t = fromOriginalLayout(Tensor(full, c.toFloat().data));
    t.shape.erase(t.shape.begin());
    Layer& l = add("const_input", node);
    l.weights["const"] = std::move(t);
    inferLayerShapes(l);
    return l;
}

Shape originalShapeOf(const Shape& internal, size_t rank, int64_t batch)
{
    if (rank == 2) return {batch, shapeElements(internal)};
    const Shape s = internal.size() == 1 ? Shape{1, 1, internal[0]} : internal;
    if (rank == 3) return {batch, s[2], s[0] * s[1]};
    if (rank == 4) return {batch, s[2], s[0], s[1]};
    unsupported("tensors of rank " + std::to_string(rank) + " have no accelerator layout");
}

const OnnxConverterRegistry& OnnxConverterRegistry::instance()
{
    static const OnnxConverterRegistry registry = [] {
        OnnxConverterRegistry r;
        registerConvConverters(r);
        registerActivationConverters(r);
        registerPoolConverters(r);
        registerElementwiseConverters(r);
        registerShapeConverters(r);
        registerResizeConverters(r);
        registerReduceConverters(r);
        return r;
    }();
    return registry;
}

}  // namespace dfc
