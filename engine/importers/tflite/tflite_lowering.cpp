#include "importers/tflite/tflite_lowering.h"

#include <algorithm>
#include <numeric>

#include "core/error.h"
#include "importers/tflite/tflite_subset_generated.h"
#include "ir/unsupported_reason.h"

namespace dfc {

const std::vector<int64_t> kTfliteToOnnxPerm = {0, 3, 1, 2};
const std::vector<int64_t> kOnnxToTflitePerm = {0, 2, 3, 1};

Shape onnxShapeOf(const Shape& s)
{
    if (s.size() != 4) return s;
    return {s[0], s[3], s[1], s[2]};
}

namespace {

const std::vector<int64_t>& kToNchw = kTfliteToOnnxPerm;  ///< ONNX axis k holds TFLite axis kToNchw[k]
const std::vector<int64_t>& kToNhwc = kOnnxToTflitePerm;

ConstTensor transposed(const ConstTensor& c, const std::vector<int64_t>& perm)
{
    const size_t r = c.shape.size();
    ConstTensor out;
    out.dataType = c.dataType;
    out.shape.resize(r);
    for (size_t k = 0; k < r; ++k) out.shape[k] = c.shape[static_cast<size_t>(perm[k])];
    std::vector<int64_t> inStride(r, 1), outStride(r, 1);
    for (size_t k = r; k-- > 1;) inStride[k - 1] = inStride[k] * c.shape[k];
    for (size_t k = r; k-- > 1;) outStride[k - 1] = outStride[k] * out.shape[k];
    out.values.resize(c.values.size());
    for (size_t i = 0; i < out.values.size(); ++i) {
        int64_t src = 0, rem = static_cast<int64_t>(i);
        for (size_t k = 0; k < r; ++k) {
            src += (rem / outStride[k]) * inStride[static_cast<size_t>(perm[k])];
            rem %= outStride[k];
        }
        out.values[i] = c.values[static_cast<size_t>(src)];
    }
    return out;
}

/// The TFLite axes of the non-unit dimensions, in the order the ONNX value stores them.
std::vector<int64_t> storedOrder(const Shape& s, bool onnxLayout)
{
    std::vector<int64_t> order;
    for (size_t k = 0; k < s.size(); ++k) {
        const int64_t axis = onnxLayout && s.size() == 4 ? kToNchw[k] : static_cast<int64_t>(k);
        if (s[static_cast<size_t>(axis)] != 1) order.push_back(axis);
    }
    return order;
}

/// True when the ONNX value of a tensor of this shape holds its elements in TFLite order.
bool sameMemoryOrder(const Shape& s) { return storedOrder(s, true) == storedOrder(s, false); }

onnx::ValueInfoProto valueInfo(const std::string& name, const TfliteTensor& t)
{
    onnx::ValueInfoProto v;
    v.set_name(name);
    auto* type = v.mutable_type()->mutable_tensor_type();
    using T = tfl::TensorType;
    const auto tt = static_cast<T>(t.type);
    const bool real = tt == T::FLOAT32 || tt == T::FLOAT16 || tt == T::FLOAT64 || !t.quantization.empty();
    type->set_elem_type(real ? onnx::TensorProto::FLOAT : onnx::TensorProto::INT64);
    auto* shape = type->mutable_shape();
    for (int64_t d : onnxShapeOf(t.shape)) shape->add_dim()->set_dim_value(d);
    return v;
}

nlohmann::ordered_json quantizationJson(const TfliteQuantization& q)
{
    nlohmann::ordered_json j;
    j["scale"] = q.scales;
    j["zero_point"] = q.zeroPoints;
    if (q.scales.size() > 1) j["axis"] = q.axis;
    return j;
}

}  // namespace

ConstTensor transposeConstant(const ConstTensor& c, const std::vector<int64_t>& perm) { return transposed(c, perm); }

namespace {
onnx::AttributeProto& attribute(onnx::NodeProto& n, const std::string& name, onnx::AttributeProto::AttributeType type)
{
    onnx::AttributeProto& a = *n.add_attribute();
    a.set_name(name);
    a.set_type(type);
    return a;
}
}  // namespace

void setInts(onnx::NodeProto& n, const std::string& name, const std::vector<int64_t>& values)
{
    auto& a = attribute(n, name, onnx::AttributeProto::INTS);
    for (int64_t v : values) a.add_ints(v);
}
void setInt(onnx::NodeProto& n, const std::string& name, int64_t v) { attribute(n, name, onnx::AttributeProto::INT).set_i(v); }
void setFloat(onnx::NodeProto& n, const std::string& name, float v) { attribute(n, name, onnx::AttributeProto::FLOAT).set_f(v); }
void setString(onnx::NodeProto& n, const std::string& name, const std::string& v)
{
    attribute(n, name, onnx::AttributeProto::STRING).set_s(v);
}

void unsupportedTflite(const std::string& reason) { throw Error(ErrorCode::Unsupported, reason); }

int64_t onnxAxis(int64_t axis, size_t rank)
{
    const auto r = static_cast<int64_t>(rank);
    if (axis < 0) axis += r;
    if (axis < 0 || axis >= r) unsupportedTflite("axis " + std::to_string(axis) + " is outside rank " + std::to_string(r));
    return rank == 4 ? kToNhwc[static_cast<size_t>(axis)] : axis;
}

TfliteLoweringContext::TfliteLoweringContext(const TfliteModel& m, TfliteLowering& out) : model(m), mOut(out)
{
    for (const auto& t : m.tensors()) mNames.insert(t.name);
}

std::optional<ConstTensor> TfliteLoweringContext::constant(int t) const
{
    if (t < 0) return std::nullopt;
    if (auto it = mFolded.find(t); it != mFolded.end()) return it->second;
    if (model.tensor(t).constant) return model.constant(t);
    return std::nullopt;
}

ConstTensor TfliteLoweringContext::requireConstant(int t, const std::string& what) const
{
    if (t < 0) unsupportedTflite("the " + what + " is missing");
    auto c = constant(t);
    if (!c) unsupportedTflite("the " + what + " ('" + model.tensor(t).name + "') must be a constant");
    return *c;
}

std::string TfliteLoweringContext::temp(const std::string& hint)
{
    std::string name = hint;
    while (!mNames.insert(name).second) name = hint + "_" + std::to_string(++mCounter);
    return name;
}

std::string TfliteLoweringContext::initializer(const ConstTensor& c, const std::string& hint)
{
    const std::string name = temp(hint);
    *mOut.model.mutable_graph()->add_initializer() = encodeTensorProto(c, name);
    return name;
}

std::string TfliteLoweringContext::ints(const std::vector<int64_t>& values, const std::string& hint)
{
    ConstTensor c;
    c.shape = {static_cast<int64_t>(values.size())};
    c.values.assign(values.begin(), values.end());
    c.dataType = onnx::TensorProto::INT64;
    return initializer(c, hint);
}

std::string TfliteLoweringContext::floats(const std::vector<float>& values, const Shape& shape, const std::string& hint)
{
    ConstTensor c;
    c.shape = shape;
    c.values.assign(values.begin(), values.end());
    return initializer(c, hint);
}

std::string TfliteLoweringContext::input(int t)
{
    if (t < 0) unsupportedTflite("a required input is missing");
    if (auto c = constant(t)) {
        if (auto it = mConstantNames.find(t); it != mConstantNames.end()) return it->second;
        const std::string name = initializer(c->shape.size() == 4 ? transposed(*c, kToNchw) : *c, model.tensor(t).name + "/onnx");
        return mConstantNames[t] = name;
    }
    return model.tensor(t).name;
}

std::string TfliteLoweringContext::broadcastConstant(int t, size_t rank)
{
    ConstTensor c = requireConstant(t, "constant operand");
    if (c.shape.size() > rank) unsupportedTflite("a constant of rank " + std::to_string(c.shape.size()) +
                                                 " cannot broadcast to rank " + std::to_string(rank));
    c.shape.insert(c.shape.begin(), rank - c.shape.size(), 1);
    if (rank == 4) c = transposed(c, kToNchw);
    return initializer(c, model.tensor(t).name + "/broadcast");
}

onnx::NodeProto& TfliteLoweringContext::node(const std::string& opType, const std::vector<std::string>& inputs,
                                             const std::vector<std::string>& outputs, const std::string& domain)
{
    auto& nodes = mOut.nodesOfOp[op->name];
    const std::string name = nodes.empty() ? op->name : temp(op->name + "/" + opType);
    mNames.insert(name);
    nodes.push_back(name);
    mOut.opOfNode[name] = op->name;
    onnx::NodeProto& n = *mOut.model.mutable_graph()->add_node();
    n.set_name(name);
    n.set_op_type(opType);
    if (!domain.empty()) n.set_domain(domain);
    for (const auto& i : inputs) n.add_input(i);
    for (const auto& o : outputs) n.add_output(o);
    return n;
}

std::string TfliteLoweringContext::preActivation(int activation, int outTensor)
{
    return activation == 0 ? output(outTensor) : temp(output(outTensor) + "/pre_activation");
}

void TfliteLoweringContext::fusedActivation(int activation, const std::string& x, const std::string& out)
{
    using A = tfl::ActivationFunctionType;
    auto clip = [&](float lo, float hi) {
        node("Clip", {x, floats({lo}, {}, out + "/min"), floats({hi}, {}, out + "/max")}, {out});
    };
    switch (static_cast<A>(activation)) {
    case A::NONE: if (x != out) node("Identity", {x}, {out}); break;
    case A::RELU: node("Relu", {x}, {out}); break;
    case A::RELU6: clip(0, 6); break;
    case A::RELU_N1_TO_1: clip(-1, 1); break;
    case A::TANH: node("Tanh", {x}, {out}); break;
    default: unsupportedTflite("fused activation " + std::to_string(activation) + " is not supported");
    }
}

void TfliteLoweringContext::reshape(const std::string& x, const Shape& from, const Shape& to, const std::string& out)
{
    if (from == to) {
        node("Identity", {x}, {out});
        return;
    }
    std::string y = x;
    if (!sameMemoryOrder(from)) {
        y = temp(out + "/nhwc");
        setInts(node("Transpose", {x}, {y}), "perm", kToNhwc);
    }
    if (sameMemoryOrder(to)) {
        node("Reshape", {y, ints(onnxShapeOf(to), out + "/shape")}, {out});
        return;
    }
    const std::string z = temp(out + "/reshaped");
    node("Reshape", {y, ints(to, out + "/shape")}, {z});
    setInts(node("Transpose", {z}, {out}), "perm", kToNchw);
}

const TfliteLoweringRegistry& TfliteLoweringRegistry::instance()
{
    static const TfliteLoweringRegistry registry = [] {
        TfliteLoweringRegistry r;
        registerTfliteConvLowerings(r);
        registerTfliteElementwiseLowerings(r);
        registerTfliteShapeLowerings(r);
        return r;
    }();
    return registry;
}

TfliteLowering lowerTfliteToOnnx(const TfliteModel& m)
{
    TfliteLowering out;
    out.model.set_ir_version(8);
    out.model.set_producer_name("dataflow-studio tflite lowering");
    auto* opset = out.model.add_opset_import();
    opset->set_domain("");
    opset->set_version(13);
    auto* custom = out.model.add_opset_import();
    custom->set_domain("tflite");
    custom->set_version(1);
    auto& graph = *out.model.mutable_graph();
    graph.set_name("tflite");
    for (int t : m.inputs()) *graph.add_input() = valueInfo(m.tensor(t).name, m.tensor(t));
    for (int t : m.outputs()) *graph.add_output() = valueInfo(m.tensor(t).name, m.tensor(t));

    TfliteLoweringContext ctx(m, out);
    const auto& registry = TfliteLoweringRegistry::instance();
    for (const TfliteOp& op : m.ops()) {
        ctx.op = &op;
        const int nodesBefore = graph.node_size();
        UnsupportedReason reason;
        if (const TfliteLowerer* lower = registry.find(op.type)) {
            try {
                (*lower)(ctx);
                continue;
            } catch (const Error& e) {
                if (e.code() != ErrorCode::Unsupported) throw e.at(op.name);
                reason = UnsupportedReason::conversion(e.message());
            } catch (const std::logic_error&) {  // an .at() on inputs, outputs or dimensions
                reason = {UnsupportedReason::Kind::Malformed, op.type};
            }
        } else {
            reason = UnsupportedReason::operatorType(op.type);
        }
        // Kept as an operator of the "tflite" domain that no converter accepts, so the importer
        // reports it (with our reason) and judges everything around it on its own.
        while (graph.node_size() > nodesBefore) graph.mutable_node()->RemoveLast();
        out.nodesOfOp[op.name].clear();
        std::vector<std::string> ins, outs;
        for (int t : op.inputs)
            if (t >= 0 && !ctx.isConstant(t)) ins.push_back(ctx.input(t));
        for (int t : op.outputs) outs.push_back(t >= 0 ? ctx.output(t) : std::string());
        onnx::NodeProto& n = ctx.node(op.type, ins, outs, "tflite");
        onnx::AttributeProto* why = n.add_attribute();
        why->set_name("unsupported_reason");
        why->set_type(onnx::AttributeProto::STRING);
        why->set_s(reason.toJson().dump());  // read back by the importer for its report
    }
    for (const auto& op : m.ops())
        if (out.nodesOfOp[op.name].empty()) out.foldedOps.insert(op.name);
    for (size_t t = 0; t < m.tensors().size(); ++t) {
        const TfliteTensor& tensor = m.tensors()[t];
        if (!tensor.quantization.empty()) out.quantization[tensor.name] = quantizationJson(tensor.quantization);
        if (!ctx.isConstant(static_cast<int>(t))) *graph.add_value_info() = valueInfo(tensor.name, tensor);
    }
    return out;
}

}  // namespace dfc
