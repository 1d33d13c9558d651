#include "runtime/hef_runtime.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <set>

#include "core/error.h"
#include "emulator/qkernel_registry.h"
#include "io/hn_json.h"
#include "io/npz.h"
#include "ir/layer_kind.h"
#include "ir/layout.h"

namespace dfc {
namespace {

using Codes = std::vector<QTensor>;

const HefStream* streamFor(const std::vector<HefStream>& streams, const std::string& layer)
{
    auto it = std::find_if(streams.begin(), streams.end(), [&](const HefStream& s) { return s.layer == layer; });
    return it == streams.end() ? nullptr : &*it;
}

/// The stream in the metadata must describe the layer the program computes: shape, type and
/// encoding (float32 in the metadata, exact in the payload).
void checkStream(const HefStream& s, const Layer& l, const LayerQuant& q, const std::string& what)
{
    auto bad = [&](const std::string& why) { fail(ErrorCode::InvalidFormat, why, what, "stream " + s.name); };
    const Shape shape = l.outputShape();
    const uint64_t elements = uint64_t(s.height) * s.width * s.features;
    if (shapeElements(shape) != int64_t(elements) || (shape.size() == 3 && (shape[0] != s.height || shape[1] != s.width)))
        bad("its shape differs from layer '" + l.name + "' (" + shapeToString(shape) + ")");
    if (s.dataBytes * 8 != q.output.bits) bad("its data type differs from the layer's " + std::to_string(q.output.bits) + "-bit encoding");
    if (float(q.output.scale) != float(s.scale) || float(q.output.zeroPoint) != float(s.zeroPoint))
        bad("its quantization differs from the layer's encoding");
    if (s.transposed != runsTransposed(l)) bad("its transposed flag differs from the layer's");
}

}  // namespace

HefRuntime::HefRuntime(HefFile file) : mFile(std::move(file))
{
    const HefInfo& info = mFile.info;
    const std::string& what = mFile.what;
    if (!info.hasPayload)
        fail(ErrorCode::Unsupported, "this HEF holds no program for the CPU runtime (it was not written by Dataflow Studio)", what);
    mGraph = decodeHn(mFile.blob(info.network, what + ":network"), what + ":network");
    auto declared = [&](const std::string& member) {
        const std::string key = member.ends_with(".npy") ? member.substr(0, member.size() - 4) : member;
        if (!mGraph.find(paramLayerName(mGraph.name, key))) fail(ErrorCode::InvalidFormat, "parameters of an unknown layer", what + ":params", key);
        return true;
    };
    attachParams(mGraph, decodeNpz(mFile.blob(info.params, what + ":params"), what + ":params", declared), what + ":params");
    mModel = decodeQuantizedModel(mFile.blob(info.quantized, what + ":quantized"), mGraph, what + ":quantized");
    buildProgram();
    for (const Layer* l : mGraph.inputLayers()) {
        const HefStream* s = streamFor(info.inputs, l->name);
        if (!s) fail(ErrorCode::InvalidFormat, "no input stream for input layer", what, l->name);
        checkStream(*s, *l, mModel.at(l->name), what);
    }
    for (const Layer* l : mGraph.outputLayers()) {
        const HefStream* s = streamFor(info.outputs, l->name);
        if (!s) fail(ErrorCode::InvalidFormat, "no output stream for output layer", what, l->name);
        checkStream(*s, *l, mModel.at(l->name), what);
    }
    if (info.inputs.size() != mGraph.inputLayers().size() || info.outputs.size() != mGraph.outputLayers().size())
        fail(ErrorCode::InvalidFormat, "the streams and the program's boundary layers differ in number", what);
}

HefRuntime HefRuntime::fromFile(const std::string& path) { return HefRuntime(readHefFile(path)); }

void HefRuntime::buildProgram()
{
    const HefInfo& info = mFile.info;
    const std::string& what = mFile.what;
    std::map<std::string, int> contextOf;
    for (const HefContext& c : info.contexts)
        for (const std::string& name : c.layers) {
            if (!mGraph.find(name)) fail(ErrorCode::InvalidFormat, "the program runs a layer the network does not have", what, name);
            contextOf[name] = c.index;
        }
    if (contextOf.size() != mGraph.layers().size()) fail(ErrorCode::InvalidFormat, "the contexts do not run every layer of the network", what);
    for (const HefContext& c : info.contexts) {
        const std::set<std::string> carriedIn(c.carriedIn.begin(), c.carriedIn.end());
        std::set<std::string> done;
        std::vector<Step> steps;
        for (const std::string& name : c.layers) {
            const Layer& l = mGraph.layer(name);
            if (l.kind->viewOnly || !QKernelRegistry::instance().find(l.type()))
                fail(ErrorCode::InvalidFormat, "no integer kernel for layer type " + l.type(), what, name);
            mModel.at(name);
            Step step{&l, {}};
            for (const std::string& p : l.inputs) {
                const bool local = done.count(p) != 0;
                const bool carried = carriedIn.count(p) && contextOf.at(p) < c.index;
                if (!local && !carried)
                    fail(ErrorCode::InvalidFormat, "reads '" + p + "', which neither its context computed before it nor an earlier context left for it",
                         what, "context " + std::to_string(c.index) + ": " + name);
                const Layer& prod = mGraph.layer(p);
                step.ports.push_back(prod.kind->multiOutput ? size_t(std::find(prod.outputs.begin(), prod.outputs.end(), name) - prod.outputs.begin()) : 0);
            }
            if (l.type() == "input_layer" && !l.inputs.empty()) fail(ErrorCode::InvalidFormat, "an input layer with inputs", what, name);
            done.insert(name);
            steps.push_back(std::move(step));
        }
        for (const std::string& out : c.carriedOut)
            if (!done.count(out)) fail(ErrorCode::InvalidFormat, "leaves '" + out + "' for later contexts without computing it", what, "context " + std::to_string(c.index));
        mContexts.push_back(std::move(steps));
    }
}

RuntimeRun HefRuntime::run(const TensorsByName& inputs, const Progress& progress) const
{
    RuntimeRun result;
    const HefInfo& info = mFile.info;
    // What waits in host memory between contexts: boundary inputs and carried tensors.
    std::map<std::string, Codes> host;
    int64_t batch = -1;
    for (const Layer* l : mGraph.inputLayers()) {
        auto it = inputs.find(l->name);
        if (it == inputs.end()) it = inputs.find(mGraph.name + "/" + l->name);
        if (it == inputs.end()) fail(ErrorCode::InvalidArgument, "no data for input stream " + mGraph.name + "/" + l->name);
        const Tensor device = hostDeviceSwap(*l, it->second);
        const Shape expected = l->outputShape();
        if (device.rank() != int(expected.size()) + 1 || !std::equal(expected.begin(), expected.end(), device.shape.begin() + 1))
            fail(ErrorCode::InvalidArgument, "input shape " + shapeToString(it->second.shape) + " does not match the stream", {}, l->name);
        if (batch >= 0 && device.dim(0) != batch) fail(ErrorCode::InvalidArgument, "inputs disagree on the batch size", {}, l->name);
        batch = device.dim(0);
        host[l->name] = {quantizeTensor(device, mModel.at(l->name).output)};
    }
    size_t stepsDone = 0, steps = mGraph.layers().size();
    for (size_t c = 0; c < mContexts.size(); ++c) {
        const auto start = std::chrono::steady_clock::now();
        std::map<std::string, Codes> local;
        auto codesOf = [&](const std::string& name) -> const Codes& {
            auto it = local.find(name);
            return it != local.end() ? it->second : host.at(name);
        };
        for (const Step& step : mContexts[c]) {
            const Layer& l = *step.layer;
            progress.checkCancelled();
            progress.update(double(stepsDone++) / steps, l.name);
            if (l.type() == "input_layer") {
                local[l.name] = host.at(l.name);
                continue;
            }
            std::vector<const QTensor*> args;
            for (size_t k = 0; k < step.ports.size(); ++k) args.push_back(&codesOf(l.inputs[k]).at(step.ports[k]));
            try {
                local[l.name] = (*QKernelRegistry::instance().find(l.type()))(l, mModel.at(l.name), args);
            } catch (const Error& e) {
                throw e.at(l.name);
            }
            if (l.type() == "output_layer") {
                const QTensor& codes = local[l.name].at(0);
                result.outputCodes[l.name] = codes;
                result.outputs[l.name] = hostDeviceSwap(l, dequantizeTensor(codes));
            }
        }
        for (const std::string& out : info.contexts[c].carriedOut) host[out] = std::move(local.at(out));
        result.contextMillis.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    }
    progress.update(1.0, "done");
    return result;
}

}  // namespace dfc
