#include "zoo/onnx_builder.h"

#include <cmath>
#include <cstring>

namespace dfc {
namespace {

uint64_t fnv1a(const std::string& s)
{
    uint64_t h = 1469598103934665603ull;
    for (unsigned char c : s) h = (h ^ c) * 1099511628211ull;
    return h;
}

}  // namespace

OnnxBuilder::OnnxBuilder(const std::string& graphName, int opset)
{
    mModel.set_ir_version(8);
    mModel.set_producer_name("dataflow-studio-zoo");
    auto* op = mModel.add_opset_import();
    op->set_domain("");
    op->set_version(opset);
    mGraph = mModel.mutable_graph();
    mGraph->set_name(graphName);
}

std::string OnnxBuilder::fresh(const std::string& prefix) { return prefix + "_" + std::to_string(mCounter++); }

std::string OnnxBuilder::input(const std::string& name, const std::vector<int64_t>& shape)
{
    auto* in = mGraph->add_input();
    in->set_name(name);
    auto* t = in->mutable_type()->mutable_tensor_type();
    t->set_elem_type(onnx::TensorProto::FLOAT);
    for (int64_t d : shape) t->mutable_shape()->add_dim()->set_dim_value(d);
    return name;
}

void OnnxBuilder::output(const std::string& tensor)
{
    auto* out = mGraph->add_output();
    out->set_name(tensor);
    out->mutable_type()->mutable_tensor_type()->set_elem_type(onnx::TensorProto::FLOAT);
}

std::string OnnxBuilder::weight(const std::string& name, const std::vector<int64_t>& shape,
                                float scale, float offset)
{
    auto* t = mGraph->add_initializer();
    t->set_name(name);
    t->set_data_type(onnx::TensorProto::FLOAT);
    int64_t n = 1;
    for (int64_t d : shape) t->add_dims(d), n *= d;
    uint64_t state = fnv1a(name) | 1;
    std::string raw(static_cast<size_t>(n) * 4, '\0');
    for (int64_t i = 0; i < n; ++i) {
        state ^= state << 13, state ^= state >> 7, state ^= state << 17;  // xorshift64
        const float u = static_cast<float>((state >> 11) * (1.0 / 9007199254740992.0)) * 2 - 1;
        const float v = offset + scale * u;
        std::memcpy(raw.data() + 4 * i, &v, 4);
    }
    t->set_raw_data(raw);
    return name;
}

std::string OnnxBuilder::constant(const std::string& name, const std::vector<int64_t>& shape,
                                  const std::vector<float>& values)
{
    auto* t = mGraph->add_initializer();
    t->set_name(name);
    t->set_data_type(onnx::TensorProto::FLOAT);
    for (int64_t d : shape) t->add_dims(d);
    for (float v : values) t->add_float_data(v);
    return name;
}

std::string OnnxBuilder::intConstant(const std::string& name, const std::vector<int64_t>& values)
{
    auto* t = mGraph->add_initializer();
    t->set_name(name);
    t->set_data_type(onnx::TensorProto::INT64);
    t->add_dims(static_cast<int64_t>(values.size()));
    for (int64_t v : values) t->add_int64_data(v);
    return name;
}

std::string OnnxBuilder::node(const std::string& op, const std::vector<std::string>& inputs,
                              std::vector<std::pair<std::string, std::vector<int64_t>>> intAttrs,
                              const std::string& prefix)
{
    auto* n = mGraph->add_node();
    const std::string name = fresh(prefix.empty() ? op : prefix);
    n->set_op_type(op);
    n->set_name(name);
    for (const auto& i : inputs) n->add_input(i);
    n->add_output(name + "_out");
    for (const auto& [key, values] : intAttrs) {
        auto* a = n->add_attribute();
        a->set_name(key);
        if (key == "group" || key == "axis" || key == "transB") {
            a->set_type(onnx::AttributeProto::INT);
            a->set_i(values.at(0));
        } else {
            a->set_type(onnx::AttributeProto::INTS);
            for (int64_t v : values) a->add_ints(v);
        }
    }
    return name + "_out";
}

std::string OnnxBuilder::conv(const std::string& x, int64_t cin, int64_t cout, int64_t k,
                              int64_t stride, int64_t groups, bool bias)
{
    const std::string id = fresh("conv");
    // He-style scale keeps activations in a sane range through deep stacks.
    const float scale = std::sqrt(3.0f / static_cast<float>(k * k * cin / groups));
    std::vector<std::string> ins{x, weight(id + ".weight", {cout, cin / groups, k, k}, scale)};
    if (bias) ins.push_back(weight(id + ".bias", {cout}, 0.05f));
    const int64_t p = (k - 1) / 2;
    return node("Conv", ins, {{"kernel_shape", {k, k}}, {"strides", {stride, stride}},
                              {"pads", {p, p, p, p}}, {"group", {groups}}});
}

std::string OnnxBuilder::batchNorm(const std::string& x, int64_t c)
{
    const std::string id = fresh("bn");
    return node("BatchNormalization",
                {x, weight(id + ".gamma", {c}, 0.2f, 0.9f), weight(id + ".beta", {c}, 0.1f),
                 weight(id + ".mean", {c}, 0.1f), weight(id + ".var", {c}, 0.3f, 1.0f)});
}

std::string OnnxBuilder::relu6(const std::string& x)
{
    const std::string lo = constant(fresh("zero"), {}, {0.0f}), hi = constant(fresh("six"), {}, {6.0f});
    return node("Clip", {x, lo, hi});
}

std::string OnnxBuilder::classifier(const std::string& x, int64_t c, int64_t classes)
{
    const std::string pooled = node("GlobalAveragePool", {x});
    const std::string flat = node("Flatten", {pooled}, {{"axis", {1}}});
    const std::string id = fresh("fc");
    return node("Gemm", {flat, weight(id + ".weight", {classes, c}, std::sqrt(3.0f / c)),
                         weight(id + ".bias", {classes}, 0.05f)},
                {{"transB", {1}}});
}

onnx::ModelProto OnnxBuilder::finish() { return mModel; }

}  // namespace dfc
