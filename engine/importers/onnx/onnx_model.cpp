#include "importers/onnx/onnx_model.h"

#include <filesystem>

#include <onnx/defs/schema.h>
#include <onnx/shape_inference/implementation.h>

#include "core/error.h"
#include "importers/onnx/constant_folding.h"
#include "io/atomic_file.h"

namespace dfc {

// ---- node attributes ----------------------------------------------------------------------

namespace {
const onnx::AttributeProto* findAttr(const onnx::NodeProto& n, const std::string& key)
{
    for (const auto& a : n.attribute())
        if (a.name() == key) return &a;
    return nullptr;
}
}  // namespace

bool OnnxNode::hasAttr(const std::string& key) const { return findAttr(*proto, key) != nullptr; }

int64_t OnnxNode::attrInt(const std::string& key, int64_t def) const
{
    const auto* a = findAttr(*proto, key);
    return a ? a->i() : def;
}

float OnnxNode::attrFloat(const std::string& key, float def) const
{
    const auto* a = findAttr(*proto, key);
    return a ? a->f() : def;
}

std::string OnnxNode::attrString(const std::string& key, const std::string& def) const
{
    const auto* a = findAttr(*proto, key);
    return a ? a->s() : def;
}

std::vector<int64_t> OnnxNode::attrInts(const std::string& key, std::vector<int64_t> def) const
{
    const auto* a = findAttr(*proto, key);
    return a ? std::vector<int64_t>(a->ints().begin(), a->ints().end()) : def;
}

std::vector<float> OnnxNode::attrFloats(const std::string& key) const
{
    const auto* a = findAttr(*proto, key);
    return a ? std::vector<float>(a->floats().begin(), a->floats().end()) : std::vector<float>{};
}

const onnx::TensorProto* OnnxNode::attrTensor(const std::string& key) const
{
    const auto* a = findAttr(*proto, key);
    return a && a->has_t() ? &a->t() : nullptr;
}

// ---- loading -------------------------------------------------------------------------------

OnnxModel OnnxModel::load(const std::string& path, const std::map<std::string, Shape>& inputShapes,
                          const Progress& progress)
{
    progress.update(0.0, "reading model");
    const std::string bytes = readFile(path, size_t{2} << 30);
    onnx::ModelProto proto;
    if (bytes.empty() || !proto.ParseFromString(bytes))
        fail(ErrorCode::InvalidFormat, "not an ONNX model (protobuf parse failed; truncated or "
                                       "not a ModelProto)", path);
    return fromProto(std::move(proto), path, inputShapes, progress);
}

OnnxModel OnnxModel::fromProto(onnx::ModelProto proto, const std::string& path,
                               const std::map<std::string, Shape>& inputShapes,
                               const Progress& progress)
{
    OnnxModel m;
    *m.mProto = std::move(proto);
    m.mPath = path;
    m.mBaseDir = std::filesystem::path(path).parent_path().string();
    if (!m.mProto->has_graph() || m.mProto->graph().node_size() == 0)
        fail(ErrorCode::InvalidFormat, "the model has no graph or no nodes", path);
    for (const auto& o : m.mProto->opset_import())
        if (o.domain().empty() || o.domain() == "ai.onnx") m.mOpset = o.version();
    if (m.mOpset == 0) fail(ErrorCode::InvalidFormat, "the model declares no ONNX opset", path);
    for (const auto& init : m.mProto->graph().initializer())
        m.mConstants[init.name()] = decodeTensorProto(init, m.mBaseDir, path);
    m.applyInputShapes(inputShapes);
    m.indexGraph();
    m.checkWindowAttributes();
    m.topoSortNodes();
    for (int round = 0; round < 4; ++round) {
        progress.checkCancelled();
        progress.update(0.1 + 0.1 * round, "inferring shapes and folding constants");
        m.inferShapes();
        if (!m.foldConstants()) break;
    }
    return m;
}

void OnnxModel::applyInputShapes(const std::map<std::string, Shape>& inputShapes)
{
    std::set<std::string> seen;
    for (auto& in : *mProto->mutable_graph()->mutable_input()) {
        if (mConstants.count(in.name())) continue;
        mInputs.push_back(in.name());
        auto it = inputShapes.find(in.name());
        if (it == inputShapes.end()) {
            // The batch is outside the accelerator graph: a symbolic batch alone becomes 1.
            auto* dims = in.mutable_type()->mutable_tensor_type()->mutable_shape()->mutable_dim();
            bool restKnown = dims->size() > 1;
            for (int i = 1; i < dims->size(); ++i) restKnown &= dims->Get(i).has_dim_value();
            if (restKnown && !dims->Get(0).has_dim_value()) dims->Mutable(0)->set_dim_value(1);
            continue;
        }
        seen.insert(in.name());
        auto* shape = in.mutable_type()->mutable_tensor_type()->mutable_shape();
        shape->clear_dim();
        for (int64_t d : it->second) shape->add_dim()->set_dim_value(d);
    }
    for (const auto& [name, _] : inputShapes)
        if (!seen.count(name))
            fail(ErrorCode::InvalidArgument, "the model has no input named '" + name + "'", mPath);
    for (const auto& out : mProto->graph().output()) mOutputs.push_back(out.name());
}

void OnnxModel::indexGraph()
{
    const auto& g = mProto->graph();
    mNodes.clear();
    std::map<std::string, int> opCount;
    for (int i = 0; i < g.node_size(); ++i) {
        const auto& p = g.node(i);
        OnnxNode n;
        n.proto = &p;
        n.op = p.op_type();
        n.name = p.name().empty() ? p.op_type() + "_" + std::to_string(opCount[p.op_type()]++) : p.name();
        n.inputs.assign(p.input().begin(), p.input().end());
        n.outputs.assign(p.output().begin(), p.output().end());
        if (!p.domain().empty() && p.domain() != "ai.onnx") n.op = p.domain() + "::" + p.op_type();
        mNodes.push_back(std::move(n));
    }
}

void OnnxModel::topoSortNodes()
{
    std::set<std::string> available(mInputs.begin(), mInputs.end());
    for (const auto& [name, _] : mConstants) available.insert(name);
    std::vector<OnnxNode> sorted;
    std::vector<bool> placed(mNodes.size(), false);
    bool progress = true;
    while (sorted.size() < mNodes.size() && progress) {
        progress = false;
        for (size_t i = 0; i < mNodes.size(); ++i) {
            if (placed[i]) continue;
            bool ready = true;
            for (const auto& in : mNodes[i].inputs)
                if (!in.empty() && !available.count(in)) ready = false;
            if (!ready) continue;
            placed[i] = progress = true;
            for (const auto& o : mNodes[i].outputs) available.insert(o);
            sorted.push_back(mNodes[i]);
        }
    }
    for (size_t i = 0; i < mNodes.size(); ++i) {
        if (placed[i]) continue;
        for (const auto& in : mNodes[i].inputs)
            if (!in.empty() && !available.count(in)) {
                bool producedSomewhere = false;
                for (const auto& n : mNodes)
                    for (const auto& o : n.outputs) producedSomewhere |= o == in;
                fail(ErrorCode::InvalidGraph,
                     producedSomewhere ? "the graph has a cycle through tensor '" + in + "'"
                                       : "input tensor '" + in + "' is never produced",
                     mPath, mNodes[i].name);
            }
    }
    mNodes = std::move(sorted);
    mProducer.clear();
    mConsumers.clear();
    mNodeByName.clear();
    for (size_t i = 0; i < mNodes.size(); ++i) {
        mNodeByName[mNodes[i].name] = i;
        for (const auto& o : mNodes[i].outputs) {
            if (mProducer.count(o))
                fail(ErrorCode::InvalidGraph, "tensor '" + o + "' is produced twice", mPath, mNodes[i].name);
            mProducer[o] = i;
        }
        for (const auto& in : mNodes[i].inputs)
            if (!in.empty()) mConsumers[in].push_back(i);
    }
}

void OnnxModel::checkWindowAttributes() const
{
    // ONNX's own shape inference divides by strides and dilations without checking them: a
    // corrupt model must not reach it with zeros there.
    for (const OnnxNode& n : mNodes)
        for (const char* key : {"strides", "dilations", "kernel_shape"})
            for (int64_t v : n.attrInts(key))
                if (v <= 0)
                    fail(ErrorCode::InvalidFormat, std::string(key) + " holds " + std::to_string(v) +
                                                       "; every value must be positive", mPath, n.name);
}

void OnnxModel::inferShapes()
{
    // ONNX inference only reads value_info that is consistent; start from a clean slate, but keep
    // the declared shapes of values it cannot infer (outputs of operators it does not know).
    if (!mDeclaredCaptured) {
        mDeclared.assign(mProto->graph().value_info().begin(), mProto->graph().value_info().end());
        mDeclaredCaptured = true;
    }
    mProto->mutable_graph()->clear_value_info();
    try {
        onnx::ShapeInferenceOptions options{false, 0, true};
        onnx::shape_inference::InferShapes(*mProto, onnx::OpSchemaRegistry::Instance(), options);
    } catch (const std::exception&) {
        // Inference is best effort: converters fall back to the shapes of our own layers.
    }
    auto record = [&](const onnx::ValueInfoProto& v) {
        if (!v.type().has_tensor_type() || !v.type().tensor_type().has_shape()) return;
        Shape s;
        for (const auto& d : v.type().tensor_type().shape().dim()) {
            if (!d.has_dim_value() || d.dim_value() < 0) return;
            s.push_back(d.dim_value());
        }
        mShapes[v.name()] = s;
    };
    for (const auto& v : mProto->graph().input()) record(v);
    for (const auto& v : mProto->graph().value_info()) record(v);
    for (const auto& v : mProto->graph().output()) record(v);
    for (const auto& v : mDeclared)
        if (!mShapes.count(v.name())) record(v);
    for (const auto& [name, c] : mConstants) mShapes[name] = c.shape;
}

bool OnnxModel::foldConstants()
{
    bool changed = false;
    const ConstantFolderRegistry& folders = ConstantFolderRegistry::instance();
    for (auto& n : mNodes) {
        if (n.folded) continue;
        const ConstantFolder* folder = folders.find(n.op);
        if (!folder) continue;
        std::vector<const ConstTensor*> ins;
        std::vector<const Shape*> shapes;
        bool allConst = true;
        for (const auto& i : n.inputs) {
            ins.push_back(i.empty() ? nullptr : constant(i));
            shapes.push_back(i.empty() ? nullptr : shape(i));
            if (!i.empty() && !ins.back()) allConst = false;
        }
        for (int i = 0; i < folder->requiredInputs; ++i)
            if (i >= static_cast<int>(n.inputs.size()) || n.inputs[i].empty())
                fail(ErrorCode::InvalidGraph, n.op + " needs " + std::to_string(folder->requiredInputs) + " input(s)", mPath, n.name);
        const bool shapesKnown = !shapes.empty() && shapes[0];
        if (!allConst && (folder->needsValues || !shapesKnown)) continue;
        std::vector<ConstTensor> outs;
        try {
            if (!folder->fold(n, ins, shapes, outs)) continue;
        } catch (const Error& e) {
            throw e.inFile(mPath).at(n.name);
        }
        for (size_t i = 0; i < outs.size() && i < n.outputs.size(); ++i) {
            mConstants[n.outputs[i]] = outs[i];
            *mProto->mutable_graph()->add_initializer() = encodeTensorProto(outs[i], n.outputs[i]);
        }
        n.folded = changed = true;
    }
    return changed;
}

const ConstTensor* OnnxModel::constant(const std::string& tensor) const
{
    auto it = mConstants.find(tensor);
    return it == mConstants.end() ? nullptr : &it->second;
}

const Shape* OnnxModel::shape(const std::string& tensor) const
{
    auto it = mShapes.find(tensor);
    return it == mShapes.end() ? nullptr : &it->second;
}

const OnnxNode* OnnxModel::producer(const std::string& tensor) const
{
    auto it = mProducer.find(tensor);
    return it == mProducer.end() ? nullptr : &mNodes[it->second];
}

std::vector<const OnnxNode*> OnnxModel::consumers(const std::string& tensor) const
{
    std::vector<const OnnxNode*> out;
    if (auto it = mConsumers.find(tensor); it != mConsumers.end())
        for (size_t i : it->second) out.push_back(&mNodes[i]);
    return out;
}

const OnnxNode* OnnxModel::node(const std::string& name) const
{
    auto it = mNodeByName.find(name);
    return it == mNodeByName.end() ? nullptr : &mNodes[it->second];
}

}  // namespace dfc
