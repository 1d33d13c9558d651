#include "quantizer/finetune.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <numeric>
#include <random>
#include <sstream>

#include "core/error.h"
#include "emulator/executor.h"
#include "emulator/kernel_registry.h"
#include "emulator/quantized_executor.h"
#include "ir/layer_kind.h"
#include "quant/quant_math.h"
#include "quantizer/backward/backward_registry.h"
#include "quantizer/distillation_loss.h"
#include "quantizer/quantize_rules.h"

namespace dfc {
namespace {

/// A weight's step unit in codes of its grid (quantizer's 8-bit grid: ±127).
constexpr double kUnitCodes = 127;

/// A trained layer: its float kernel and bias, the grid they are rounded on, Adam's moments.
struct Trainable {
    Tensor kernel, bias;
    std::vector<float> scale;  // per output channel (element i: channel i % scale.size())
    float biasUnit = 1;        // the layer's output range: what a bias step is measured in
    float qmin = 0, qmax = 0;
    bool weights = true;       // false: bias only
    std::vector<float> mKernel, vKernel, mBias, vBias;
};

/// One layer as the training network runs it: a copy without its fused activation (and, when
/// trained, with its fake-quantized kernel), its encoding, where its inputs come from.
struct Node {
    const Layer* layer = nullptr;
    Layer working;
    const BackwardRule* rule = nullptr;
    bool nonlinear = false;
    QuantParams encoding;
    std::vector<std::pair<size_t, size_t>> inputs;  // (node, port)
    Trainable* trainable = nullptr;
};

/// What one forward pass keeps for the backward pass.
struct Activations {
    std::vector<std::vector<Tensor>> linear;  // per node and port, before the activation
    std::vector<std::vector<Tensor>> value;   // after the activation and the fake quantization
    std::vector<Tensor> pre;                  // port 0 before a non-linear activation
};

/// A value on its layer's grid; `passes` is false when the value lies beyond the grid's ends by
/// more than half a step (clipped: no gradient). A value rounded onto an end (a softmax
/// probability of 1, a ReLU's 0) is not clipped and keeps its gradient.
float fakeQuantize(float v, const QuantParams& p, bool& passes)
{
    const int32_t q = p.quantize(v);
    const double half = p.scale / 2;
    passes = v >= p.dequantize(p.qmin) - half && v <= p.dequantize(p.qmax) + half;
    return float(p.dequantize(q));
}

class TrainingNetwork {
public:
    TrainingNetwork(const Graph& graph, const QuantizedModel& model, const FinetuneConfig& config)
    {
        const auto order = graph.topoOrder();
        std::map<std::string, size_t> index;
        for (const Layer* l : order) index[l->name] = mNodes.size(), mNodes.push_back(makeNode(*l, model));
        for (Node& n : mNodes)
            for (const std::string& p : n.layer->inputs) {
                const Layer& prod = graph.layer(p);
                size_t port = 0;
                if (prod.kind->multiOutput)
                    port = size_t(std::find(prod.outputs.begin(), prod.outputs.end(), n.layer->name) - prod.outputs.begin());
                n.inputs.emplace_back(index.at(p), port);
            }
        mTrainables.reserve(mNodes.size());
        for (Node& n : mNodes) {
            const LayerQuant& q = model.at(n.layer->name);
            if (!n.rule->trainsWeights || q.weightBits == 0) continue;
            if (std::any_of(config.freeze.begin(), config.freeze.end(),
                            [&](const std::string& f) { return n.layer->name.find(f) != std::string::npos; }))
                continue;
            mTrainables.push_back(makeTrainable(*n.layer, q, model.at(n.layer->inputs.at(0)).output.scale, !config.biasOnly));
            n.trainable = &mTrainables.back();
            mTrainedNames.push_back(n.layer->name);
            refreshWeights(n);
        }
        for (size_t i = 0; i < mNodes.size(); ++i) mIndex[mNodes[i].layer->name] = i;
    }

    const std::vector<std::string>& trainedLayers() const { return mTrainedNames; }
    size_t node(const std::string& name) const { return mIndex.at(name); }

    Activations forward(const TensorsByName& inputs) const
    {
        Activations a;
        a.linear.resize(mNodes.size());
        a.value.resize(mNodes.size());
        a.pre.resize(mNodes.size());
        for (size_t i = 0; i < mNodes.size(); ++i) {
            const Node& n = mNodes[i];
            std::vector<Tensor> outs;
            if (n.layer->type() == "input_layer") {
                outs.push_back(inputs.at(n.layer->name));
            } else {
                std::vector<const Tensor*> args;
                for (const auto& [node, port] : n.inputs) args.push_back(&a.value[node].at(port));
                outs = (*KernelRegistry::instance().find(n.layer->type()))(n.working, args);
            }
            a.linear[i] = outs;
            if (n.nonlinear) {
                a.pre[i] = outs.at(0);
                applyActivation(*n.layer, outs.at(0));
            }
            for (Tensor& t : outs) {
                bool passes = true;
                for (float& v : t.data) v = fakeQuantize(v, n.encoding, passes);
            }
            a.value[i] = std::move(outs);
        }
        return a;
    }

    /// Propagates `seeds` (dLoss/d value of port 0, per node) back; accumulates into the
    /// trainables' gradients.
    void backward(const Activations& a, std::map<size_t, Tensor> seeds, std::map<Trainable*, LayerGradients>& grads) const
    {
        std::vector<std::vector<Tensor>> g(mNodes.size());
        for (auto& [node, t] : seeds) g[node] = {std::move(t)};
        for (size_t i = mNodes.size(); i-- > 0;) {
            const Node& n = mNodes[i];
            if (g[i].empty() || n.layer->type() == "input_layer") continue;
            g[i].resize(a.linear[i].size());
            // Straight through the output rounding: zero where the value was clipped.
            for (size_t port = 0; port < g[i].size(); ++port) {
                Tensor& gp = g[i][port];
                if (gp.data.empty()) continue;
                const Tensor& pre = port == 0 && n.nonlinear ? a.pre[i] : a.linear[i][port];
                Tensor post = pre;
                if (port == 0 && n.nonlinear) applyActivation(*n.layer, post);
                for (size_t e = 0; e < gp.data.size(); ++e) {
                    bool passes = true;
                    fakeQuantize(post.data[e], n.encoding, passes);
                    if (!passes) gp.data[e] = 0;
                }
                if (port == 0 && n.nonlinear) {
                    const Tensor d = activationDerivative(*n.layer, pre);
                    for (size_t e = 0; e < gp.data.size(); ++e) gp.data[e] *= d.data[e];
                }
            }
            std::vector<const Tensor*> args;
            for (const auto& [node, port] : n.inputs) args.push_back(&a.value[node].at(port));
            LayerGradients lg;
            try {
                lg = n.rule->backward({n.working, args, a.linear[i], g[i]});
            } catch (const Error& e) {
                throw e.at(n.layer->name);
            }
            for (size_t k = 0; k < n.inputs.size() && k < lg.inputs.size(); ++k) {
                if (lg.inputs[k].data.empty()) continue;
                const auto& [node, port] = n.inputs[k];
                auto& target = g[node];
                if (target.size() <= port) target.resize(port + 1);
                if (target[port].data.empty()) target[port] = std::move(lg.inputs[k]);
                else
                    for (size_t e = 0; e < target[port].data.size(); ++e) target[port].data[e] += lg.inputs[k].data[e];
            }
            if (n.trainable) accumulate(grads[n.trainable], lg);
            g[i].clear();
        }
    }

    /// One Adam step on every trainable with its gradient; then the working kernels follow.
    void step(std::map<Trainable*, LayerGradients>& grads, double lr, int64_t t)
    {
        const double b1 = 0.9, b2 = 0.999, c1 = 1 - std::pow(b1, double(t)), c2 = 1 - std::pow(b2, double(t));
        // Adam moves every parameter by about lr per step whatever its gradient's size; measured
        // in float units that is a different number of grid steps in every layer (PP-OCR cls at
        // lr 2e-4: small-magnitude layers flipped codes every step and the held-out loss tripled).
        // So a step is lr times the parameter's unit, counted in grid steps whatever the bits: 127
        // steps of its channel's grid (the channel's range at 8 bits; a 4-bit weight moves as
        // many codes per step as an 8-bit one, a 16-bit weight as few), or for a bias the layer's
        // output range. In these units the vendor's default rate
        // (2e-4 at batch 8) still lost on PP-OCR cls (held-out loss 0.0010 → 0.024) and 5e-5
        // won on both checks (cls 0.0010 → 0.00054, rec at 8 bits 0.28 → 0.19): the default
        // here is a quarter of the vendor's (FinetuneConfig::learningRateFor).
        auto adam = [&](std::vector<float>& w, const std::vector<float>& g, std::vector<float>& m, std::vector<float>& v, auto passes,
                        auto unit) {
            for (size_t i = 0; i < w.size(); ++i) {
                const double gi = passes(i) ? g[i] : 0.0;
                m[i] = float(b1 * m[i] + (1 - b1) * gi);
                v[i] = float(b2 * v[i] + (1 - b2) * gi * gi);
                w[i] -= float(lr * unit(i) * (m[i] / c1) / (std::sqrt(v[i] / c2) + 1e-8));
            }
        };
        for (Node& n : mNodes) {
            if (!n.trainable) continue;
            auto it = grads.find(n.trainable);
            if (it == grads.end()) continue;
            Trainable& t = *n.trainable;
            const size_t channels = t.scale.size();
            if (t.weights && !it->second.kernel.data.empty())
                adam(
                    t.kernel.data, it->second.kernel.data, t.mKernel, t.vKernel,
                    [&](size_t i) {
                        // Straight through the weight rounding, not through its clipping.
                        const float code = t.kernel.data[i] / t.scale[i % channels];
                        return code > t.qmin - 0.5f && code < t.qmax + 0.5f;
                    },
                    [&](size_t i) { return double(t.scale[i % channels]) * kUnitCodes; });
            if (!it->second.bias.data.empty())
                adam(t.bias.data, it->second.bias.data, t.mBias, t.vBias, [](size_t) { return true; }, [&](size_t) { return double(t.biasUnit); });
            refreshWeights(n);
        }
        grads.clear();
    }

    /// The integer kernels and biases of the trained layers, rounded on their grids.
    void writeInto(QuantizedModel& model) const
    {
        for (const Node& n : mNodes) {
            if (!n.trainable) continue;
            const Trainable& t = *n.trainable;
            LayerQuant& q = model.layers.at(n.layer->name);
            const size_t channels = t.scale.size();
            for (size_t i = 0; i < q.kernel.size(); ++i)
                q.kernel[i] = int32_t(std::clamp(std::round(t.kernel.data[i] / t.scale[i % channels]), t.qmin, t.qmax));
            std::vector<QuantParams> grids(channels);
            for (size_t c = 0; c < channels; ++c) grids[c].scale = q.kernelScale[c];
            q.bias = quantizeBias(t.bias, model.at(n.layer->inputs.at(0)).output.scale, grids);
            q.algorithms.push_back("finetune");
        }
    }

private:
    static Node makeNode(const Layer& l, const QuantizedModel& model)
    {
        Node n;
        n.layer = &l;
        n.working = l;
        n.nonlinear = layerActivation(l) != "linear";
        if (n.nonlinear) n.working.params["activation"] = "linear";
        n.rule = BackwardRegistry::instance().find(l.type());
        if (!n.rule) fail(ErrorCode::Unsupported, "no backward pass for layer type " + l.type(), {}, l.name);
        n.encoding = model.at(l.name).output;
        return n;
    }

    /// Starts where the integer model is: a float weight whose code an earlier stage changed
    /// (AdaRound) moves onto that code; the bias is the integer model's (bias correction's).
    static Trainable makeTrainable(const Layer& l, const LayerQuant& q, double inputScale, bool weights)
    {
        const LinearWeights w = QuantizeRuleRegistry::instance().find(l.type())->weights(l);
        Trainable t;
        t.kernel = w.kernel;
        t.bias = w.bias;
        for (double s : q.kernelScale) t.scale.push_back(float(s));
        const QuantParams grid = weightParams(1.0, q.weightBits);
        t.qmin = float(grid.qmin), t.qmax = float(grid.qmax);
        const size_t channels = t.scale.size();
        for (size_t i = 0; i < t.kernel.data.size(); ++i) {
            const float s = t.scale[i % channels];
            if (std::clamp(std::round(t.kernel.data[i] / s), t.qmin, t.qmax) != float(q.kernel[i])) t.kernel.data[i] = s * float(q.kernel[i]);
        }
        const std::vector<double> acc = q.accumulatorScales(inputScale);
        for (size_t c = 0; c < channels && c < q.bias.size(); ++c) t.bias.data[c] = float(double(q.bias[c]) * acc[c]);
        t.weights = weights;
        t.biasUnit = float(q.output.scale * double(q.output.qmax - q.output.qmin));
        t.mKernel.assign(t.kernel.data.size(), 0), t.vKernel = t.mKernel;
        t.mBias.assign(t.bias.data.size(), 0), t.vBias = t.mBias;
        return t;
    }

    /// The working copy multiplies by the fake-quantized kernel and adds the float bias.
    static void refreshWeights(Node& n)
    {
        const Trainable& t = *n.trainable;
        Tensor k = t.kernel;
        const size_t channels = t.scale.size();
        for (size_t i = 0; i < k.data.size(); ++i) {
            const float s = t.scale[i % channels];
            k.data[i] = s * std::clamp(std::round(k.data[i] / s), t.qmin, t.qmax);
        }
        k.shape = n.layer->weight("kernel").shape;
        n.working.weights["kernel"] = std::move(k);
        Tensor b = t.bias;
        if (n.layer->hasWeight("bias")) b.shape = n.layer->weight("bias").shape;
        n.working.weights["bias"] = std::move(b);
    }

    static void accumulate(LayerGradients& into, LayerGradients& from)
    {
        auto add = [](Tensor& a, Tensor& b) {
            if (b.data.empty()) return;
            if (a.data.empty()) a = std::move(b);
            else
                for (size_t i = 0; i < a.data.size(); ++i) a.data[i] += b.data[i];
        };
        add(into.kernel, from.kernel);
        add(into.bias, from.bias);
    }

    std::vector<Node> mNodes;
    std::vector<Trainable> mTrainables;
    std::vector<std::string> mTrainedNames;
    std::map<std::string, size_t> mIndex;
};

std::vector<FinetuneLoss> lossTerms(const Graph& graph, const FinetuneConfig& c)
{
    if (!c.losses.empty()) return c.losses;
    std::vector<FinetuneLoss> terms;
    for (const Layer* l : graph.topoOrder())
        if (l->type() == "output_layer") terms.push_back({l->name, c.defaultLossType, 1});
    return terms;
}

Tensor itemOf(const Tensor& t, int64_t item)
{
    Shape s = t.shape;
    s[0] = 1;
    const int64_t size = t.size() / t.dim(0);
    return Tensor(s, std::vector<float>(t.data.begin() + item * size, t.data.begin() + (item + 1) * size));
}

/// The loss of the integer model against the native one on items [from, to): the mean of the
/// items' losses (each item judged alone, whatever the batch).
double integerLoss(const Graph& graph, const QuantizedModel& model, const std::vector<FinetuneLoss>& terms, const CalibrationSet& set,
                   int64_t from, int64_t to, int64_t batch, const Progress& progress)
{
    const Executor native(graph);
    const QuantizedExecutor quantized(graph, model);
    double total = 0;
    for (int64_t b = from; b < to; b += batch) {
        progress.checkCancelled();
        const int64_t end = std::min(to, b + batch);
        const auto inputs = calibrationBatch(set, b, end);
        const EmulatorRun n = native.run(inputs, true);
        const QuantizedRun q = quantized.run(inputs, true);
        for (const FinetuneLoss& term : terms)
            for (int64_t i = 0; i < end - b; ++i)
                total += distillationLoss(term, itemOf(q.intermediates.at(term.layer), i), itemOf(n.intermediates.at(term.layer), i), nullptr);
    }
    return total / double(std::max<int64_t>(1, to - from));
}

/// Warm-up at a quarter of the rate, then cosine decay to zero over each decay period, every
/// period starting at decayRate times the previous one (the vendor's cosine restarts).
double learningRate(const FinetuneConfig& c, double base, double epoch)
{
    if (c.constantRate) return base;
    if (epoch < double(c.warmupEpochs)) return base / 4;
    const double since = epoch - double(c.warmupEpochs), period = double(std::max<int64_t>(1, c.decayEpochs));
    const double k = std::floor(since / period), t = (since - k * period) / period;
    return base * std::pow(c.decayRate, k) * 0.5 * (1 + std::cos(M_PI * t));
}

std::string seconds(double s)
{
    std::ostringstream o;
    o.precision(0);
    o << std::fixed << s << " s";
    return o.str();
}

}  // namespace

std::string FinetuneReport::summary() const
{
    if (!ran) return "finetune skipped: " + skipReason;
    std::ostringstream o;
    o.precision(4);
    o << "finetune: " << trainedLayers.size() << " layers, " << trainItems << " items, " << steps << " steps; held-out loss ("
      << heldOutItems << " items, integer model) " << heldOutBefore << " → " << heldOutAfter
      << (kept ? ": kept" : ": worse, the model before fine-tuning is kept");
    return o.str();
}

std::string finetuneBlocker(const Graph& graph)
{
    for (const Layer* l : graph.topoOrder())
        if (!BackwardRegistry::instance().find(l->type())) {
            const auto& without = kindsWithoutBackward();
            const auto it = without.find(l->type());
            return l->name + " (" + l->type() + "): " + (it != without.end() ? it->second : "no backward pass");
        }
    return {};
}

FinetuneReport finetuneQuantized(const Graph& graph, QuantizedModel& model, const CalibrationSet& set, int64_t items,
                                 const FinetuneConfig& config, const Progress& progress)
{
    FinetuneReport report;
    items = std::min(items, set.size);
    if (const std::string blocker = finetuneBlocker(graph); !blocker.empty()) {
        report.skipReason = "no backward pass through " + blocker;
        return report;
    }
    if (items < 2) {
        report.skipReason = "fine-tuning needs at least 2 calibration items (one is held out)";
        return report;
    }
    const std::vector<FinetuneLoss> terms = lossTerms(graph, config);
    for (const FinetuneLoss& t : terms) {
        if (!graph.find(t.layer)) fail(ErrorCode::InvalidArgument, "fine-tuning loss layer '" + t.layer + "' is not in the model");
        report.lossLayers.push_back(t.layer);
    }
    // A quarter judges: with one in eight (8 of 64 items) the PP-OCR direction classifier's
    // default flow kept a fine-tuning that read one line of 256 fewer; 16 held-out items saw
    // that run's loss rise and dropped it (measured in dfc-bench-quality).
    report.heldOutItems = config.heldOut > 0 ? std::min(config.heldOut, items / 2) : std::max<int64_t>(1, items / 4);
    report.trainItems = items - report.heldOutItems;
    const int64_t batch = std::max<int64_t>(1, std::min(config.batchSize, report.trainItems));
    TrainingNetwork network(graph, model, config);
    report.trainedLayers = network.trainedLayers();
    if (report.trainedLayers.empty()) {
        report.skipReason = "no layer with quantized weights to train";
        return report;
    }
    report.ran = true;
    const Progress judge = progress.part(0, 0.05), train = progress.part(0.05, 0.95);
    judge.update(0, "finetune: measuring held-out items");
    report.heldOutBefore = integerLoss(graph, model, terms, set, report.trainItems, items, batch, judge);

    const Executor native(graph);
    const double base = config.learningRateFor(batch);
    const int64_t perEpoch = (report.trainItems + batch - 1) / batch, total = perEpoch * config.epochs;
    std::vector<int64_t> order(size_t(report.trainItems));
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 rng(config.seed);
    std::map<Trainable*, LayerGradients> grads;
    const auto start = std::chrono::steady_clock::now();
    for (int64_t epoch = 0; epoch < config.epochs; ++epoch) {
        std::shuffle(order.begin(), order.end(), rng);
        double epochLoss = 0;
        for (int64_t b = 0; b < perEpoch; ++b) {
            train.checkCancelled();
            // One batch of shuffled items, gathered one by one.
            const int64_t from = b * batch, to = std::min(report.trainItems, from + batch);
            TensorsByName inputs;
            for (const auto& [name, all] : set.inputs) {
                const int64_t itemSize = all.size() / all.dim(0);
                Shape s = all.shape;
                s[0] = to - from;
                Tensor t(s);
                for (int64_t i = from; i < to; ++i)
                    std::copy_n(all.ptr() + order[size_t(i)] * itemSize, itemSize, t.ptr() + (i - from) * itemSize);
                inputs[name] = std::move(t);
            }
            const EmulatorRun target = native.run(inputs, true);
            const Activations a = network.forward(inputs);
            std::map<size_t, Tensor> seeds;
            for (const FinetuneLoss& term : terms) {
                const size_t node = network.node(term.layer);
                Tensor g;
                epochLoss += distillationLoss(term, a.value[node].at(0), target.intermediates.at(term.layer), &g);
                if (auto it = seeds.find(node); it != seeds.end())
                    for (size_t i = 0; i < g.data.size(); ++i) it->second.data[i] += g.data[i];
                else seeds.emplace(node, std::move(g));
            }
            network.backward(a, std::move(seeds), grads);
            const double lr = learningRate(config, base, double(epoch) + double(b) / double(perEpoch));
            network.step(grads, lr, ++report.steps);
            const double done = double(report.steps) / double(total);
            const double elapsed = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
            train.update(done, "finetune epoch " + std::to_string(epoch + 1) + "/" + std::to_string(config.epochs) + ", ETA " +
                                   seconds(elapsed / done * (1 - done)));
        }
        report.epochLoss.push_back(epochLoss / double(perEpoch));
    }
    QuantizedModel tuned = model;
    network.writeInto(tuned);
    const Progress judgeAfter = progress.part(0.95, 1);
    report.heldOutAfter = integerLoss(graph, tuned, terms, set, report.trainItems, items, batch, judgeAfter);
    report.kept = report.heldOutAfter < report.heldOutBefore;
    if (report.kept) model = std::move(tuned);
    progress.update(1, "finetune done");
    return report;
}

}  // namespace dfc
