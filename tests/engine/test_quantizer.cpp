// Quantization and the quantized emulator: every layer kind has an integer kernel and a
// quantization rule; integer convolutions, dense and pooling equal a straightforward reference
// of the same arithmetic bit for bit; whole models track the float emulator (16-bit much closer
// than 8-bit); bias correction and equalization are measured; noise analysis finds a damaged
// layer; the .q.npz is deterministic and validated when read back.
#include <QtTest>

#include <cmath>

#include "core/error.h"
#include "emulator/executor.h"
#include "emulator/qkernel_registry.h"
#include "emulator/quantized_executor.h"
#include "importers/onnx/onnx_importer.h"
#include "io/archive.h"
#include "io/atomic_file.h"
#include "io/npy.h"
#include "ir/kinds/kinds.h"
#include "ir/layer_kind.h"
#include "pipeline/runner.h"
#include "quantizer/adaround.h"
#include "quantizer/bias_correction.h"
#include "quantizer/dead_channels.h"
#include "quantizer/noise_analysis.h"
#include "quantizer/precision_search.h"
#include "quantizer/zero_static_channels.h"
#include "quantizer/quantize_rules.h"
#include "quantizer/quantizer.h"
#include "script/model_script.h"
#include "script/script_parser.h"
#include "test_support.h"
#include "zoo/onnx_builder.h"

using namespace dfc;

namespace {

Graph importModel(const QTemporaryDir& dir, onnx::ModelProto model, const std::string& name)
{
    const std::string path = dir.filePath(QString::fromStdString(name + ".onnx")).toStdString();
    ImportResult r = importOnnxModel(std::move(model), path, {});
    if (!r.report.ok()) throw std::runtime_error("test model did not import");
    return std::move(r.graph);
}

QuantizedModel quantize(const Graph& g, const CalibrationSet& set, const QuantizationConfig& config = {})
{
    return quantizeGraph(g, activationStatistics(g, set, 8), config);
}

/// SNR (dB) of `actual` against `reference`, over all outputs together.
double snrOver(const TensorsByName& reference, const TensorsByName& actual)
{
    double s = 0, n = 0;
    for (const auto& [name, t] : reference)
        for (int64_t i = 0; i < t.size(); ++i) {
            s += double(t.data[i]) * t.data[i];
            n += std::pow(double(t.data[i]) - actual.at(name).data[i], 2);
        }
    return snrDb({s}, {n});
}

/// Output SNR (dB) of the quantized emulator against the float one over a set.
double outputSnr(const Graph& g, const QuantizedModel& model, const CalibrationSet& set)
{
    return snrOver(Executor(g).run(set.inputs).outputs, QuantizedExecutor(g, model).run(set.inputs).outputs);
}

/// The same requantization the kernels use, written out: multiplier, zero point, clamp (ReLU).
int32_t referenceRequantize(int64_t acc, double accScale, const QuantParams& out, bool relu)
{
    const int64_t v = int64_t(applyMultiplier(acc, fixedPointMultiplier(accScale / out.scale))) + out.zeroPoint;
    return static_cast<int32_t>(std::clamp<int64_t>(v, relu ? std::max(out.zeroPoint, out.qmin) : out.qmin, out.qmax));
}

/// Grouped convolution (conv and depthwise) in plain int64 loops over our kernel layouts.
std::vector<int32_t> referenceConv(const Layer& l, const LayerQuant& q, const QTensor& x)
{
    const Shape& ks = q.kernelShape;
    const bool dw = l.type() == "dw";
    const int64_t h = x.dim(1), w = x.dim(2), c = x.dim(3);
    const Window win = windowOf(l, ks[0], ks[1]);
    const int64_t groups = dw ? c : l.attr<int64_t>("groups");
    const int64_t cout = dw ? c * ks[3] : ks[3], cg = c / groups, coutG = cout / groups;
    const int64_t oh = win.outH(h), ow = win.outW(w);
    const bool relu = layerActivation(l) == "relu";
    std::vector<int32_t> out;
    for (int64_t oy = 0; oy < oh; ++oy)
        for (int64_t ox = 0; ox < ow; ++ox)
            for (int64_t co = 0; co < cout; ++co) {
                const int64_t g = co / coutG;
                int64_t acc = q.bias.empty() ? 0 : q.bias[co];
                for (int64_t ky = 0; ky < win.kh; ++ky)
                    for (int64_t kx = 0; kx < win.kw; ++kx) {
                        const int64_t iy = oy * win.sh - win.pt + ky * win.dh, ix = ox * win.sw - win.pl + kx * win.dw;
                        if (iy < 0 || iy >= h || ix < 0 || ix >= w) continue;
                        for (int64_t ci = 0; ci < cg; ++ci) {
                            const int64_t channel = g * cg + ci;
                            const int64_t k = dw ? ((ky * win.kw + kx) * c + channel) * ks[3] + co % ks[3]
                                                 : ((ky * win.kw + kx) * cg + ci) * cout + co;
                            acc += int64_t(x.data[(iy * w + ix) * c + channel] - x.params.zeroPoint) * q.kernel[k];
                        }
                    }
                out.push_back(referenceRequantize(acc, x.params.scale * q.kernelScale[co], q.output, relu));
            }
    return out;
}

std::vector<int32_t> referenceDense(const Layer& l, const LayerQuant& q, const QTensor& x)
{
    const int64_t in = q.kernelShape[0], cout = q.kernelShape[1];
    std::vector<int32_t> out;
    for (int64_t co = 0; co < cout; ++co) {
        int64_t acc = q.bias[co];
        for (int64_t i = 0; i < in; ++i) acc += int64_t(x.data[i] - x.params.zeroPoint) * q.kernel[i * cout + co];
        out.push_back(referenceRequantize(acc, x.params.scale * q.kernelScale[co], q.output, layerActivation(l) == "relu"));
    }
    return out;
}

std::vector<int32_t> referenceGlobalAverage(const Layer& l, const LayerQuant& q, const QTensor& x)
{
    const int64_t c = x.shape.back(), hw = x.size() / c;
    std::vector<int32_t> out;
    for (int64_t ch = 0; ch < c; ++ch) {
        int64_t acc = 0;
        for (int64_t p = 0; p < hw; ++p) acc += x.data[p * c + ch] - x.params.zeroPoint;
        out.push_back(referenceRequantize(acc, x.params.scale / double(hw), q.output, layerActivation(l) == "relu"));
    }
    return out;
}

/// Damages a conv the way real outliers do: every output channel gets a 60× weight on the input
/// channel that is least active on the data (so the float function barely changes, while the
/// per-channel scales grow 60× and the ordinary weights lose their precision).
void addOutliers(Graph& g, const std::string& layer, const CalibrationSet& data)
{
    const Tensor input = Executor(g).run(data.inputs, true).intermediates.at(g.layer(layer).inputs.at(0));
    const int64_t cin = input.shape.back();
    std::vector<double> activity(static_cast<size_t>(cin), 0.0);
    for (int64_t i = 0; i < input.size(); ++i) activity[i % cin] += std::fabs(input.data[i]);
    const int64_t quiet = std::min_element(activity.begin(), activity.end()) - activity.begin();
    Tensor& k = g.layer(layer).weights.at("kernel");  // [kh, kw, cin, cout]
    const int64_t cout = k.shape[3], centre = (k.shape[0] / 2 * k.shape[1] + k.shape[1] / 2) * k.shape[2];
    float maxAbs = 0;
    for (float v : k.data) maxAbs = std::max(maxAbs, std::fabs(v));
    for (int64_t c = 0; c < cout; ++c) k.data[(centre + quiet) * cout + c] = 60.0f * maxAbs;
}

}  // namespace

class TestQuantizer : public QObject {
    Q_OBJECT

private slots:
    void integerKernelsMatchReference_data()
    {
        QTest::addColumn<QString>("row");
        for (const char* r : {"conv_3x3_stride2_relu", "conv_grouped", "depthwise_multiplier2", "dense_and_global_pool", "conv_16bit"})
            QTest::newRow(r) << r;
    }

    void integerKernelsMatchReference()
    {
        QFETCH(QString, row);
        QTemporaryDir dir;
        OnnxBuilder b("k");
        const bool dense = row == "dense_and_global_pool";
        std::string x = b.input("x", dense ? std::vector<int64_t>{1, 6, 5, 3} : std::vector<int64_t>{1, 4, 7, 9});
        if (row == "conv_3x3_stride2_relu" || row == "conv_16bit") x = b.relu(b.conv(x, 4, 5, 3, 2, 1, true));
        if (row == "conv_grouped") x = b.conv(x, 4, 6, 3, 1, 2, true);
        if (row == "depthwise_multiplier2") x = b.conv(x, 4, 8, 3, 1, 4, true);
        if (dense) x = b.classifier(x, 6, 7);
        b.output(x);
        const Graph g = importModel(dir, b.finish(), "k");
        QuantizationConfig config;
        if (row == "conv_16bit")
            for (const Layer* l : g.topoOrder()) config.precision[l->name] = Precision{16, 16};
        const QuantizedModel model = quantize(g, test::randomCalibration(g, 8, 3), config);
        int checked = 0;
        for (const Layer* l : g.topoOrder()) {
            if (l->inputs.size() != 1) continue;
            const LayerQuant& q = model.at(l->name);
            // Inputs: random codes in the producer's encoding, odd values included.
            const QuantParams in = model.at(l->inputs[0]).output;
            Shape shape{1};
            for (int64_t d : l->inputShapes[0]) shape.push_back(d);
            QTensor codes{shape, std::vector<int32_t>(shapeElements(shape)), in};
            std::mt19937 rng(42);
            std::uniform_int_distribution<int32_t> code(in.qmin, in.qmax);
            for (int32_t& v : codes.data) v = code(rng);
            std::vector<int32_t> expected;
            if (l->type() == "conv" || l->type() == "dw") expected = referenceConv(*l, q, codes);
            else if (l->type() == "dense") expected = referenceDense(*l, q, codes);
            else if (l->type() == "global_avg_pool") expected = referenceGlobalAverage(*l, q, codes);
            else continue;
            const auto got = (*QKernelRegistry::instance().find(l->type()))(*l, q, {&codes});
            QCOMPARE(got.at(0).data.size(), expected.size());
            QVERIFY2(got[0].data == expected, qPrintable(QString::fromStdString(l->name)));
            ++checked;
        }
        QVERIFY(checked >= 1);
    }

    void resnet18TracksFloatAnd16BitIsMuchCloser()
    {
        QTemporaryDir dir;
        Graph g = importModel(dir, buildZooNetwork("resnet_v1_18"), "r18");
        const CalibrationSet calib = test::randomCalibration(g, 8, 1), eval = test::randomCalibration(g, 4, 2);
        const QuantizedModel q8 = quantize(g, calib);
        QuantizationConfig all16;
        for (const Layer* l : g.topoOrder()) all16.precision[l->name] = Precision{16, 16};
        const QuantizedModel q16 = quantize(g, calib, all16);
        const double snr8 = outputSnr(g, q8, eval), snr16 = outputSnr(g, q16, eval);
        qInfo("ResNet-18 (generated weights): output SNR 8-bit %.2f dB, 16-bit %.2f dB", snr8, snr16);
        QVERIFY2(snr8 > 15, "8-bit quantization lost the signal");
        QVERIFY2(snr16 > snr8 + 30, "16-bit should be far closer to float than 8-bit");
    }

    /// The search reaches a target 8 bits miss with layers it measured: the configuration it
    /// reports measures what it says, one layer fewer misses the target, and its script line
    /// gives back the same precisions (and, setting precisions, switches the search off).
    void mixedPrecisionSearchMeetsItsTargetWithMeasuredLayers()
    {
        QTemporaryDir dir;
        Graph g = importModel(dir, buildZooNetwork("resnet_v1_18"), "r18");
        const CalibrationSet calib = test::randomCalibration(g, 4, 1);
        const auto stats = activationStatistics(g, calib, 8);
        const double snr8 = outputSnr(g, quantizeGraph(g, stats, {}), calib);
        QuantizationConfig c;
        c.precisionSearch.enabled = true;
        c.precisionSearch.targetSnrDb = snr8 + 8;
        c.precisionSearch.maxShare = 1.0;
        const PrecisionSearchResult r = searchMixedPrecision(g, stats, c, calib, 8);
        qInfo("ResNet-18: %s (%d configurations measured)", r.summary().c_str(), r.rounds);
        QVERIFY(r.ran && r.metTarget());
        QVERIFY(!r.raised.empty() && int64_t(r.raised.size()) < r.candidates);
        QCOMPARE(int64_t(r.sensitivity.size()), r.candidates);
        QVERIFY(std::abs(r.worstBeforeDb - snr8) < 1e-6);
        QVERIFY(std::abs(outputSnr(g, quantizeGraph(g, stats, c), calib) - r.worstAfterDb) < 1e-6);
        for (const std::string& layer : r.raised) QCOMPARE(c.precision.at(layer).activationBits, 16);
        QuantizationConfig fewer;
        for (size_t i = 0; i + 1 < r.raised.size(); ++i) fewer.precision[r.raised[i]] = Precision{16, 16};
        QVERIFY2(outputSnr(g, quantizeGraph(g, stats, fewer), calib) < c.precisionSearch.targetSnrDb, "a smaller prefix met the target");
        const ModelScript kept = interpretScript(parseScript(r.scriptLine(), "keep.alls"), &g);
        QVERIFY(kept.ok());
        const QuantizationConfig again = kept.quantization.resolve(g, "keep.alls");
        QVERIFY(!again.precisionSearch.enabled);
        QCOMPARE(again.precision.size(), r.raised.size());
        for (const std::string& layer : r.raised) QCOMPARE(again.precision.at(layer).weightBits, 16);
    }

    /// Through the Runner: random data skips the default search (it would measure noise) and says
    /// so; policy=enabled runs it anyway, and the HAR records what it chose.
    void mixedPrecisionSearchSkipsRandomDataUnlessAsked()
    {
        QTemporaryDir dir;
        const std::string onnx = dir.filePath("r18.onnx").toStdString();
        writeFileAtomic(onnx, buildZooNetwork("resnet_v1_18").SerializeAsString());
        auto optimize = [&](const std::string& script) {
            Runner runner;
            runner.translate(onnx, {});
            CalibrationOptions calib;
            calib.random = true;
            calib.size = 4;
            const OptimizeSummary s = runner.optimize(interpretScript(parseScript(script, "t.alls"), &runner.graph()), calib);
            return std::make_pair(s.precisionSearch, runner.har().metadata["quantization"]["mix_precision_search"]);
        };
        const auto [skipped, skippedJson] = optimize("");
        QVERIFY(!skipped.ran && !skipped.skipReason.empty());
        QCOMPARE(skippedJson["ran"].get<bool>(), false);
        const auto [asked, askedJson] = optimize("post_quantization_optimization(mix_precision_search, policy=enabled, target_snr=150, dataset_size=2)\n");
        QVERIFY(asked.ran && !asked.raised.empty());
        QCOMPARE(askedJson["raised"].size(), asked.raised.size());
        QCOMPARE(askedJson["script_line"].get<std::string>(), asked.scriptLine());
    }

    void equalizationKeepsTheFunctionAndNarrowsRanges()
    {
        QTemporaryDir dir;
        Graph g = importModel(dir, buildZooNetwork("resnet_v1_18"), "r18");
        const CalibrationSet eval = test::randomCalibration(g, 2, 5);
        const auto before = Executor(g).run(eval.inputs).outputs;
        Graph eq = g;
        const auto pairs = equalizeWeights(eq);
        QVERIFY(pairs.size() >= 8);  // conv → ReLU → conv inside each basic block
        const auto after = Executor(eq).run(eval.inputs).outputs;
        for (const auto& [name, t] : before) QVERIFY(test::allClose(after.at(name), t, 1e-3, 1e-4));
        double worstBefore = 0, worstAfter = 0;
        for (const auto& p : pairs) worstBefore = std::max(worstBefore, p.rangeRatioBefore), worstAfter = std::max(worstAfter, p.rangeRatioAfter);
        qInfo("ResNet-18: %zu pairs, worst per-channel range ratio %.1f -> %.1f", pairs.size(), worstBefore, worstAfter);
        QVERIFY(worstAfter < worstBefore);
    }

    void noiseAnalysisFindsTheDamagedLayer()
    {
        QTemporaryDir dir;
        Graph g = importModel(dir, buildZooNetwork("resnet_v1_18"), "r18");
        std::string victim;
        int convs = 0;
        for (const Layer* l : g.topoOrder())
            if (l->type() == "conv" && ++convs == 8) victim = l->name;
        const CalibrationSet calib = test::randomCalibration(g, 8, 1), data = test::randomCalibration(g, 2, 9);
        addOutliers(g, victim, calib);
        const QuantizedModel model = quantize(g, calib);
        const NoiseReport report = analyzeNoise(g, model, data, 2);
        const auto ranking = report.ranking();
        qInfo("damaged %s: ranked first %s (%.2f dB), second %s (%.2f dB)", victim.c_str(), ranking[0]->layer.c_str(),
              ranking[0]->outputSnrDb[0], ranking[1]->layer.c_str(), ranking[1]->outputSnrDb[0]);
        QCOMPARE(ranking.at(0)->layer, victim);
        QCOMPARE(report.layers.size() + 1, g.topoOrder().size());  // all but the output layer
        const LayerNoise& worst = *ranking.at(0);
        qInfo("%s: clipped %.4f, range use %.3f, channel spread %.1f, weight range use %.3f", worst.layer.c_str(), worst.clippedShare,
              worst.rangeUse, worst.channelSpread, worst.weightRangeUse);
        QVERIFY(worst.rangeUse > 0 && worst.rangeUse <= 1 && worst.channelSpread >= 1 && worst.clippedShare >= 0);
        // The damage is one huge weight per output channel: the analysis names it.
        QVERIFY(std::count(worst.causes.begin(), worst.causes.end(), NoiseCause::WeightOutliers) == 1);
        QVERIFY(ranking.at(1)->weightRangeUse > kRangeUseFloor);

        // The measured fields survive the HAR's JSON; the quick mode measures the same full
        // quantization without the per-layer passes.
        const NoiseReport back = noiseReportFromJson(noiseReportJson(report, g, model), "noise.json");
        QCOMPARE(back.layers.size(), report.layers.size());
        for (size_t i = 0; i < back.layers.size(); ++i) {
            QCOMPARE(back.layers[i].outputSnrDb, report.layers[i].outputSnrDb);
            QCOMPARE(back.layers[i].causes, report.layers[i].causes);
            QCOMPARE(back.layers[i].channelSpread, report.layers[i].channelSpread);
        }
        const NoiseReport quick = analyzeNoise(g, model, data, 2, {}, false);
        QCOMPARE(quick.fullOutputSnrDb, report.fullOutputSnrDb);
        QVERIFY(quick.layers.at(0).outputSnrDb.empty());
        QCOMPARE(quick.layers.at(3).onLayerSnrDb, report.layers.at(3).onLayerSnrDb);
    }

    void reusedFloatValuesGiveTheSameRun()
    {
        // Noise analysis hands a float run's values to the layers upstream of the quantized one;
        // the outputs must be exactly those of a run that computes everything.
        QTemporaryDir dir;
        const Graph g = importModel(dir, buildZooNetwork("resnet_v1_18"), "r18");
        const CalibrationSet data = test::randomCalibration(g, 2, 3);
        const QuantizedModel model = quantize(g, data);
        const EmulatorRun ref = Executor(g).run(data.inputs, true);
        QuantizedExecutor run(g, model);
        std::string middle;
        int convs = 0;
        for (const Layer* l : g.topoOrder())
            if (l->type() == "conv" && ++convs == 10) middle = l->name;
        run.quantizeOnly(std::set<std::string>{middle});
        const QuantizedRun computed = run.run(data.inputs);
        run.reuseFloat(&ref.intermediates);
        const QuantizedRun reused = run.run(data.inputs);
        for (const auto& [name, t] : computed.outputs) QVERIFY(test::allClose(reused.outputs.at(name), t, 0, 0));
        run.quantizeOnly(std::nullopt);  // everything integer: nothing may be taken from the float run
        QVERIFY(test::allClose(run.run(data.inputs).outputs.begin()->second, QuantizedExecutor(g, model).run(data.inputs).outputs.begin()->second, 0, 0));
    }

    void quantizedModelIsDeterministicAndRoundTrips()
    {
        QTemporaryDir dir;
        const Graph g = importModel(dir, buildZooNetwork("mobilenet_v2"), "m");
        const CalibrationSet calib = test::randomCalibration(g, 4, 7);
        const std::string a = encodeQuantizedModel(quantize(g, calib), g.name), b = encodeQuantizedModel(quantize(g, calib), g.name);
        QVERIFY(a == b);
        const QuantizedModel back = decodeQuantizedModel(a, g, "m.q.npz");
        QVERIFY(encodeQuantizedModel(back, g.name) == a);
        // HARs written before the members were scoped ("<layer>/<field>.npy") still read the same.
        std::map<std::string, std::string> old;
        for (auto& [name, data] : readArchive(a, "q")) {
            std::string unscoped = name.substr(g.name.size() + 1);
            unscoped.replace(unscoped.rfind(":0.npy"), 6, ".npy");
            old[unscoped] = data;
        }
        QVERIFY(encodeQuantizedModel(decodeQuantizedModel(writeArchive(old, ArchiveFormat::Zip), g, "old.q.npz"), g.name) == a);
    }

    void malformedQuantizedModelIsRefused_data()
    {
        QTest::addColumn<QString>("damage");
        for (const char* d : {"missing_layer", "bad_bits", "code_out_of_range", "negative_scale", "kernel_size"}) QTest::newRow(d) << d;
    }

    void malformedQuantizedModelIsRefused()
    {
        QFETCH(QString, damage);
        QTemporaryDir dir;
        OnnxBuilder b("s");
        b.output(b.relu(b.conv(b.input("x", {1, 3, 5, 5}), 3, 4, 3, 1, 1, true)));
        const Graph g = importModel(dir, b.finish(), "s");
        QuantizedModel model = quantize(g, test::randomCalibration(g, 2, 1));
        std::string conv;
        for (const Layer* l : g.topoOrder())
            if (l->type() == "conv") conv = l->name;
        LayerQuant& q = model.layers.at(conv);
        auto members = readArchive(encodeQuantizedModel(model, g.name), "q");
        if (damage == "missing_layer") members.erase(quantizedMemberName(g.name, conv, "output"));
        if (damage == "bad_bits") members[quantizedMemberName(g.name, conv, "output")] = encodeNpyFloat64({3}, {q.output.scale, 0, 12});
        if (damage == "code_out_of_range") {
            q.kernel[0] = 1000;
            members[quantizedMemberName(g.name, conv, "kernel")] = encodeNpyInt32(q.kernelShape, q.kernel);
        }
        if (damage == "negative_scale") members[quantizedMemberName(g.name, conv, "output")] = encodeNpyFloat64({3}, {-1, 0, 8});
        if (damage == "kernel_size") members[quantizedMemberName(g.name, conv, "kernel")] = encodeNpyInt32({3}, {1, 2, 3});
        try {
            decodeQuantizedModel(writeArchive(members, ArchiveFormat::Zip), g, "s.q.npz");
            QFAIL("accepted a damaged quantized model");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidFormat);
            QVERIFY(std::string(e.what()).find("s.q.npz") != std::string::npos);
        }
    }

    /// The real OCR direction classifier: optimize at levels 0 and 2 and with 16 bits through
    /// the Runner (HAR round trip, all three emulator modes), compare SNRs.
    void realClassifierOptimizesAtEveryLevel()
    {
        QTemporaryDir dir;
        const std::string model = test::assetModel("ch_ppocr_mobile_v2.0_cls_infer.onnx");
        ImportOptions options;
        options.inputShapes["x"] = {1, 3, 48, 192};
        auto run = [&](const std::string& script, double* snr) {
            Runner runner;
            QVERIFY(runner.translate(model, options).ok());
            CalibrationOptions calib;
            calib.random = true;
            calib.size = 32;
            runner.optimize(interpretScript(parseScript(script, "t.alls"), &runner.graph()), calib);
            const std::string har = dir.filePath("q.har").toStdString();
            runner.saveHar(har);
            Runner loaded;
            loaded.loadHar(har);
            CalibrationOptions eval = calib;
            eval.seed = 99;
            eval.size = 8;
            const CalibrationSet set = loadCalibrationSet(loaded.graph(), eval);
            const auto native = loaded.infer(InferMode::Native, set.inputs);
            const auto fp = loaded.infer(InferMode::FpOptimized, set.inputs);
            const auto quant = loaded.infer(InferMode::Quantized, set.inputs);
            for (const auto& [name, t] : native)
                QVERIFY(test::allClose(fp.at(name), t, 1e-3, 1e-4));  // equalization keeps the function
            *snr = snrOver(native, quant);
        };
        double level0 = 0, level2 = 0, level3 = 0, wide = 0, fourBit = 0, fourBitAdaRound = 0, fourBitCorrected = 0;
        run("model_optimization_flavor(optimization_level=0)\n", &level0);
        run("model_optimization_flavor(optimization_level=2)\n", &level2);
        run("model_optimization_flavor(optimization_level=3)\n", &level3);
        run("quantization_param({*}, precision_mode=a16_w16)\n", &wide);
        run("model_optimization_flavor(optimization_level=0, compression_level=4)\n", &fourBit);
        run("model_optimization_flavor(optimization_level=0, compression_level=4)\n"
            "post_quantization_optimization(adaround, policy=enabled)\n", &fourBitAdaRound);
        run("model_optimization_flavor(optimization_level=1, compression_level=4)\n", &fourBitCorrected);
        qInfo("ch_ppocr cls: output SNR level 0 %.2f dB, level 2 (equalization + IBC) %.2f dB (%+.2f), level 3 (equalization + "
              "AdaRound) %.2f dB (%+.2f), all 16-bit %.2f dB",
              level0, level2, level2 - level0, level3, level3 - level0, wide);
        qInfo("ch_ppocr cls, 80%% of weights in 4 bits: nearest rounding %.2f dB, AdaRound %.2f dB (%+.2f), iterative bias correction "
              "%.2f dB (%+.2f)",
              fourBit, fourBitAdaRound, fourBitAdaRound - fourBit, fourBitCorrected, fourBitCorrected - fourBit);
        QVERIFY(level0 > 15);
        QVERIFY2(level2 >= level0 - 0.5, "level 2 must not be worse than level 0");
        QVERIFY(wide > level0 + 10);  // unseen data exceeds calibrated ranges: clipping, not rounding, limits 16 bits
        QVERIFY2(level3 >= level0, "level 3 (AdaRound on all layers) must not be worse than level 0");
        QVERIFY2(fourBitAdaRound > fourBit + 0.5, "AdaRound should recover part of what 4-bit rounding loses");
        QVERIFY2(fourBitCorrected > fourBit + 2, "iterative bias correction should remove the mean shift of 4-bit weights");
    }

    /// transpose() on the real OCR classifier (48×192: height and width differ fourfold),
    /// calibrated from the same host-ordered .npy: the quantized model must compute the same.
    void transposedClassifierQuantizesTheSame()
    {
        QTemporaryDir dir;
        const std::string model = test::assetModel("ch_ppocr_mobile_v2.0_cls_infer.onnx");
        ImportOptions options;
        options.inputShapes["x"] = {1, 3, 48, 192};
        const std::string calib = dir.filePath("calib.npy").toStdString();
        writeNpyFile(calib, test::randomTensor({16, 48, 192, 3}, 4));
        const Tensor x = test::randomTensor({32, 3, 48, 192}, 5);
        auto run = [&](const std::string& script, InferMode mode) {
            Runner runner;
            runner.translate(model, options);
            CalibrationOptions c;
            c.path = calib;
            c.size = 16;
            runner.optimize(interpretScript(parseScript(script, "t.alls"), &runner.graph()), c);
            return runner.inferOriginal(mode, {{"x", x}}).begin()->second;
        };
        const std::string level0 = "model_optimization_flavor(optimization_level=0)\n";
        const Tensor native = run(level0, InferMode::Native);
        const Tensor plain = run(level0, InferMode::Quantized), turned = run("transpose()\n" + level0, InferMode::Quantized);
        QCOMPARE(turned.shape, plain.shape);
        // Not bit-identical: float sums in swapped order round differently (conv1's range differs
        // in the 9th digit), which moves some requantized codes by one step, layer after layer.
        auto snr = [&](const Tensor& q) { return snrOver({{"out", native}}, {{"out", q}}); };
        double maxAbs = 0;
        for (int64_t i = 0; i < plain.size(); ++i) maxAbs = std::max(maxAbs, double(std::fabs(plain.data[i] - turned.data[i])));
        qInfo("ch_ppocr cls level 0: output SNR %.2f dB, transposed %.2f dB; quantized outputs differ by at most %.3g",
              snr(plain), snr(turned), maxAbs);
        QVERIFY(std::fabs(snr(plain) - snr(turned)) < 1.5);
        QVERIFY(maxAbs < 8.5 / 255);  // softmax outputs in [0, 1], 8-bit steps of 1/255
        QVERIFY(test::allClose(run("transpose()\n" + level0, InferMode::FpOptimized), run(level0, InferMode::FpOptimized), 1e-4, 1e-5));
    }

    void zeroStaticChannelsKeepTheFunction()
    {
        QTemporaryDir dir;
        OnnxBuilder b("static");
        const std::string x = b.input("x", {1, 3, 12, 12});
        const std::string a = b.relu(b.conv(x, 3, 4, 3, 1, 1, true));
        b.output(b.conv(b.relu(b.conv(a, 4, 6, 1, 1, 1, true)), 6, 5, 3, 1, 1, true));
        Graph g = importModel(dir, b.finish(), "static");
        // conv1's channel 0 is always 0 after ReLU, channel 1 always 2: both carry nothing.
        Layer& first = g.layer("conv1");
        Tensor& k = first.weights.at("kernel");
        for (int64_t i = 0; i < k.size(); ++i)
            if (i % 4 < 2) k.data[i] = 0;
        first.weights.at("bias").data[0] = -1, first.weights.at("bias").data[1] = 2;
        const CalibrationSet calib = test::randomCalibration(g, 4, 3);
        const auto before = Executor(g).run(calib.inputs).outputs;
        const auto stats = activationStatistics(g, calib, 4);
        const auto zeroed = zeroStaticChannels(g, stats, 1e-7);
        // (conv3 may find dead ReLU channels of conv2 too: random weights, four images.)
        const auto second = std::find_if(zeroed.begin(), zeroed.end(), [](const ZeroedChannels& z) { return z.layer == "conv2"; });
        QVERIFY(second != zeroed.end());
        QCOMPARE(second->channels, (std::vector<int64_t>{0, 1}));
        QCOMPARE(second->folded, int64_t(1));  // the constant 2, into conv2's bias (1×1, no padding)
        const Tensor& k2 = g.layer("conv2").weight("kernel");
        for (int64_t i = 0; i < k2.size(); ++i)
            if ((i / 6) % 4 < 2) QCOMPARE(k2.data[i], 0.0f);
        for (const auto& [name, t] : Executor(g).run(calib.inputs).outputs) QVERIFY(test::allClose(before.at(name), t, 1e-5, 1e-5));
        // A 3×3 consumer with padding cannot take a non-zero constant into its bias: left alone.
        Graph padded = importModel(dir, [] {
            OnnxBuilder p("padded");
            const std::string in = p.input("x", {1, 3, 8, 8});
            p.output(p.conv(p.relu(p.conv(in, 3, 2, 1, 1, 1, true)), 2, 2, 3, 1, 1, true));
            return p.finish();
        }(), "padded");
        Tensor& pk = padded.layer("conv1").weights.at("kernel");
        std::fill(pk.data.begin(), pk.data.end(), 0.0f);
        padded.layer("conv1").weights.at("bias").data = {0.0f, 3.0f};
        const auto z = zeroStaticChannels(padded, activationStatistics(padded, test::randomCalibration(padded, 2, 4), 2), 1e-7);
        QCOMPARE(z.size(), size_t(1));
        QCOMPARE(z[0].channels, (std::vector<int64_t>{0}));
    }

    void deadChannelsArePrunedAndTheFunctionStays()
    {
        QTemporaryDir dir;
        OnnxBuilder b("dead");
        const std::string x = b.input("x", {1, 3, 12, 12});
        const std::string a = b.relu(b.conv(x, 3, 6, 3, 1, 1, true));
        b.output(b.conv(b.relu(b.conv(a, 6, 5, 3, 1, 1, true)), 5, 4, 1, 1, 1, true));
        Graph g = importModel(dir, b.finish(), "dead");
        Tensor& k1 = g.layer("conv1").weights.at("kernel");  // [3, 3, 3, 6]
        for (int64_t i = 0; i < k1.size(); ++i)
            if (i % 6 == 1 || i % 6 == 4) k1.data[i] = 0;
        g.layer("conv1").weights.at("bias").data[1] = -0.5f;  // ReLU(−0.5) = 0: dead
        g.layer("conv1").weights.at("bias").data[4] = 0.25f;  // ReLU(0.25) ≠ 0: a constant, alive
        Tensor& k2 = g.layer("conv2").weights.at("kernel");  // [3, 3, 6, 5]
        for (int64_t i = 0; i < k2.size(); ++i)
            if (i % 5 == 2) k2.data[i] = 0;
        g.layer("conv2").weights.at("bias").data[2] = 0;
        const TensorsByName input{{"input_layer1", test::randomTensor({2, 12, 12, 3}, 8)}};
        const auto before = Executor(g).run(input).outputs;
        const auto removed = removeDeadChannels(g);
        QCOMPARE(removed.size(), size_t(2));
        QCOMPARE(removed[0].layer, std::string("conv1"));
        QCOMPARE(removed[0].channels, (std::vector<int64_t>{1}));
        QCOMPARE(removed[1].channels, (std::vector<int64_t>{2}));
        QCOMPARE(g.layer("conv1").outputShape(), (Shape{12, 12, 5}));
        QCOMPARE(g.layer("conv2").weight("kernel").shape, (Shape{3, 3, 5, 4}));
        QCOMPARE(g.layer("conv3").weight("kernel").shape, (Shape{1, 1, 4, 4}));
        for (const auto& [name, t] : Executor(g).run(input).outputs) QVERIFY(test::allClose(before.at(name), t, 1e-5, 1e-5));
        QVERIFY(removeDeadChannels(g).empty());  // nothing left to prune
    }

    /// Iterative correction runs its images as one batch: large inputs lower the count, which
    /// the optimize summary then reports (never silently fewer images).
    void iterativeCorrectionBoundsItsBatch()
    {
        Graph g;
        Layer in;
        in.name = "in";
        in.kind = &LayerKindRegistry::instance().get("input_layer");
        in.inputShapes = {{2048, 2048, 8}};
        g.addLayer(std::move(in));
        g.inferShapes();
        const int64_t used = iterativeCorrectionImages(g, 64);
        QVERIFY2(used >= 1 && used < 64, qPrintable(QString::number(used)));
        g.layer("in").inputShapes = {{112, 112, 64}};  // ResNet-50's largest tensor
        g.inferShapes();
        QCOMPARE(iterativeCorrectionImages(g, 64), int64_t{64});
    }

    void adaroundReconstructsLayersBetterThanNearestRounding()
    {
        QTemporaryDir dir;
        Graph g = importModel(dir, buildZooNetwork("resnet_v1_18"), "r18");
        const CalibrationSet calib = test::randomCalibration(g, 4, 1);
        QuantizationConfig config;
        for (const char* layer : {"conv5", "conv9", "fc1"}) config.precision[layer] = Precision{8, 4};
        QuantizedModel model = quantize(g, calib, config);
        const QuantizedModel nearest = model;
        AdaRoundOptions options;
        options.iterations = 300;
        const auto reports = adaroundLayers(g, model, {"conv5", "conv9", "fc1"}, calib, 4, 4, options);
        QCOMPARE(reports.size(), size_t(3));
        // fc1 sees one row per image: 4 rows for 512 weights per channel would be memorized.
        QVERIFY(!reports[2].kept && reports[2].skipped.find("fewer calibration rows") != std::string::npos);
        QCOMPARE(model.at("fc1").kernel, nearest.at("fc1").kernel);
        for (const AdaRoundReport& r : {reports[0], reports[1]}) {
            qInfo("%s: %lld rows, output MSE nearest %.4g, AdaRound %.4g, %.1f%% of weights flipped", r.layer.c_str(), (long long)r.rows,
                  r.nearestMse, r.learnedMse, 100 * r.flipped);
            QVERIFY2(r.kept && r.learnedMse < 0.9 * r.nearestMse, r.layer.c_str());
            QVERIFY(r.flipped > 0 && r.flipped < 0.5);
            // Still a 4-bit kernel: every code inside the grid, each at most one step from nearest.
            const auto& before = nearest.at(r.layer).kernel;
            const auto& after = model.at(r.layer).kernel;
            for (size_t i = 0; i < after.size(); ++i) {
                QVERIFY(after[i] >= -7 && after[i] <= 7);
                QVERIFY(std::abs(after[i] - before[i]) <= 1);
            }
            QVERIFY(std::count(model.at(r.layer).algorithms.begin(), model.at(r.layer).algorithms.end(), "adaround") == 1);
        }
        // Deterministic for a seed: the same run gives the same kernels.
        QuantizedModel again = nearest;
        adaroundLayers(g, again, {"conv5", "conv9", "fc1"}, calib, 4, 4, options);
        QVERIFY(encodeQuantizedModel(again, g.name) == encodeQuantizedModel(model, g.name));
    }
};

QTEST_GUILESS_MAIN(TestQuantizer)
#include "test_quantizer.moc"
