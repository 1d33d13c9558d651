#include "importers/onnx/onnx_importer.h"

#include <filesystem>
#include <numeric>

#include "core/error.h"
#include "io/atomic_file.h"
#include "importers/onnx/convert_context.h"
#include "importers/onnx/onnx_model.h"
#include "ir/layer_kind.h"
#include "ir/layout.h"
#include "passes/graph_pass.h"

namespace dfc {
namespace {

/// The part of the ONNX graph to parse: boundary tensors and the nodes between them.
struct Scope {
    std::vector<std::string> inputs, outputs;
    std::vector<std::string> startNodes, endNodes;
};

struct Conversion {
    Graph graph;
    std::vector<UnsupportedNode> failures;
    std::set<std::string> converted;  ///< node names converted successfully
};

bool isRunNode(const OnnxNode& n) { return !n.folded; }

Scope defaultScope(const OnnxModel& m)
{
    Scope s;
    for (const auto& in : m.graphInputs())
        if (!m.consumers(in).empty()) s.inputs.push_back(in);
    s.outputs = m.graphOutputs();
    std::set<std::string> starts, ends;
    for (const auto& in : s.inputs)
        for (const OnnxNode* c : m.consumers(in))
            if (starts.insert(c->name).second) s.startNodes.push_back(c->name);
    for (const auto& out : s.outputs)
        if (const OnnxNode* p = m.producer(out); p && ends.insert(p->name).second) s.endNodes.push_back(p->name);
    return s;
}

Scope scopeFromNodes(const OnnxModel& m, const std::vector<std::string>& start,
                     const std::vector<std::string>& end)
{
    Scope s = defaultScope(m);
    auto lookup = [&](const std::string& name) {
        const OnnxNode* n = m.node(name);
        if (!n) fail(ErrorCode::InvalidArgument, "the model has no node named '" + name + "'", m.path());
        return n;
    };
    if (!start.empty()) {
        s.inputs.clear();
        s.startNodes = start;
        for (const auto& name : start)
            for (const auto& in : lookup(name)->inputs)
                if (!in.empty() && !m.constant(in) &&
                    std::find(s.inputs.begin(), s.inputs.end(), in) == s.inputs.end())
                    s.inputs.push_back(in);
    }
    if (!end.empty()) {
        s.outputs.clear();
        s.endNodes = end;
        for (const auto& name : end)
            for (const auto& out : lookup(name)->outputs)
                if (!out.empty()) s.outputs.push_back(out);
    }
    return s;
}

/// Nodes needed to compute the scope's outputs from its inputs (graph inputs reached on the
/// way become extra inputs).
std::set<std::string> scopeNodes(const OnnxModel& m, Scope& s)
{
    std::set<std::string> nodes, visited(s.inputs.begin(), s.inputs.end());
    std::vector<std::string> stack(s.outputs.begin(), s.outputs.end());
    while (!stack.empty()) {
        const std::string t = stack.back();
        stack.pop_back();
        if (!visited.insert(t).second || m.constant(t)) continue;
        const OnnxNode* p = m.producer(t);
        if (!p) {
            s.inputs.push_back(t);  // a graph input the chosen start nodes do not cover
            continue;
        }
        if (!nodes.insert(p->name).second) continue;
        for (const auto& in : p->inputs)
            if (!in.empty()) stack.push_back(in);
    }
    return nodes;
}

void addInputLayer(ConvertContext& ctx, const std::string& tensor, const Shape& shape)
{
    if (shape.size() < 2) unsupported("input '" + tensor + "' has no batch and channel axes");
    Layer& l = ctx.graph.addLayer("input_layer");
    l.originalNames = {tensor};
    l.inputShapes = {internalShapeOf(Shape(shape.begin() + 1, shape.end()))};
    l.params["original_name"] = tensor;
    l.params["original_shape"] = Shape(shape.begin() + 1, shape.end());
    ctx.define(tensor, l, shape);
}

void removeDeadLayers(Graph& g)
{
    for (bool changed = true; changed;) {
        changed = false;
        for (const std::string& name : g.layerNames()) {
            const Layer& l = g.layer(name);
            if (l.outputs.empty() && l.type() != "output_layer") {
                g.removeLayer(name);
                changed = true;
            }
        }
    }
}

/// Converts the nodes of `scope`. Nodes whose producers failed get placeholder inputs, so that
/// every node is judged on its own and all unsupported nodes are reported at once.
Conversion convertScope(const OnnxModel& m, Scope scope, const std::string& netName,
                        const Progress& progress)
{
    Conversion c;
    c.graph.name = netName;
    ConvertContext ctx(m, c.graph);
    const std::set<std::string> nodes = scopeNodes(m, scope);
    std::set<std::string> boundary(scope.inputs.begin(), scope.inputs.end());
    for (const auto& t : scope.inputs) {
        const Shape* shape = m.shape(t);
        if (!shape)
            fail(ErrorCode::InputShapeNeeded, "the shape of input '" + t + "' is not known; give it "
                                              "with --net-input-shapes " + t + "=N,C,H,W", m.path(), t);
        if (ctx.batch == 1 && !shape->empty()) ctx.batch = (*shape)[0];
        try {
            addInputLayer(ctx, t, *shape);
        } catch (const Error& e) {
            for (const OnnxNode* n : m.consumers(t))
                c.failures.push_back({n->name, n->op, UnsupportedReason::conversion(e.message())});
        }
    }
    const auto& registry = OnnxConverterRegistry::instance();
    size_t done = 0;
    for (const OnnxNode& n : m.nodes()) {
        if (!nodes.count(n.name) || !isRunNode(n)) continue;
        if (++done % 64 == 0) {
            progress.checkCancelled();
            progress.update(double(done) / nodes.size(), "converting " + n.name);
        }
        const OnnxConverter* convert = registry.find(n.op);
        if (!convert) {
            c.failures.push_back({n.name, n.op, UnsupportedReason::operatorType(n.op)});
            continue;
        }
        bool inputsReady = true;
        for (const auto& in : n.inputs) {
            if (in.empty() || ctx.hasValue(in) || m.constant(in)) continue;
            const Shape* s = m.shape(in);
            try {
                if (!s) throw Error(ErrorCode::Unsupported, "");
                addInputLayer(ctx, in, *s);  // placeholder for a failed producer
            } catch (const Error&) {
                inputsReady = false;
            }
        }
        if (!inputsReady) continue;  // its producer is already reported
        try {
            (*convert)(ctx, n);
            c.converted.insert(n.name);
        } catch (const Error& e) {
            if (e.code() == ErrorCode::Cancelled) throw;
            c.failures.push_back({n.name, n.op, UnsupportedReason::conversion(e.message())});
        }
    }
    std::set<std::string> failedNodes;
    for (const auto& f : c.failures) failedNodes.insert(f.node);
    for (const auto& t : scope.outputs) {
        if (!ctx.hasValue(t)) {
            const OnnxNode* p = m.producer(t);
            if (p && !failedNodes.count(p->name))
                c.failures.push_back({p->name, p->op,
                                      {m.constant(t) ? UnsupportedReason::Kind::ConstantOutput : UnsupportedReason::Kind::Output, t}});
            continue;
        }
        const OnnxValue v = ctx.value(t);
        Layer& l = c.graph.addLayer("output_layer");
        l.originalNames = {t};
        l.params["original_name"] = t;
        l.params["original_shape"] = Shape(v.original.begin() + 1, v.original.end());
        c.graph.connect(v.layer, l.name);
        l.inputShapes.push_back(c.graph.layer(v.layer).outputShape());
        inferLayerShapes(l);
    }
    return c;
}

/// Picks the largest connected region of supported nodes (compute nodes weigh most).
void suggestScope(const OnnxModel& m, const Conversion& whole, ParseReport& r)
{
    std::vector<const OnnxNode*> runNodes;
    for (const OnnxNode& n : m.nodes())
        if (isRunNode(n)) runNodes.push_back(&n);
    const Scope def = defaultScope(m);
    if (whole.failures.empty()) {
        r.suggestedStart = def.startNodes;
        r.suggestedEnd = def.endNodes;
        r.suggestionReasons.push_back({ScopeReason::Kind::Whole});
        return;
    }
    std::map<std::string, std::string> parent;
    std::function<std::string(const std::string&)> root = [&](const std::string& x) {
        return parent[x] == x ? x : parent[x] = root(parent[x]);
    };
    for (const OnnxNode* n : runNodes)
        if (whole.converted.count(n->name)) parent[n->name] = n->name;
    for (const OnnxNode* n : runNodes) {
        if (!parent.count(n->name)) continue;
        for (const auto& in : n->inputs)
            if (const OnnxNode* p = in.empty() ? nullptr : m.producer(in); p && parent.count(p->name))
                parent[root(p->name)] = root(n->name);
    }
    std::map<std::string, int64_t> weight;
    static const std::set<std::string> kCompute = {"Conv", "ConvTranspose", "Gemm", "MatMul"};
    for (const OnnxNode* n : runNodes)
        if (parent.count(n->name)) weight[root(n->name)] += kCompute.count(n->op) ? 1000 : 1;
    if (weight.empty()) {
        r.suggestionReasons.push_back({ScopeReason::Kind::NothingSupported});
        return;
    }
    const std::string best = std::max_element(weight.begin(), weight.end(), [](auto& a, auto& b) {
                                 return a.second < b.second;
                             })->first;
    auto inRegion = [&](const OnnxNode* n) { return n && parent.count(n->name) && root(n->name) == best; };
    std::map<std::string, const UnsupportedNode*> failed;
    for (const auto& f : whole.failures) failed[f.node] = &f;
    const std::set<std::string> graphOutputs(m.graphOutputs().begin(), m.graphOutputs().end());
    for (const OnnxNode* n : runNodes) {
        if (!inRegion(n)) continue;
        bool start = false, end = false;
        for (const auto& in : n->inputs) {
            if (in.empty() || m.constant(in)) continue;
            const OnnxNode* p = m.producer(in);
            if (!inRegion(p)) {
                start = true;
                if (p && failed.count(p->name))
                    r.suggestionReasons.push_back({ScopeReason::Kind::StartAfter, n->name, p->name, p->op, failed[p->name]->reason});
            }
        }
        for (const auto& out : n->outputs) {
            if (graphOutputs.count(out)) end = true;
            for (const OnnxNode* c : m.consumers(out))
                if (!inRegion(c) && isRunNode(*c)) {
                    end = true;
                    if (failed.count(c->name))
                        r.suggestionReasons.push_back({ScopeReason::Kind::EndBefore, n->name, c->name, c->op, failed[c->name]->reason});
                }
        }
        if (start) r.suggestedStart.push_back(n->name);
        if (end) r.suggestedEnd.push_back(n->name);
    }
}

SourceGraph describeSubgraph(const onnx::GraphProto& graph);

/// Scalar and list attributes as JSON; graph-valued ones (If, Loop, Scan bodies) as subgraphs.
void describeAttributes(const onnx::NodeProto& node, SourceNode& s)
{
    for (const auto& a : node.attribute()) {
        if (a.type() == onnx::AttributeProto::GRAPH && a.has_g())
            s.subgraphs.push_back({a.name(), std::make_shared<const SourceGraph>(describeSubgraph(a.g()))});
        else if (a.has_i() || a.type() == onnx::AttributeProto::INT) s.attributes[a.name()] = a.i();
        else if (a.type() == onnx::AttributeProto::FLOAT) s.attributes[a.name()] = a.f();
        else if (a.type() == onnx::AttributeProto::STRING) s.attributes[a.name()] = a.s();
        else if (a.type() == onnx::AttributeProto::INTS)
            s.attributes[a.name()] = std::vector<int64_t>(a.ints().begin(), a.ints().end());
        else if (a.type() == onnx::AttributeProto::FLOATS)
            s.attributes[a.name()] = std::vector<float>(a.floats().begin(), a.floats().end());
    }
}

/// A subgraph as written, for viewing: its nodes are not converted (the accelerator has no
/// control flow), tensors from the enclosing graph appear as inputs without a producer.
SourceGraph describeSubgraph(const onnx::GraphProto& graph)
{
    SourceGraph g;
    std::set<std::string> constants;
    for (const auto& init : graph.initializer()) constants.insert(init.name());
    auto addShape = [&](const onnx::ValueInfoProto& v) {
        if (!v.type().has_tensor_type() || !v.type().tensor_type().has_shape()) return;
        Shape shape;
        for (const auto& d : v.type().tensor_type().shape().dim()) {
            if (!d.has_dim_value()) return;
            shape.push_back(d.dim_value());
        }
        g.shapes[v.name()] = shape;
    };
    for (const auto& v : graph.input())
        if (!constants.count(v.name())) g.inputs.push_back(v.name()), addShape(v);
    for (const auto& v : graph.output()) g.outputs.push_back(v.name()), addShape(v);
    for (const auto& v : graph.value_info()) addShape(v);
    for (int i = 0; i < graph.node_size(); ++i) {
        const onnx::NodeProto& n = graph.node(i);
        SourceNode s{n.name().empty() ? n.op_type() + "_" + std::to_string(i) : n.name(), n.op_type(), {}, {}};
        for (const auto& in : n.input())
            if (!in.empty() && !constants.count(in)) s.inputs.push_back(in);
        for (const auto& o : n.output())
            if (!o.empty()) s.outputs.push_back(o);
        describeAttributes(n, s);
        s.support = n.op_type() == "Constant" ? NodeSupport::Constant : NodeSupport::NotParsed;
        if (s.support == NodeSupport::Constant) constants.insert(s.outputs.begin(), s.outputs.end());
        g.nodes.push_back(std::move(s));
    }
    for (auto& n : g.nodes) std::erase_if(n.inputs, [&](const std::string& t) { return constants.count(t) != 0; });
    return g;
}

/// The source model with each node's verdict from the whole-model analysis.
SourceGraph describeSource(const OnnxModel& m, const Conversion& analysis)
{
    SourceGraph g;
    g.inputs = m.graphInputs();
    g.outputs = m.graphOutputs();
    std::map<std::string, UnsupportedReason> failed;
    for (const auto& f : analysis.failures) failed.emplace(f.node, f.reason);
    for (const OnnxNode& n : m.nodes()) {
        SourceNode s{n.name, n.op, {}, {}};
        for (const auto& in : n.inputs)
            if (!in.empty() && !m.constant(in)) s.inputs.push_back(in);
        for (const auto& o : n.outputs)
            if (!o.empty()) s.outputs.push_back(o);
        describeAttributes(*n.proto, s);
        if (n.folded) s.support = NodeSupport::Constant;
        else if (auto it = failed.find(n.name); it != failed.end()) {
            s.support = NodeSupport::Unsupported;
            s.reason = it->second;
        }
        for (const auto& t : n.outputs)
            if (const Shape* shape = m.shape(t)) g.shapes[t] = *shape;
        g.nodes.push_back(std::move(s));
    }
    for (const auto& t : g.inputs)
        if (const Shape* shape = m.shape(t)) g.shapes[t] = *shape;
    return g;
}

ImportResult finish(Conversion c, ParseReport report, const ImportOptions& options, const Scope& scope)
{
    ImportResult result;
    report.startNodes = scope.startNodes;
    report.endNodes = scope.endNodes;
    report.unsupported = std::move(c.failures);
    if (!report.ok()) {
        result.report = std::move(report);
        return result;
    }
    removeDeadLayers(c.graph);
    c.graph.inferShapes();
    report.passes = runFusionPasses(c.graph, options.disabledPasses);
    c.graph.validate();
    result.graph = std::move(c.graph);
    result.report = std::move(report);
    return result;
}

}  // namespace

static ImportResult importPrepared(const OnnxModel& model, const std::string& path,
                                   const ImportOptions& options, const Progress& progress);

std::vector<std::pair<std::string, std::vector<int64_t>>> onnxInputSignature(const std::string& path)
{
    onnx::ModelProto m;
    if (!m.ParseFromString(readFile(path, size_t{2} << 30)))
        fail(ErrorCode::InvalidFormat, "not an ONNX model (protobuf parse failed)", path);
    std::set<std::string> initializers;
    for (const auto& i : m.graph().initializer()) initializers.insert(i.name());
    std::vector<std::pair<std::string, std::vector<int64_t>>> out;
    for (const auto& in : m.graph().input()) {
        if (initializers.count(in.name())) continue;
        std::vector<int64_t> dims;
        for (const auto& d : in.type().tensor_type().shape().dim()) dims.push_back(d.has_dim_value() ? d.dim_value() : -1);
        out.emplace_back(in.name(), dims);
    }
    return out;
}

std::string netNameFromPath(const std::string& path)
{
    std::string stem = std::filesystem::path(path).stem().string();
    for (char& ch : stem)
        if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '_') ch = '_';
    if (stem.empty() || std::isdigit(static_cast<unsigned char>(stem[0]))) stem = "net_" + stem;
    return stem;
}

ImportResult importOnnx(const std::string& path, const ImportOptions& options, const Progress& progress)
{
    return importPrepared(OnnxModel::load(path, options.inputShapes, progress), path, options, progress);
}

ImportResult importOnnxModel(onnx::ModelProto proto, const std::string& path,
                             const ImportOptions& options, const Progress& progress)
{
    return importPrepared(OnnxModel::fromProto(std::move(proto), path, options.inputShapes, progress),
                          path, options, progress);
}

static ImportResult importPrepared(const OnnxModel& model, const std::string& path,
                                   const ImportOptions& options, const Progress& progress)
{
    const std::string net = options.netName.empty() ? netNameFromPath(path) : options.netName;
    Progress quiet{nullptr, progress.cancel};
    ParseReport report;
    for (const OnnxNode& n : model.nodes()) report.sourceNodes += isRunNode(n) ? 1 : 0;

    progress.update(0.4, "checking every node");
    Scope whole = defaultScope(model);
    Conversion analysis = convertScope(model, whole, net, quiet);
    suggestScope(model, analysis, report);
    SourceGraph source = describeSource(model, analysis);

    const bool userScope = !options.startNodes.empty() || !options.endNodes.empty();
    Scope scope = userScope ? scopeFromNodes(model, options.startNodes, options.endNodes) : whole;
    progress.update(0.7, "converting");
    Conversion c = userScope ? convertScope(model, scope, net, quiet) : std::move(analysis);
    if (!c.failures.empty() && !userScope && options.applySuggestion && !report.suggestedStart.empty()) {
        scope = scopeFromNodes(model, report.suggestedStart, report.suggestedEnd);
        c = convertScope(model, scope, net, quiet);
        report.suggestionApplied = true;
    }
    progress.update(0.9, "fusing layers");
    ImportResult result = finish(std::move(c), std::move(report), options, scope);
    result.source = std::move(source);
    progress.update(1.0, "done");
    return result;
}

}  // namespace dfc
