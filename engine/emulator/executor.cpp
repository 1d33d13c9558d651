#include "emulator/executor.h"

#include <algorithm>
#include <chrono>

#include "core/error.h"
#include "ir/layer_kind.h"
#include "emulator/kernel_registry.h"

namespace dfc {

Executor::Executor(const Graph& graph) : mGraph(graph), mOrder(graph.topoOrder())
{
    for (const Layer* l : mOrder) {
        if (l->kind->viewOnly)
            fail(ErrorCode::Unsupported, "layer type '" + l->hnType() +
                                             "' from a vendor HN can be viewed but not emulated", {}, l->name);
        if (!KernelRegistry::instance().find(l->type()))
            fail(ErrorCode::Unsupported, "no native kernel for layer type " + l->type(), {}, l->name);
    }
}

void Executor::recordPreActivations(const std::vector<std::string>& layers)
{
    for (const std::string& name : layers) {
        Layer copy = mGraph.layer(name);
        copy.params["activation"] = "linear";
        mLinearized.insert_or_assign(name, std::move(copy));
    }
}

EmulatorRun Executor::run(const TensorsByName& inputs, bool keepIntermediates,
                          const Progress& progress) const
{
    const auto& registry = KernelRegistry::instance();
    // Remaining consumers per layer, so tensors are freed as soon as nobody needs them.
    std::map<std::string, size_t> pendingUses;
    for (const Layer* l : mOrder)
        for (const std::string& p : l->inputs) ++pendingUses[p];
    std::map<std::string, std::vector<Tensor>> live;
    EmulatorRun result;
    int64_t batch = -1;
    for (size_t i = 0; i < mOrder.size(); ++i) {
        const Layer& l = *mOrder[i];
        progress.checkCancelled();
        progress.update(double(i) / mOrder.size(), l.name);
        std::vector<Tensor> outs;
        if (l.type() == "input_layer") {
            auto it = inputs.find(l.name);
            if (it == inputs.end()) fail(ErrorCode::InvalidArgument, "no data for input", {}, l.name);
            Shape expected = l.outputShape();
            const Tensor& t = it->second;
            if (t.rank() != static_cast<int>(expected.size()) + 1 ||
                !std::equal(expected.begin(), expected.end(), t.shape.begin() + 1))
                fail(ErrorCode::InvalidArgument,
                     "input shape " + shapeToString(t.shape) + " does not match [N," +
                         shapeToString(expected, ",") + "]", {}, l.name);
            if (batch >= 0 && t.dim(0) != batch)
                fail(ErrorCode::InvalidArgument, "inputs disagree on the batch size", {}, l.name);
            batch = t.dim(0);
            outs.push_back(t);
        } else {
            std::vector<const Tensor*> args;
            for (const std::string& p : l.inputs) {
                const Layer& prod = mGraph.layer(p);
                size_t port = 0;
                if (prod.kind->multiOutput)
                    port = std::find(prod.outputs.begin(), prod.outputs.end(), l.name) - prod.outputs.begin();
                args.push_back(&live.at(p).at(port));
            }
            const auto start = std::chrono::steady_clock::now();
            try {
                auto linear = mLinearized.find(l.name);
                if (linear == mLinearized.end()) {
                    outs = (*registry.find(l.type()))(l, args);
                } else {
                    outs = (*registry.find(l.type()))(linear->second, args);
                    result.preActivations[l.name] = outs.at(0);
                    applyActivation(l, outs.at(0));
                }
            } catch (const Error& e) {
                throw e.at(l.name);
            }
            result.layerMillis.emplace_back(
                l.name, std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
        }
        if (keepIntermediates) result.intermediates[l.name] = outs.at(0);
        if (l.type() == "output_layer") result.outputs[l.name] = outs.at(0);
        live[l.name] = std::move(outs);
        for (const std::string& p : l.inputs)
            if (--pendingUses[p] == 0) live.erase(p);
    }
    progress.update(1.0, "done");
    return result;
}

}  // namespace dfc
