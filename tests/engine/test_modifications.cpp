// The full-precision stage: model-script modifications change the graph as the user guide says
// (checked numerically against the native model), errors point at the script's line:col, and
// the Runner's state moves native → fp_optimized and survives a HAR round trip.
#include <QtTest>

#include <filesystem>
#include <set>

#include "core/error.h"
#include "emulator/executor.h"
#include "importers/onnx/onnx_importer.h"
#include "io/atomic_file.h"
#include "io/har.h"
#include "pipeline/runner.h"
#include "quantizer/model_modifications.h"
#include "script/script_parser.h"
#include "test_support.h"
#include "zoo/onnx_builder.h"

using namespace dfc;
namespace fs = std::filesystem;

class TestModifications : public QObject {
    Q_OBJECT
    QTemporaryDir mDir;
    Graph mNet;  // MobileNetV2 (generated), native
    std::string mHar;

    Tensor run(const Graph& g, const Tensor& nchw) { return inferOriginalLayout(g, {{"input", nchw}}).begin()->second; }

    static double maxDiff(const Tensor& a, const Tensor& b)
    {
        double m = 0;
        for (int64_t i = 0; i < a.size(); ++i) m = std::max(m, double(std::fabs(a.data[i] - b.data[i])));
        return m;
    }

private slots:
    void initTestCase()
    {
        const std::string path = mDir.filePath("mobilenet_v2.onnx").toStdString();
        writeFileAtomic(path, buildZooNetwork("mobilenet_v2").SerializeAsString());
        Runner runner;
        QVERIFY(runner.translate(path, {}).ok());
        mNet = runner.graph();
        mHar = mDir.filePath("native.har").toStdString();
        runner.saveHar(mHar);
    }

    void normalizationMatchesNormalizedInput()
    {
        Graph g = mNet;
        const auto records = applyModelModifications(
            g, parseScript("norm1 = normalization([123.675, 116.28, 103.53], [58.395, 57.12, 57.375])\n", "n.alls"));
        QCOMPARE(records.size(), size_t{1});
        QVERIFY(g.find("norm1"));
        Tensor raw = test::randomTensor({1, 3, 224, 224}, 3), normalized = raw;
        const float mean[] = {123.675f, 116.28f, 103.53f}, stddev[] = {58.395f, 57.12f, 57.375f};
        for (int64_t i = 0; i < raw.size(); ++i) {
            const int64_t c = (i / (224 * 224)) % 3;
            raw.data[i] = (raw.data[i] + 1) * 127.5f;
            normalized.data[i] = (raw.data[i] - mean[c]) / stddev[c];
        }
        const double d = maxDiff(run(g, raw), run(mNet, normalized));
        qInfo("normalization on the device vs normalized input: max |diff| %.3g", d);
        QVERIFY(d < 1e-4);
    }

    void corpusNormalizationsApply()
    {
        // Every normalization statement of the vendor's public model scripts (3-channel ones),
        // applied to our MobileNetV2: the inserted layer computes (x − mean) / std.
        const std::string corpus = std::string(DFC_SOURCE_DIR) + "/../shared/corpus/alls";
        if (!fs::exists(corpus)) QSKIP("../shared/corpus/alls is absent: corpus not tested");
        std::set<std::string> seen;
        for (const auto& e : fs::recursive_directory_iterator(corpus)) {
            if (e.path().extension() != ".alls") continue;
            for (const auto& st : parseScriptFile(e.path().string()).statements) {
                if (st.command != "normalization" || st.positional().size() != 2) continue;
                if (st.positional()[0]->value.items.size() != 3) continue;
                Script one{e.path().string(), {st}};
                if (!seen.insert(formatStatement(st)).second) continue;
                Graph g = mNet;
                applyModelModifications(g, one);
                const Layer& norm = g.layer(g.layer("input_layer1").outputs.at(0));
                QCOMPARE(norm.type(), std::string("normalization"));
                for (int c = 0; c < 3; ++c) {
                    const double m = st.positional()[0]->value.items[c].number, s = st.positional()[1]->value.items[c].number;
                    QVERIFY(std::fabs(norm.weight("kernel").data[c] - 1 / s) < 1e-6 * std::fabs(1 / s));
                    QVERIFY(std::fabs(norm.weight("bias").data[c] + m / s) < 1e-5 * std::max(1.0, std::fabs(m / s)));
                }
            }
        }
        qInfo("%zu distinct corpus normalizations applied", seen.size());
        QVERIFY(seen.size() >= 5);
    }

    void outputActivationAndBgrSwap()
    {
        Graph g = mNet;
        applyModelModifications(g, parseScript("change_output_activation(fc1, sigmoid)\ninput_conversion(bgr_to_rgb)\n", "o.alls"));
        const Tensor x = test::randomTensor({1, 3, 224, 224}, 4);
        Tensor swapped = x;  // what the native model sees after the on-device swap
        const int64_t plane = 224 * 224;
        for (int64_t i = 0; i < plane; ++i) std::swap(swapped.data[i], swapped.data[2 * plane + i]);
        const Tensor native = run(mNet, swapped), fp = run(g, x);
        double d = 0;
        for (int64_t i = 0; i < fp.size(); ++i) d = std::max(d, std::fabs(fp.data[i] - 1 / (1 + std::exp(-double(native.data[i])))));
        qInfo("sigmoid output with BGR→RGB swap vs native: max |diff| %.3g", d);
        QVERIFY(d < 1e-5);
    }

    void logitsAndActivationOnAllOutputs()
    {
        Graph g = mNet;
        applyModelModifications(g, parseScript("logits_layer1 = logits_layer(mobilenet_v2/fc1, softmax, -1, cpu)\n", "l.alls"));
        QVERIFY(g.find("logits_layer1"));
        const Tensor x = test::randomTensor({1, 3, 224, 224}, 14);
        const Tensor native = run(mNet, x), probs = run(g, x);
        double mx = -1e30, sum = 0, err = 0, total = 0;
        for (float v : native.data) mx = std::max(mx, double(v));
        for (float v : native.data) sum += std::exp(v - mx);
        for (int64_t i = 0; i < probs.size(); ++i) {
            err = std::max(err, std::fabs(probs.data[i] - std::exp(native.data[i] - mx) / sum));
            total += probs.data[i];
        }
        qInfo("softmax logits layer vs softmax of native logits: max |diff| %.3g, sum %.6f", err, total);
        QVERIFY(err < 1e-6 && std::fabs(total - 1) < 1e-4);
        Graph h = mNet;  // no layer named: every output; twice: a standalone activation follows
        applyModelModifications(h, parseScript("change_output_activation(relu)\nchange_output_activation(sigmoid)\n", "a.alls"));
        const Tensor y = run(h, x);
        for (int64_t i = 0; i < y.size(); ++i)
            QVERIFY(std::fabs(y.data[i] - 1 / (1 + std::exp(-std::max(0.0, double(native.data[i]))))) < 1e-6);
    }

    void inputResizeTakesTheNewShape()
    {
        Graph g = mNet;
        applyModelModifications(g, parseScript("resize_input1 = resize(input_layer1, resize_shapes=[448, 336])\n", "z.alls"));
        QCOMPARE(g.layer("input_layer1").outputShape(), (Shape{448, 336, 3}));
        QCOMPARE(g.layer("resize_input1").outputShape(), (Shape{224, 224, 3}));
        // A uniform image stays uniform through any resize: both models see the same pixels.
        Tensor big({1, 3, 448, 336}), small({1, 3, 224, 224});
        for (int64_t i = 0; i < big.size(); ++i) big.data[i] = 0.25f * float(i / (448 * 336)) - 0.3f;
        for (int64_t i = 0; i < small.size(); ++i) small.data[i] = 0.25f * float(i / (224 * 224)) - 0.3f;
        QVERIFY(maxDiff(run(g, big), run(mNet, small)) < 1e-5);
    }

    void yuvToRgbFollowsTheGuide()
    {
        Graph g = mNet;
        applyModelModifications(g, parseScript("rgb = input_conversion(input_layer1, yuv_to_rgb)\n", "y.alls"));
        Tensor yuv = test::randomTensor({1, 3, 224, 224}, 15), rgb = yuv;
        const int64_t plane = 224 * 224;
        for (int64_t i = 0; i < plane; ++i) {
            const double y = (yuv.data[i] + 1) * 100 + 16, u = (yuv.data[plane + i] + 1) * 100 + 28,
                         v = (yuv.data[2 * plane + i] + 1) * 100 + 28;
            yuv.data[i] = float(y), yuv.data[plane + i] = float(u), yuv.data[2 * plane + i] = float(v);
            rgb.data[i] = float(1.164 * (y - 16) + 1.596 * (v - 128));  // BT.601
            rgb.data[plane + i] = float(1.164 * (y - 16) - 0.392 * (u - 128) - 0.813 * (v - 128));
            rgb.data[2 * plane + i] = float(1.164 * (y - 16) + 2.017 * (u - 128));
        }
        const double d = maxDiff(run(g, yuv), run(mNet, rgb));
        qInfo("yuv_to_rgb on the device vs BT.601 on the host: max |diff| %.3g", d);
        QVERIFY(d < 1e-3);
    }

    /// Camera formats packed here from their definitions (YUY2 4:2:2; NV12, NV21, i420 4:2:0),
    /// converted on the device to YUV and then RGB: the network sees what BT.601 on the host gives.
    void cameraFormatsConvertOnTheDevice_data()
    {
        QTest::addColumn<QString>("format");
        for (const char* f : {"yuy2", "nv12", "nv21", "i420"}) QTest::newRow(f) << QString(f);
    }

    void cameraFormatsConvertOnTheDevice()
    {
        QFETCH(QString, format);
        const std::string fmt = format.toStdString();
        Graph g = mNet;
        const auto records = applyModelModifications(
            g, parseScript("fc, rgb = input_conversion(input_layer1, " + fmt + "_to_rgb, emulator_support=True)\n", "c.alls"));
        QVERIFY(g.find("fc") && g.layer("fc").type() == "format_conversion" && g.find("rgb"));
        const int64_t h = 224, w = 224;
        const bool packed = fmt == "yuy2";
        QCOMPARE(g.layer("input_layer1").outputShape(), packed ? (Shape{h, w, 2}) : (Shape{h * 3 / 2, w, 1}));
        const int64_t ch = packed ? h : h / 2, cw = w / 2;  // chroma plane size
        std::vector<float> yp(h * w), up(ch * cw), vp(ch * cw);
        uint64_t seed = 5;
        auto byte = [&](int lo, int hi) { return seed = seed * 6364136223846793005ull + 1, float(lo + int((seed >> 33) % (hi - lo))); };
        for (float& v : yp) v = byte(16, 236);
        for (size_t i = 0; i < up.size(); ++i) up[i] = byte(16, 241), vp[i] = byte(16, 241);
        Tensor source({1, packed ? h : h * 3 / 2, w, packed ? 2 : 1});
        float* src = source.data.data();
        for (int64_t y = 0; y < h; ++y)
            for (int64_t x = 0; x < w; ++x) {
                if (packed) {  // Y0 U Y1 V per pixel pair
                    src[(y * w + x) * 2] = yp[y * w + x];
                    src[(y * w + x) * 2 + 1] = x % 2 == 0 ? up[y * cw + x / 2] : vp[y * cw + x / 2];
                } else {
                    src[y * w + x] = yp[y * w + x];
                }
            }
        if (!packed)
            for (int64_t y = 0; y < ch; ++y)
                for (int64_t x = 0; x < cw; ++x) {
                    const float u = up[y * cw + x], v = vp[y * cw + x];
                    if (fmt == "i420") {
                        src[h * w + y * cw + x] = u;
                        src[h * w + ch * cw + y * cw + x] = v;
                    } else {
                        src[h * w + y * w + 2 * x] = fmt == "nv12" ? u : v;
                        src[h * w + y * w + 2 * x + 1] = fmt == "nv12" ? v : u;
                    }
                }
        Tensor rgb({1, 3, h, w});
        for (int64_t y = 0; y < h; ++y)
            for (int64_t x = 0; x < w; ++x) {
                const int64_t c = (packed ? y : y / 2) * cw + x / 2;
                const double Y = yp[y * w + x], U = up[c], V = vp[c];
                rgb.data[y * w + x] = float(1.164 * (Y - 16) + 1.596 * (V - 128));
                rgb.data[h * w + y * w + x] = float(1.164 * (Y - 16) - 0.392 * (U - 128) - 0.813 * (V - 128));
                rgb.data[2 * h * w + y * w + x] = float(1.164 * (Y - 16) + 2.017 * (U - 128));
            }
        const Tensor device = Executor(g).run({{"input_layer1", source}}).outputs.begin()->second;
        const double d = maxDiff(device, run(mNet, rgb));
        qInfo("%s → YUV → RGB on the device vs BT.601 on the host: max |diff| %.3g (%s)", fmt.c_str(), d, records[0].summary.c_str());
        QVERIFY(d < 1e-3);
    }

    void removeNodeBypassesALayer()
    {
        // A layer added by an earlier statement, then removed: the graph is the native one again.
        Graph g = mNet;
        applyModelModifications(g, parseScript("n = normalization([1, 2, 3], [2, 2, 2])\nremove_node(n)\n", "r.alls"));
        QCOMPARE(g.size(), mNet.size());
        QVERIFY(!g.find("n"));
        const Tensor x = test::randomTensor({1, 3, 224, 224}, 6);
        QCOMPARE(maxDiff(run(g, x), run(mNet, x)), 0.0);
    }

    void errorsPointAtTheStatement()
    {
        Graph g = mNet;
        auto expectError = [&](const std::string& text, const char* at, const char* words) {
            try {
                applyModelModifications(g, parseScript(text, "bad.alls"));
                QFAIL(("accepted: " + text).c_str());
            } catch (const Error& e) {
                QCOMPARE(QString::fromStdString(e.location()), QString(at));
                QVERIFY2(e.message().find(words) != std::string::npos, e.what());
                QCOMPARE(e.file(), std::string("bad.alls"));
            }
        };
        expectError("\nnormalization([1, 2], [1, 2, 3])\n", "2:1", "different lengths");
        expectError("normalization([1], [0])\n", "1:1", "divide by zero");
        expectError("normalization([1, 2], [3, 4])\n", "1:1", "3 channels");
        expectError("change_output_activation(fc1, sigmoidd)\n", "1:1", "unknown activation");
        expectError("change_output_activation(conv_nope, sigmoid)\n", "1:1", "no layer named 'conv_nope'");
        expectError("remove_node(input_layer1)\n", "1:1", "cannot be removed");
        expectError("input_conversion(tf_rgbx_to_hailo_rgb)\n", "1:1", "not applied by this version");
    }

    void runnerMovesToFpOptimizedAndBack()
    {
        Runner runner;
        runner.loadHar(mHar);
        const Script s = parseScript("normalization1 = normalization([0, 0, 0], [255, 255, 255])\n"
                                     "model_optimization_flavor(optimization_level=2)\n", "m.alls");
        const ScriptCheck check = runner.optimizeFullPrecision(s);
        QCOMPARE(check.notApplied, std::vector<std::string>{"model_optimization_flavor"});
        QCOMPARE(runner.state(), ModelState::FpOptimized);
        const Tensor x = test::randomTensor({1, 3, 224, 224}, 8);
        // The unmodified model is kept: native mode runs it (the normalization changes the result).
        const Tensor native = runner.inferOriginal(InferMode::Native, {{"input", x}}).begin()->second;
        QVERIFY(maxDiff(native, runner.inferOriginal(InferMode::FpOptimized, {{"input", x}}).begin()->second) > 1e-3);
        QVERIFY_THROWS_EXCEPTION(Error, runner.inferOriginal(InferMode::Quantized, {{"input", x}}));
        QVERIFY_THROWS_EXCEPTION(Error, runner.optimizeFullPrecision(s));  // states only move forward
        const std::string out = mDir.filePath("fp.har").toStdString();
        runner.saveHar(out);
        Runner again;
        again.loadHar(out);
        QCOMPARE(again.state(), ModelState::FpOptimized);
        QVERIFY(again.graph().find("normalization1"));
        QCOMPARE(again.har().metadata["model_script"]["modifications"].size(), size_t{1});
        const Tensor a = again.inferOriginal(InferMode::FpOptimized, {{"input", x}}).begin()->second;
        const Tensor b = runner.inferOriginal(InferMode::FpOptimized, {{"input", x}}).begin()->second;
        QCOMPARE(maxDiff(a, b), 0.0);
        // Calibration settings come from the script; other algorithms are listed as not applied.
        const Script cal = parseScript("model_optimization_config(calibration, calibset_size=5, batch_size=2)\n"
                                       "model_optimization_config(checker_cfg, policy=disabled)\n", "c.alls");
        int64_t size = 64, batch = 8;
        calibrationSettingsFromScript(cal, size, batch);
        QCOMPARE(size, int64_t{5});
        QCOMPARE(batch, int64_t{2});
        const ScriptCheck calCheck = checkScript(cal, nullptr, scriptCommandApplied);
        QCOMPARE(calCheck.notApplied, std::vector<std::string>{"model_optimization_config(checker_cfg)"});
        // A script whose layer names do not exist is refused before anything changes.
        Runner fresh;
        fresh.loadHar(mHar);
        QVERIFY_THROWS_EXCEPTION(Error, fresh.optimizeFullPrecision(parseScript("quantization_param(nope, precision_mode=a8_w8)\n")));
        QCOMPARE(fresh.state(), ModelState::Native);
    }

};

QTEST_GUILESS_MAIN(TestModifications)
#include "test_modifications.moc"
