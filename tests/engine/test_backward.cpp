// The backward passes fine-tuning propagates through (quantizer/backward), each against finite
// differences of its own forward kernel, on every layer of a small imported network: each element
// of ∇L must match (L(x + ε) − L(x − ε)) / 2ε, with L = Σ w · layer(x) for fixed random w. Inputs,
// kernels and biases are checked, fused activations included. Then the
// fine-tuner on a generated network: its training loss falls, its result is judged on held-out
// items by the integer model, and it can be cancelled.
#include <QtTest>

#include <cmath>
#include <random>
#include <set>

#include "core/error.h"
#include "emulator/executor.h"
#include "emulator/kernel_registry.h"
#include "emulator/quantized_executor.h"
#include "importers/onnx/onnx_importer.h"
#include "io/atomic_file.h"
#include "io/npy.h"
#include "pipeline/runner.h"
#include "script/model_script.h"
#include "script/script_parser.h"
#include "ir/layer_kind.h"
#include "quant/quant_math.h"
#include "quantizer/backward/backward_registry.h"
#include "quantizer/calibration_set.h"
#include "quantizer/distillation_loss.h"
#include "quantizer/finetune.h"
#include "quantizer/quantizer.h"
#include "quantizer/statistics.h"
#include "test_support.h"
#include "zoo/onnx_builder.h"

using namespace dfc;

namespace {

Graph importModel(onnx::ModelProto model, const std::string& name)
{
    ImportResult r = importOnnxModel(std::move(model), name + ".onnx", {});
    if (!r.report.ok()) {
        std::string why;
        for (const UnsupportedNode& u : r.report.unsupported) why += " " + u.node + " (" + u.op + "): " + u.reason.text() + ";";
        throw std::runtime_error("test model did not import:" + why);
    }
    return std::move(r.graph);
}

/// Convolutions (grouped, strided, padded, with bias), hard-swish, a depthwise convolution, a
/// squeeze-and-excitation block (global pool, 1×1 convs, hard-sigmoid, broadcast multiply), a
/// residual add, average and max pooling, a channel slice, concatenation, nearest resize beside
/// a grouped, strided transposed convolution, a dense layer and softmax.
onnx::ModelProto mixedNetwork()
{
    OnnxBuilder b("mixed", 14);
    const std::string x = b.input("x", {1, 3, 12, 12});
    std::string y = b.node("HardSwish", {b.conv(x, 3, 8, 3, 2, 1, true)});
    std::string d = b.relu(b.conv(y, 8, 8, 3, 1, 8, true));
    std::string se = b.node("GlobalAveragePool", {d});
    se = b.relu(b.conv(se, 8, 4, 1, 1, 1, true));
    se = b.node("HardSigmoid", {b.conv(se, 4, 8, 1, 1, 1, true)});
    y = b.add(b.node("Mul", {d, se}), y);
    const std::string grouped = b.conv(y, 8, 8, 3, 1, 2, true);
    const std::string avg = b.node("AveragePool", {grouped}, {{"kernel_shape", {2, 2}}, {"strides", {2, 2}}});
    const std::string mx = b.node("MaxPool", {y}, {{"kernel_shape", {2, 2}}, {"strides", {2, 2}}});
    const std::string half = b.node("Slice", {mx, b.intConstant("starts", {0}), b.intConstant("ends", {4}), b.intConstant("axes", {1})});
    std::string cat = b.node("Concat", {avg, half}, {{"axis", {1}}});
    std::string up = b.node("Resize", {cat, "", b.constant("scales", {4}, {1, 1, 2, 2})});
    const std::string deconv = b.node("ConvTranspose", {cat, b.weight("up.weight", {12, 6, 3, 3}, 1.0f), b.weight("up.bias", {12}, 0.5f)},
                                      {{"strides", {2, 2}}, {"pads", {1, 1, 1, 1}}, {"output_padding", {1, 1}}, {"group", {2}}});
    up = b.add(up, b.relu(deconv));
    std::string flat = b.node("Flatten", {b.node("MaxPool", {up}, {{"kernel_shape", {3, 3}}, {"strides", {3, 3}}})}, {{"axis", {1}}});
    flat = b.node("Gemm", {flat, b.weight("fc.weight", {10, 12 * 2 * 2}, 0.1f), b.weight("fc.bias", {10}, 0.1f)}, {{"transB", {1}}});
    b.output(b.node("Softmax", {flat}, {{"axis", {1}}}));
    return b.finish();
}

Tensor randomLike(const Shape& s, std::mt19937& rng, float scale = 1)
{
    std::normal_distribution<float> n(0, scale);
    Tensor t(s);
    for (float& v : t.data) v = n(rng);
    return t;
}

Tensor jittered(Tensor t, std::mt19937& rng)
{
    std::normal_distribution<float> n(0, 0.2f);
    for (float& v : t.data) v += n(rng);
    return t;
}

double dot(const Tensor& a, const Tensor& b)
{
    double s = 0;
    for (size_t i = 0; i < a.data.size(); ++i) s += double(a.data[i]) * b.data[i];
    return s;
}

/// L = Σ_port Σ w · kernel(layer, inputs), in doubles.
double weightedSum(const Layer& l, const std::vector<Tensor>& inputs, const std::vector<Tensor>& w)
{
    std::vector<const Tensor*> ptrs;
    for (const Tensor& t : inputs) ptrs.push_back(&t);
    const std::vector<Tensor> outs = (*KernelRegistry::instance().find(l.type()))(l, ptrs);
    double s = 0;
    for (size_t p = 0; p < outs.size() && p < w.size(); ++p) s += dot(outs[p], w[p]);
    return s;
}

/// One gradient tensor, element by element against central differences. A ReLU or a max has
/// kinks, and a step can cross one (seen: 1 of 576 inputs of a ReLU layer): 98 % must agree.
struct GradientCheck {
    std::string what;
    int64_t agreeing = 0, total = 0;
    std::string worst;  // the first disagreeing element, for the message
    bool agrees() const { return total > 0 && double(agreeing) >= 0.98 * double(total); }
    void add(double analytic, double numeric, size_t at)
    {
        ++total;
        if (std::fabs(analytic - numeric) <= 0.02 * std::max(std::fabs(analytic), std::fabs(numeric)) + 2e-3) ++agreeing;
        else if (worst.empty()) worst = "element " + std::to_string(at) + ": " + std::to_string(analytic) + " vs " + std::to_string(numeric);
    }
};

/// Checks one layer's rule (with its fused activation) at its inputs.
std::vector<GradientCheck> checkLayer(const Layer& layer, const std::vector<Tensor>& inputs, std::mt19937& rng)
{
    std::vector<GradientCheck> checks;
    const BackwardRule& rule = *BackwardRegistry::instance().find(layer.type());
    Layer linear = layer;
    const bool nonlinear = layerActivation(layer) != "linear";
    if (nonlinear) linear.params["activation"] = "linear";
    std::vector<const Tensor*> ptrs;
    for (const Tensor& t : inputs) ptrs.push_back(&t);
    const std::vector<Tensor> pre = (*KernelRegistry::instance().find(layer.type()))(linear, ptrs);
    std::vector<Tensor> w, g;
    for (const Tensor& t : pre) w.push_back(randomLike(t.shape, rng));
    g = w;
    if (nonlinear) {
        const Tensor d = activationDerivative(layer, pre[0]);
        for (size_t i = 0; i < g[0].data.size(); ++i) g[0].data[i] *= d.data[i];
    }
    const LayerGradients grads = rule.backward({linear, ptrs, pre, g});
    const float eps = 1e-3f;
    for (size_t k = 0; k < inputs.size(); ++k) {
        if (grads.inputs.at(k).data.empty()) continue;
        GradientCheck c{layer.name + " input " + std::to_string(k)};
        for (size_t i = 0; i < inputs[k].data.size(); ++i) {
            std::vector<Tensor> plus = inputs, minus = inputs;
            plus[k].data[i] += eps, minus[k].data[i] -= eps;
            c.add(grads.inputs[k].data[i], (weightedSum(layer, plus, w) - weightedSum(layer, minus, w)) / (2 * eps), i);
        }
        checks.push_back(c);
    }
    if (rule.trainsWeights)
        for (const char* name : {"kernel", "bias"}) {
            const Tensor& grad = std::string(name) == "kernel" ? grads.kernel : grads.bias;
            if (!layer.hasWeight(name)) continue;
            GradientCheck c{layer.name + " " + name};
            for (size_t i = 0; i < grad.data.size(); ++i) {
                Layer plus = layer, minus = layer;
                plus.weights[name].data[i] += eps, minus.weights[name].data[i] -= eps;
                c.add(grad.data[i], (weightedSum(plus, inputs, w) - weightedSum(minus, inputs, w)) / (2 * eps), i);
            }
            checks.push_back(c);
        }
    return checks;
}

}  // namespace

class TestBackward : public QObject {
    Q_OBJECT
private slots:
    /// Every kind has a backward rule or a stated reason why not; never both.
    void everyKindHasABackwardPassOrAReason()
    {
        QStringList missing;
        for (const LayerKind* k : LayerKindRegistry::instance().all()) {
            if (k->viewOnly) continue;
            const bool rule = BackwardRegistry::instance().find(k->type) != nullptr;
            const bool reason = kindsWithoutBackward().count(k->type) != 0;
            if (rule == reason) missing << QString::fromStdString(k->type + (rule ? ": rule and reason" : ": neither rule nor reason"));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(missing.join(", ")));
    }

    void rulesMatchFiniteDifferences()
    {
        const Graph g = importModel(mixedNetwork(), "mixed");
        std::mt19937 rng(7);
        const CalibrationSet set = test::randomCalibration(g, 2, 3);
        const EmulatorRun run = Executor(g).run(set.inputs, true);
        std::set<std::string> kinds;
        QStringList failures;
        int checked = 0;
        for (const Layer* l : g.topoOrder()) {
            if (l->type() == "input_layer") continue;
            // Jittered: a ReLU's zeros tie inside a max-pooling window, where no derivative exists.
            std::vector<Tensor> inputs;
            for (const std::string& p : l->inputs) inputs.push_back(jittered(run.intermediates.at(p), rng));
            kinds.insert(l->type() + (layerActivation(*l) != "linear" ? "+" + layerActivation(*l) : ""));
            for (const GradientCheck& c : checkLayer(*l, inputs, rng)) {
                ++checked;
                if (!c.agrees())
                    failures << QString("%1 (%2): %3 of %4 elements agree; %5")
                                    .arg(QString::fromStdString(c.what), QString::fromStdString(l->type()))
                                    .arg(c.agreeing)
                                    .arg(c.total)
                                    .arg(QString::fromStdString(c.worst));
            }
        }
        QStringList seen;
        for (const std::string& k : kinds) seen << QString::fromStdString(k);
        qInfo("%d gradient tensors checked over %s", checked, qPrintable(seen.join(", ")));
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join("\n")));
        for (const char* kind : {"conv", "deconv", "dw", "dense", "ew_add", "ew_mult", "avgpool", "maxpool", "global_avg_pool", "concat", "resize",
                                 "softmax", "slice"})
            QVERIFY2(std::any_of(kinds.begin(), kinds.end(), [&](const std::string& k) { return k.rfind(kind, 0) == 0; }),
                     (std::string("the network holds no ") + kind).c_str());
    }

    /// A dw with its hard-swish and a standalone activation: the derivative the trainer takes
    /// by central differences of the emulator's own activation math matches the closed form.
    void activationDerivativeMatchesTheClosedForm()
    {
        Layer l;
        const Graph g = importModel(mixedNetwork(), "mixed");
        for (const Layer* layer : g.topoOrder())
            if (layerActivation(*layer) == "hardswish") l = *layer;
        QVERIFY2(l.kind, "no layer with a hard-swish");
        Tensor x({1, 9}, {-4.0f, -3.1f, -2.0f, -0.5f, 0.0f, 0.7f, 2.5f, 2.9f, 5.0f});
        const Tensor d = activationDerivative(l, x);
        for (int64_t i = 0; i < x.size(); ++i) {
            const float v = x.data[i];
            const float want = v < -3 ? 0 : v > 3 ? 1 : (2 * v + 3) / 6;
            QVERIFY2(std::fabs(d.data[i] - want) < 2e-3, qPrintable(QString("hardswish'(%1) = %2, expected %3").arg(v).arg(d.data[i]).arg(want)));
        }
    }

    /// Every loss type's gradient against central differences (in doubles through floats: 1e-3).
    void distillationLossesMatchFiniteDifferences()
    {
        std::mt19937 rng(3);
        const Tensor t = randomLike({3, 5}, rng), q0 = randomLike({3, 5}, rng);
        for (const char* type : {"l2", "l2rel", "cosine", "ce"}) {
            const FinetuneLoss term{"x", type, 1.5};
            Tensor grad;
            const double loss = distillationLoss(term, q0, t, &grad);
            QVERIFY2(loss > 0, type);
            for (size_t i = 0; i < q0.data.size(); ++i) {
                Tensor plus = q0, minus = q0;
                plus.data[i] += 1e-3f, minus.data[i] -= 1e-3f;
                const double numeric = (distillationLoss(term, plus, t, nullptr) - distillationLoss(term, minus, t, nullptr)) / 2e-3;
                QVERIFY2(std::fabs(numeric - grad.data[i]) <= 0.01 * std::fabs(numeric) + 1e-3,
                         qPrintable(QString("%1: element %2, analytic %3, numeric %4").arg(type).arg(i).arg(grad.data[i]).arg(numeric)));
            }
            if (std::string(type) != "ce") QVERIFY2(distillationLoss(term, t, t, nullptr) < 1e-9, type);  // ce(t, t) is t's entropy
        }
        bool refused = false;
        try {
            distillationLoss({"x", "huber", 1}, q0, t, nullptr);
        } catch (const Error& e) {
            refused = e.code() == ErrorCode::Unsupported;
        }
        QVERIFY(refused);
    }

    /// On a generated network with random data, the distillation loss falls over the epochs and
    /// the held-out judgement is the integer model's; a cancelled run leaves the model as it was.
    void finetuneLowersTheLossAndCanBeCancelled()
    {
        const Graph g = importModel(mixedNetwork(), "mixed");
        const CalibrationSet set = test::randomCalibration(g, 48, 11);
        // 4-bit weights everywhere: rounding damage fine-tuning should repair.
        QuantizationConfig qc;
        for (const Layer* l : g.topoOrder())
            if (l->hasWeight("kernel")) qc.precision[l->name] = Precision{8, 4};
        QuantizedModel model = quantizeGraph(g, activationStatistics(g, set, 8), qc);
        const QuantizedModel before = model;
        FinetuneConfig c;
        c.enabled = true;
        c.epochs = 6;
        c.batchSize = 4;
        c.defaultLossType = "l2rel";
        const FinetuneReport r = finetuneQuantized(g, model, set, 48, c);
        qInfo("%s; epoch losses %s", r.summary().c_str(), [&] {
            std::string s;
            for (double v : r.epochLoss) s += std::to_string(v) + " ";
            return s;
        }().c_str());
        QVERIFY2(r.ran, r.skipReason.c_str());
        QCOMPARE(r.heldOutItems, int64_t{12});
        QCOMPARE(r.trainItems, int64_t{36});
        QCOMPARE(int64_t(r.epochLoss.size()), c.epochs);
        QVERIFY(r.trainedLayers.size() >= 6);
        QVERIFY2(r.epochLoss.back() < r.epochLoss.front(), "the training loss did not fall");
        QVERIFY2(r.kept, "4-bit rounding left damage that fine-tuning did not repair on held-out items");
        // The reported judgement is the integer model's: measure it again.
        const Executor native(g);
        auto heldOutLoss = [&](const QuantizedModel& m) {  // l2rel per item, averaged
            double sum = 0;
            for (int64_t item = r.trainItems; item < 48; ++item) {
                const auto inputs = calibrationBatch(set, item, item + 1);
                const Tensor want = native.run(inputs).outputs.begin()->second;
                const Tensor got = QuantizedExecutor(g, m).run(inputs).outputs.begin()->second;
                double e = 0, p = 0;
                for (int64_t i = 0; i < want.size(); ++i)
                    e += std::pow(double(got.data[i]) - want.data[i], 2), p += double(want.data[i]) * want.data[i];
                sum += e / p;
            }
            return sum / double(r.heldOutItems);
        };
        QVERIFY(std::fabs(heldOutLoss(before) - r.heldOutBefore) <= 1e-6 * std::max(1.0, r.heldOutBefore) + 1e-9);
        QVERIFY(std::fabs(heldOutLoss(model) - (r.kept ? r.heldOutAfter : r.heldOutBefore)) <= 1e-6 * std::max(1.0, r.heldOutAfter) + 1e-9);
        if (r.kept) {
            QVERIFY(r.heldOutAfter < r.heldOutBefore);
            QVERIFY(model.at(r.trainedLayers.front()).kernel != before.at(r.trainedLayers.front()).kernel ||
                    model.at(r.trainedLayers.front()).bias != before.at(r.trainedLayers.front()).bias);
        }

        QuantizedModel untouched = before;
        Progress cancelled;
        cancelled.cancel.cancel();
        bool threw = false;
        try {
            finetuneQuantized(g, untouched, set, 48, c, cancelled);
        } catch (const Error& e) {
            threw = e.code() == ErrorCode::Cancelled;
        }
        QVERIFY(threw);
        QVERIFY(untouched.at(r.trainedLayers.front()).kernel == before.at(r.trainedLayers.front()).kernel);
    }

    /// Through the Runner: level 2 on random data skips fine-tuning and says why; policy=enabled
    /// runs it, the HAR records it, and loss lists of different lengths are refused at resolve.
    void finetuneThroughTheRunner()
    {
        QTemporaryDir dir;
        const std::string onnx = dir.filePath("mixed.onnx").toStdString();
        writeFileAtomic(onnx, mixedNetwork().SerializeAsString());
        auto optimize = [&](const std::string& script) {
            Runner runner;
            runner.translate(onnx, {});
            CalibrationOptions calib;
            calib.random = true;
            calib.size = 24;
            const OptimizeSummary s = runner.optimize(interpretScript(parseScript(script, "t.alls"), &runner.graph()), calib);
            return std::make_pair(s, runner.har().metadata["quantization"]);
        };
        const auto [levelTwo, levelTwoJson] = optimize("model_optimization_flavor(optimization_level=2)\n");
        QVERIFY(levelTwo.config.finetune.enabled && !levelTwo.finetune.ran);
        QVERIFY(levelTwo.finetune.skipReason.find("random") != std::string::npos);
        QCOMPARE(levelTwoJson["finetune"]["ran"].get<bool>(), false);
        QVERIFY(!levelTwo.stageSeconds.count("finetune"));

        const auto [asked, askedJson] =
            optimize("post_quantization_optimization(finetune, policy=enabled, epochs=2, batch_size=4, loss_layer_names=[output_layer1], "
                     "loss_types=[l2])\n");
        QVERIFY2(asked.finetune.ran, asked.finetune.skipReason.c_str());
        QCOMPARE(asked.finetune.lossLayers, std::vector<std::string>{"output_layer1"});
        QCOMPARE(asked.finetune.trainItems + asked.finetune.heldOutItems, int64_t{24});
        QCOMPARE(asked.finetune.steps, int64_t{2 * ((asked.finetune.trainItems + 3) / 4)});
        QCOMPARE(askedJson["finetune"]["kept"].get<bool>(), asked.finetune.kept);
        QCOMPARE(askedJson["finetune"]["steps"].get<int64_t>(), asked.finetune.steps);
        const std::string first = asked.finetune.trainedLayers.front();
        const auto& algorithms = askedJson["layers"][first]["algorithms"];
        QCOMPARE(std::find(algorithms.begin(), algorithms.end(), "finetune") != algorithms.end(), asked.finetune.kept);

        // Real data (a file of 24 items, calibset_size 16): level 2 reads all 24 for fine-tuning,
        // warns that it wants 1024, and does not call the set short of calibset_size.
        const std::string npy = dir.filePath("calib.npy").toStdString();
        writeNpyFile(npy, test::randomTensor({24, 12, 12, 3}, 5));
        {
            Runner runner;
            runner.translate(onnx, {});
            CalibrationOptions calib;
            calib.path = npy;
            calib.size = 16;
            const OptimizeSummary s =
                runner.optimize(interpretScript(parseScript("model_optimization_flavor(optimization_level=2)\n", "t.alls"), &runner.graph()), calib);
            QVERIFY2(s.finetune.ran, s.finetune.skipReason.c_str());
            QCOMPARE(s.calibrationImages, int64_t{16});
            QCOMPARE(s.finetune.trainItems + s.finetune.heldOutItems, int64_t{24});
            QCOMPARE(s.trainingImages, int64_t{24});
            std::string warnings;
            for (const std::string& w : s.warnings) warnings += w + "\n";
            QVERIFY2(warnings.find("finetune at this level trains on 1024 items; the data gave 24") != std::string::npos, warnings.c_str());
            QVERIFY2(warnings.find("calibset_size asks for") == std::string::npos, warnings.c_str());
        }

        Runner runner;
        runner.translate(onnx, {});
        const ModelScript bad = interpretScript(
            parseScript("post_quantization_optimization(finetune, policy=enabled, loss_layer_names=[output_layer1], loss_types=[l2, ce])\n",
                        "bad.alls"),
            &runner.graph());
        bool refused = false;
        try {
            bad.quantization.resolve(runner.graph(), "bad.alls");
        } catch (const Error& e) {
            refused = e.code() == ErrorCode::InvalidArgument && std::string(e.what()).find("loss_types") != std::string::npos;
        }
        QVERIFY(refused);
    }
};

QTEST_GUILESS_MAIN(TestBackward)
#include "test_backward.moc"
