#include "emulator/quantized_executor.h"

#include <chrono>

#include <algorithm>

#include "core/error.h"
#include "emulator/kernel_registry.h"
#include "ir/layer_kind.h"

namespace dfc {
namespace {

/// A layer's outputs in whichever form they were produced; the other form is made on demand.
struct Value {
    std::vector<Tensor> real;
    std::vector<QTensor> codes;
    const Tensor* borrowed = nullptr;  ///< a single-output float value owned by the caller
    QuantParams encoding;  ///< the producer's output encoding

    const QTensor& asCodes(size_t port)
    {
        if (codes.empty() && borrowed) codes.push_back(quantizeTensor(*borrowed, encoding));
        if (codes.empty())
            for (const Tensor& t : real) codes.push_back(quantizeTensor(t, encoding));
        return codes.at(port);
    }
    const Tensor& asReal(size_t port)
    {
        if (borrowed && port == 0) return *borrowed;
        if (real.empty())
            for (const QTensor& q : codes) real.push_back(dequantizeTensor(q));
        return real.at(port);
    }
};

void checkInputShape(const Layer& l, const Tensor& t, int64_t& batch)
{
    const Shape expected = l.outputShape();
    if (t.rank() != static_cast<int>(expected.size()) + 1 || !std::equal(expected.begin(), expected.end(), t.shape.begin() + 1))
        fail(ErrorCode::InvalidArgument, "input shape " + shapeToString(t.shape) + " does not match [N," + shapeToString(expected, ",") + "]",
             {}, l.name);
    if (batch >= 0 && t.dim(0) != batch) fail(ErrorCode::InvalidArgument, "inputs disagree on the batch size", {}, l.name);
    batch = t.dim(0);
}

}  // namespace

QuantizedExecutor::QuantizedExecutor(const Graph& graph, const QuantizedModel& model)
    : mGraph(graph), mModel(model), mOrder(graph.topoOrder())
{
    for (const Layer* l : mOrder) {
        if (l->kind->viewOnly)
            fail(ErrorCode::Unsupported, "layer type '" + l->hnType() + "' from a vendor HN can be viewed but not emulated", {}, l->name);
        if (!QKernelRegistry::instance().find(l->type()))
            fail(ErrorCode::Unsupported, "no integer kernel for layer type " + l->type(), {}, l->name);
        model.at(l->name);
    }
}

void QuantizedExecutor::quantizeOnly(std::optional<std::set<std::string>> layers) { mOnly = std::move(layers); }

void QuantizedExecutor::recordPreActivations(const std::map<std::string, QuantParams>& probes)
{
    for (const auto& [name, encoding] : probes) {
        Layer linear = mGraph.layer(name);
        linear.params["activation"] = "linear";
        mModel.at(name);  // throws NotFound now rather than during a run
        mProbes.insert_or_assign(name, std::make_pair(std::move(linear), encoding));
    }
}

bool QuantizedExecutor::integerLayer(const std::string& name) const { return !mOnly || mOnly->count(name) != 0; }

QuantizedRun QuantizedExecutor::run(const TensorsByName& inputs, bool keepIntermediates, const Progress& progress) const
{
    std::map<std::string, size_t> pendingUses;
    for (const Layer* l : mOrder)
        for (const std::string& p : l->inputs) ++pendingUses[p];
    std::map<std::string, Value> live;
    QuantizedRun result;
    int64_t batch = -1;
    std::set<std::string> fedByInteger;  // integer layers and everything downstream of one
    for (const Layer* l : mOrder) {
        bool fed = integerLayer(l->name);
        for (const std::string& p : l->inputs) fed = fed || fedByInteger.count(p);
        if (fed) fedByInteger.insert(l->name);
    }
    for (size_t i = 0; i < mOrder.size(); ++i) {
        const Layer& l = *mOrder[i];
        progress.checkCancelled();
        progress.update(double(i) / mOrder.size(), l.name);
        const LayerQuant& q = mModel.at(l.name);
        const bool integer = integerLayer(l.name);
        const auto start = std::chrono::steady_clock::now();
        Value value;
        value.encoding = q.output;
        const Tensor* reused = nullptr;
        if (mReuse && !l.kind->multiOutput && !fedByInteger.count(l.name) && !mProbes.count(l.name))
            if (auto it = mReuse->find(l.name); it != mReuse->end()) reused = &it->second;
        if (reused) {
            if (l.type() == "input_layer") checkInputShape(l, *reused, batch);
            value.borrowed = reused;
        } else if (l.type() == "input_layer") {
            auto it = inputs.find(l.name);
            if (it == inputs.end()) fail(ErrorCode::InvalidArgument, "no data for input", {}, l.name);
            checkInputShape(l, it->second, batch);
            if (integer) value.codes.push_back(quantizeTensor(it->second, q.output));
            else value.real.push_back(it->second);
        } else {
            std::vector<size_t> ports;
            for (const std::string& p : l.inputs) {
                const Layer& prod = mGraph.layer(p);
                ports.push_back(prod.kind->multiOutput ? std::find(prod.outputs.begin(), prod.outputs.end(), l.name) - prod.outputs.begin() : 0);
            }
            try {
                // The probe runs first: a hook may then change the layer's entry (its bias) and
                // the layer itself is computed once, with the changed entry.
                if (auto probe = mProbes.find(l.name); probe != mProbes.end()) {
                    std::vector<const QTensor*> args;
                    for (size_t k = 0; k < ports.size(); ++k) args.push_back(&live.at(l.inputs[k]).asCodes(ports[k]));
                    LayerQuant pq = q;
                    pq.output = probe->second.second;
                    pq.preActivation.reset();
                    pq.table.clear();
                    Tensor pre = dequantizeTensor((*QKernelRegistry::instance().find(l.type()))(probe->second.first, pq, args).at(0));
                    if (mHook) mHook(l, pre);  // consumed: a run over many images keeps no probes
                    else result.preActivations[l.name] = std::move(pre);
                }
                if (integer) {
                    std::vector<const QTensor*> args;
                    for (size_t k = 0; k < ports.size(); ++k) args.push_back(&live.at(l.inputs[k]).asCodes(ports[k]));
                    value.codes = (*QKernelRegistry::instance().find(l.type()))(l, q, args);
                } else {
                    std::vector<const Tensor*> args;
                    for (size_t k = 0; k < ports.size(); ++k) args.push_back(&live.at(l.inputs[k]).asReal(ports[k]));
                    value.real = (*KernelRegistry::instance().find(l.type()))(l, args);
                }
            } catch (const Error& e) {
                throw e.at(l.name);
            }
        }
        result.layerMillis.emplace_back(l.name, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        if (keepIntermediates) result.intermediates[l.name] = value.asReal(0);
        if (l.type() == "output_layer") {
            result.outputs[l.name] = value.asReal(0);
            if (!value.codes.empty()) result.outputCodes[l.name] = value.codes.at(0);
        }
        live[l.name] = std::move(value);
        for (const std::string& p : l.inputs)
            if (--pendingUses[p] == 0) live.erase(p);
    }
    progress.update(1.0, "done");
    return result;
}

}  // namespace dfc
