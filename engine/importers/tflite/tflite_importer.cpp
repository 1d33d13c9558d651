#include "importers/tflite/tflite_importer.h"

#include <flatbuffers/minireflect.h>

#include "core/error.h"
#include "importers/onnx/onnx_importer.h"
#include "importers/tflite/tflite_lowering.h"
#include "importers/tflite/tflite_model.h"
#include "importers/tflite/tflite_subset_generated.h"

namespace dfc {
namespace {

/// Collects a flat options table into JSON through flatbuffers' mini-reflection.
class OptionsToJson : public flatbuffers::IterationVisitor {
public:
    nlohmann::ordered_json object = nlohmann::ordered_json::object();

    void StartSequence() override { ++mDepth; }
    void EndSequence() override { --mDepth; }
    void Field(size_t, size_t, flatbuffers::ElementaryType, bool vector, const flatbuffers::TypeTable* ref,
               const char* name, const uint8_t* val) override
    {
        if (mDepth != 1) return;
        mKey = val ? name : "";
        // Writers omit fields at their default; for enums that is value 0 (SAME, NONE, FLOAT32),
        // worth showing. Other defaults are not in the type table, so absent numbers stay absent.
        if (!val && !vector && ref && ref->st == flatbuffers::ST_ENUM && ref->names)
            for (size_t i = 0; i < ref->num_elems; ++i)
                if ((ref->values ? ref->values[i] : static_cast<int64_t>(i)) == 0) object[name] = ref->names[i];
    }
    void StartVector() override { mVector = nlohmann::ordered_json::array(); mInVector = true; }
    void EndVector() override { mInVector = false; put(mVector, true); }
    void Bool(bool v) override { put(v); }
    void Char(int8_t v, const char* e) override { e ? put(e) : put(v); }
    void UChar(uint8_t v, const char* e) override { e ? put(e) : put(v); }
    void Short(int16_t v, const char* e) override { e ? put(e) : put(v); }
    void UShort(uint16_t v, const char* e) override { e ? put(e) : put(v); }
    void Int(int32_t v, const char* e) override { e ? put(e) : put(v); }
    void UInt(uint32_t v, const char* e) override { e ? put(e) : put(v); }
    void Long(int64_t v) override { put(v); }
    void ULong(uint64_t v) override { put(v); }
    void Float(float v) override { put(v); }
    void Double(double v) override { put(v); }

private:
    void put(nlohmann::ordered_json v, bool whole = false)
    {
        if (mDepth != 1 || mKey.empty()) return;
        if (mInVector && !whole) mVector.push_back(std::move(v));
        else object[mKey] = std::move(v);
    }
    int mDepth = 0;
    bool mInVector = false;
    std::string mKey;
    nlohmann::ordered_json mVector;
};

nlohmann::ordered_json opAttributes(const TfliteModel& m, const TfliteOp& op)
{
    nlohmann::ordered_json attrs = nlohmann::ordered_json::object();
    const auto type = static_cast<int64_t>(op.raw->builtin_options_type());
    const flatbuffers::TypeTable* unionTable = tfl::BuiltinOptionsTypeTable();
    for (size_t i = 0; type != 0 && op.raw->builtin_options() && i < unionTable->num_elems; ++i) {
        const int64_t value = unionTable->values ? unionTable->values[i] : static_cast<int64_t>(i);
        if (value != type) continue;
        const flatbuffers::TypeTable* table = unionTable->type_refs[unionTable->type_codes[i].sequence_ref]();
        OptionsToJson visitor;
        flatbuffers::IterateObject(static_cast<const uint8_t*>(op.raw->builtin_options()), table, &visitor);
        attrs = visitor.object;
    }
    const std::string_view custom = m.customOptions(op);
    if (!custom.empty()) {
        static const char* hex = "0123456789abcdef";
        std::string bytes;
        for (unsigned char c : custom.substr(0, 64)) bytes += std::string{hex[c >> 4], hex[c & 15]};
        attrs["custom_options"] = bytes + (custom.size() > 64 ? "…" : "");
    }
    return attrs;
}

/// ONNX nodes standing for a TFLite start (nodes reading values from outside the operator) or
/// end (nodes writing the operator's outputs) node given by operator or tensor name.
std::vector<std::string> toOnnxNodes(const TfliteModel& m, const TfliteLowering& low,
                                     const std::vector<std::string>& names, bool start)
{
    std::map<std::string, std::string> opOfTensor;
    std::map<std::string, std::set<std::string>> outputsOfOp;
    for (const auto& op : m.ops())
        for (int t : op.outputs)
            if (t >= 0) {
                opOfTensor[m.tensor(t).name] = op.name;
                outputsOfOp[op.name].insert(m.tensor(t).name);
            }
    std::map<std::string, const onnx::NodeProto*> nodes;
    for (const auto& n : low.model.graph().node()) nodes[n.name()] = &n;
    std::vector<std::string> out;
    for (const auto& name : names) {
        std::string op = name;
        if (!low.nodesOfOp.count(op)) {
            auto it = opOfTensor.find(name);
            if (it == opOfTensor.end())
                fail(ErrorCode::InvalidArgument, "the model has no operator or tensor named '" + name + "'", m.path());
            op = it->second;
        }
        const auto& own = low.nodesOfOp.at(op);
        if (own.empty())
            fail(ErrorCode::InvalidArgument, "'" + name + "' is computed at import time (a constant); "
                                             "choose an operator that runs", m.path());
        std::set<std::string> internal;
        for (const auto& n : own)
            for (const auto& o : nodes.at(n)->output()) internal.insert(o);
        const std::set<std::string>& opOutputs = outputsOfOp[op];
        for (const auto& n : own) {
            const onnx::NodeProto& node = *nodes.at(n);
            bool edge = false;
            if (start) {
                for (const auto& i : node.input()) edge |= !i.empty() && !internal.count(i);
            } else {
                for (const auto& o : node.output()) edge |= opOutputs.count(o) != 0;
            }
            if (edge) out.push_back(n);
        }
    }
    return out;
}

std::vector<std::string> toOpNames(const TfliteLowering& low, const std::vector<std::string>& nodes)
{
    std::vector<std::string> out;
    for (const auto& n : nodes) {
        auto it = low.opOfNode.find(n);
        const std::string& op = it == low.opOfNode.end() ? n : it->second;
        if (std::find(out.begin(), out.end(), op) == out.end()) out.push_back(op);
    }
    return out;
}

std::string replaceAll(std::string s, const std::string& from, const std::string& to)
{
    for (size_t p = s.find(from); p != std::string::npos; p = s.find(from, p + to.size())) s.replace(p, from.size(), to);
    return s;
}

/// Why the lowering kept each opaque node as it is (the typed reason it stored on the node).
std::map<std::string, UnsupportedReason> loweringReasons(const TfliteLowering& low)
{
    std::map<std::string, UnsupportedReason> reasons;
    for (const auto& n : low.model.graph().node())
        for (const auto& a : n.attribute())
            if (a.name() == "unsupported_reason")
                reasons[n.name()] = UnsupportedReason::fromJson(nlohmann::json::parse(a.s(), nullptr, false));
    return reasons;
}

void mapReport(ParseReport& r, const TfliteModel& m, const TfliteLowering& low)
{
    std::map<std::string, const TfliteOp*> ops;
    for (const auto& op : m.ops()) ops[op.name] = &op;
    const auto reasons = loweringReasons(low);  // why the lowering kept an operator opaque
    std::vector<UnsupportedNode> unsupported;
    std::set<std::string> seen;
    for (const auto& u : r.unsupported) {
        auto it = low.opOfNode.find(u.node);
        const std::string op = it == low.opOfNode.end() ? u.node : it->second;
        if (!seen.insert(op).second) continue;
        auto why = reasons.find(u.node);
        unsupported.push_back({op, ops.count(op) ? ops[op]->type : u.op, why != reasons.end() ? why->second : u.reason});
    }
    r.unsupported = std::move(unsupported);
    r.startNodes = toOpNames(low, r.startNodes);
    r.endNodes = toOpNames(low, r.endNodes);
    r.suggestedStart = toOpNames(low, r.suggestedStart);
    r.suggestedEnd = toOpNames(low, r.suggestedEnd);
    for (auto& why : r.suggestionReasons) {
        // In the user's terms: TFLite operator names and types, the lowering's own reason.
        if (auto it = reasons.find(why.neighbour); it != reasons.end()) why.why = it->second;
        why.node = toOpNames(low, {why.node}).front();
        const std::string neighbour = toOpNames(low, {why.neighbour}).front();
        if (ops.count(neighbour)) why.neighbourOp = ops[neighbour]->type;
        why.neighbour = neighbour;
        why.neighbourOp = replaceAll(why.neighbourOp, "tflite::", "");
    }
    r.sourceNodes = static_cast<int>(m.ops().size() - low.foldedOps.size());
    r.sourceQuantization = low.quantization;
}

/// Layer mappings in TFLite names; input/output layers describe their tensors in TFLite layout.
void mapGraph(Graph& g, const TfliteModel& m, const TfliteLowering& low)
{
    std::map<std::string, const TfliteTensor*> tensors;
    for (const auto& t : m.tensors()) tensors[t.name] = &t;
    for (const std::string& name : g.layerNames()) {
        Layer& l = g.layer(name);
        l.originalNames = toOpNames(low, l.originalNames);
        if (l.type() != "input_layer" && l.type() != "output_layer") continue;
        auto it = tensors.find(l.params.value("original_name", std::string()));
        if (it == tensors.end() || it->second->shape.empty()) continue;
        const Shape& s = it->second->shape;
        l.params["original_shape"] = Shape(s.begin() + 1, s.end());
        if (s.size() == 4) l.params["original_layout"] = "nhwc";
    }
}

SourceGraph describeSource(const TfliteModel& m, const TfliteLowering& low, const SourceGraph& lowered)
{
    std::map<std::string, const SourceNode*> loweredNodes;
    for (const auto& n : lowered.nodes) loweredNodes[n.name] = &n;
    const auto reasons = loweringReasons(low);
    std::set<std::string> constants;
    for (const auto& op : m.ops())
        if (low.foldedOps.count(op.name))
            for (int t : op.outputs) constants.insert(m.tensor(t).name);
    SourceGraph g;
    for (int t : m.inputs()) g.inputs.push_back(m.tensor(t).name);
    for (int t : m.outputs()) g.outputs.push_back(m.tensor(t).name);
    for (const auto& t : m.tensors())
        if (!t.constant) g.shapes[t.name] = t.shape;
    for (const auto& op : m.ops()) {
        SourceNode s{op.name, op.type, {}, {}};
        for (int t : op.inputs)
            if (t >= 0 && !m.tensor(t).constant && !constants.count(m.tensor(t).name)) s.inputs.push_back(m.tensor(t).name);
        for (int t : op.outputs)
            if (t >= 0) s.outputs.push_back(m.tensor(t).name);
        s.attributes = opAttributes(m, op);
        if (low.foldedOps.count(op.name)) s.support = NodeSupport::Constant;
        for (const auto& n : low.nodesOfOp.at(op.name)) {
            auto it = loweredNodes.find(n);
            if (it == loweredNodes.end() || it->second->support != NodeSupport::Unsupported) continue;
            s.support = NodeSupport::Unsupported;
            auto why = reasons.find(n);
            s.reason = why != reasons.end() ? why->second : it->second->reason;
            break;
        }
        g.nodes.push_back(std::move(s));
    }
    return g;
}

}  // namespace

ImportResult importTflite(const std::string& path, const ImportOptions& options, const Progress& progress)
{
    progress.update(0.05, "reading the TFLite model");
    const TfliteModel model = TfliteModel::load(path);
    progress.update(0.2, "lowering TFLite operators");
    TfliteLowering low = lowerTfliteToOnnx(model);
    ImportOptions o = options;
    if (o.netName.empty()) o.netName = netNameFromPath(path);
    o.startNodes = toOnnxNodes(model, low, options.startNodes, true);
    o.endNodes = toOnnxNodes(model, low, options.endNodes, false);
    o.inputShapes.clear();
    for (const auto& [name, shape] : options.inputShapes) o.inputShapes[name] = onnxShapeOf(shape);
    ImportResult r = importOnnxModel(low.model, path, o, progress);
    mapReport(r.report, model, low);
    mapGraph(r.graph, model, low);
    r.source = describeSource(model, low, r.source);
    return r;
}

std::vector<std::pair<std::string, std::vector<int64_t>>> tfliteInputSignature(const std::string& path)
{
    const TfliteModel m = TfliteModel::load(path);
    std::vector<std::pair<std::string, std::vector<int64_t>>> out;
    for (int t : m.inputs()) out.emplace_back(m.tensor(t).name, m.tensor(t).shape);
    return out;
}

std::vector<std::string> supportedTfliteOps() { return TfliteLoweringRegistry::instance().names(); }

}  // namespace dfc
