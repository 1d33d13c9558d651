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
#include "ir/layer_kind.h"
#include "ir/layout.h"
#include "pipeline/runner.h"
#include "quantizer/model_modifications.h"
#include "quantizer/transpose_height_width.h"
#include "script/model_script.h"
#include "script/script_parser.h"
#include "test_support.h"
#include "zoo/onnx_builder.h"

using namespace dfc;
namespace fs = std::filesystem;

namespace {

/// Interprets a script (no layer-name check: the modifications' own errors are under test) and
/// applies its modifications.
std::vector<ModificationRecord> applyScript(Graph& g, const Script& script)
{
    return applyModelModifications(g, interpretScript(script));
}

/// A script for a runner's model, checked against its graph as `dfc optimize` does.
ModelScript forModel(const Runner& runner, const std::string& text, const std::string& file = "<script>")
{
    return interpretScript(parseScript(text, file), &runner.graph());
}

/// Adds a layer of `type` fed by `inputs`; weights random and deterministic per layer.
std::string addLayer(Graph& g, const std::string& type, const std::string& name, nlohmann::json params,
                     const std::vector<std::string>& inputs, std::map<std::string, Shape> weights = {})
{
    Layer l;
    l.name = name;
    l.kind = &LayerKindRegistry::instance().get(type);
    if (!params.is_null()) l.params = std::move(params);
    uint64_t seed = 100 + g.size();
    for (const auto& [key, shape] : weights) l.weights[key] = test::randomTensor(shape, seed++);
    g.addLayer(std::move(l));
    for (const std::string& in : inputs) g.connect(in, name);
    return name;
}

/// One output per branch; every branch reads the 7×11×3 input "in" (non-square, odd sizes) and
/// exercises one transposable kind with asymmetric kernels, strides, dilations and pads.
Graph everyTransposableKind()
{
    Graph g;
    g.name = "kinds";
    addLayer(g, "input_layer", "in", {}, {});
    g.layer("in").inputShapes = {{7, 11, 3}};
    auto branch = [&](const std::string& type, const std::string& name, nlohmann::json params,
                      std::map<std::string, Shape> weights = {}, const std::string& from = "in") {
        addLayer(g, type, name, std::move(params), {from}, std::move(weights));
        addLayer(g, "output_layer", name + "_out", {}, {name});
    };
    branch("conv", "conv", {{"strides", {1, 2, 1, 1}}, {"dilations", {1, 1, 2, 1}}, {"pads", {1, 0, 2, 1}}, {"activation", "relu"}},
           {{"kernel", {3, 2, 3, 4}}, {"bias", {4}}});
    branch("dw", "dw", {{"strides", {1, 1, 2, 1}}, {"pads", {0, 1, 1, 0}}}, {{"kernel", {2, 3, 3, 2}}, {"bias", {6}}});
    branch("deconv", "deconv", {{"strides", {1, 2, 1, 1}}, {"output_padding", {1, 0}}}, {{"kernel", {2, 3, 3, 4}}, {"bias", {4}}});
    branch("maxpool", "maxpool", {{"kernel_shape", {1, 2, 3, 1}}, {"strides", {1, 1, 2, 1}}, {"pads", {0, 1, 0, 1}}});
    branch("avgpool", "avgpool", {{"kernel_shape", {1, 3, 2, 1}}, {"strides", {1, 2, 1, 1}}, {"pads", {1, 0, 2, 1}},
                                  {"count_include_pad", true}, {"ceil_pad", {1, 0}}});
    branch("resize", "bilinear", {{"method", "bilinear"}, {"resize_bilinear_pixels_mode", "align_corners"}, {"output_size", {7, 13}}});
    branch("resize", "nearest", {{"output_size", {14, 17}}});
    addLayer(g, "concat", "concat_h", {{"concat_axis", "spatial_h"}}, {"in", "in"});
    addLayer(g, "output_layer", "concat_h_out", {}, {"concat_h"});
    addLayer(g, "concat", "concat_w", {{"concat_axis", "spatial_w"}}, {"in", "bilinear", "in"});
    addLayer(g, "output_layer", "concat_w_out", {}, {"concat_w"});
    branch("slice", "slice", {{"height_slice", {1, 6, 2}}, {"width_slice", {2, 10, 3}}, {"features_slice", {0, 2, 1}}});
    branch("external_pad", "pad", {{"external_pad_params", {1, 0, 2, 3}}, {"pad_value", 0.5}});
    branch("reduce_mean", "mean_h", {{"reduce_axes", {0}}});
    branch("reduce_max", "max_w", {{"reduce_axes", {1}}});
    addLayer(g, "const_input", "const", {}, {}, {{"const", {7, 11, 3}}});
    addLayer(g, "ew_mult", "scaled", {}, {"in", "const"});
    addLayer(g, "output_layer", "scaled_out", {}, {"scaled"});
    branch("transpose", "swap_hw", {{"perm", {1, 0, 2}}});
    branch("transpose", "swap_hc", {{"perm", {2, 1, 0}}});
    branch("transpose", "source_swap", {{"original_perm", {0, 2, 1}}, {"original_input_shape", {3, 7, 11}}});
    branch("transpose", "source_roll", {{"original_perm", {1, 2, 0}}, {"original_input_shape", {3, 7, 11}}});
    branch("dense", "dense", {}, {{"kernel", {231, 6}}, {"bias", {6}}});
    branch("argmax", "argmax", {});
    branch("softmax", "softmax", {});
    branch("global_avg_pool", "gap", {});
    branch("maxpool", "pool_after_conv", {{"kernel_shape", {1, 2, 2, 1}}, {"strides", {1, 1, 1, 1}}}, {}, "conv");
    branch("dense", "dense_after_pool", {}, {{"kernel", {3 * 9 * 4, 5}}, {"bias", {5}}}, "pool_after_conv");
    g.inferShapes();
    g.validate();
    return g;
}

}  // namespace

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
        const auto records = applyScript(
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
                applyScript(g, one);
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
        applyScript(g, parseScript("change_output_activation(fc1, sigmoid)\ninput_conversion(bgr_to_rgb)\n", "o.alls"));
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
        applyScript(g, parseScript("logits_layer1 = logits_layer(mobilenet_v2/fc1, softmax, -1, cpu)\n", "l.alls"));
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
        applyScript(h, parseScript("change_output_activation(relu)\nchange_output_activation(sigmoid)\n", "a.alls"));
        const Tensor y = run(h, x);
        for (int64_t i = 0; i < y.size(); ++i)
            QVERIFY(std::fabs(y.data[i] - 1 / (1 + std::exp(-std::max(0.0, double(native.data[i]))))) < 1e-6);
    }

    void inputResizeTakesTheNewShape()
    {
        Graph g = mNet;
        applyScript(g, parseScript("resize_input1 = resize(input_layer1, resize_shapes=[448, 336])\n", "z.alls"));
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
        applyScript(g, parseScript("rgb = input_conversion(input_layer1, yuv_to_rgb)\n", "y.alls"));
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
        const auto records = applyScript(
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
        applyScript(g, parseScript("n = normalization([1, 2, 3], [2, 2, 2])\nremove_node(n)\n", "r.alls"));
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
                applyScript(g, parseScript(text, "bad.alls"));
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

    /// Each kind run transposed on the swapped input gives the swapped output of the original.
    void transposedKindsComputeTheSwappedFunction()
    {
        const Graph g = everyTransposableKind();
        Graph turned = g;
        const auto names = transposeHeightWidth(turned);
        QCOMPARE(names.size(), g.size());
        for (const Layer* l : turned.layers()) QVERIFY2(runsTransposed(*l), l->name.c_str());
        QCOMPARE(turned.layer("in").outputShape(), (Shape{11, 7, 3}));
        const Tensor x = test::randomTensor({2, 7, 11, 3}, 21);
        const auto expected = Executor(g).run({{"in", x}}).outputs;
        const auto actual = Executor(turned).run({{"in", swapHeightWidth(x)}}).outputs;
        QCOMPARE(actual.size(), expected.size());
        for (const auto& [name, want] : expected) {
            const Tensor got = swapHeightWidth(actual.at(name));
            QVERIFY2(got.shape == want.shape, (name + ": " + shapeToString(got.shape) + " vs " + shapeToString(want.shape)).c_str());
            QVERIFY2(test::allClose(got, want, 1e-5, 1e-5), (name + " differs transposed").c_str());
        }
        // Transposing again gives the original function back, flags cleared.
        transposeHeightWidth(turned);
        for (const Layer* l : turned.layers()) QVERIFY(!runsTransposed(*l));
        const auto again = Executor(turned).run({{"in", x}}).outputs;
        for (const auto& [name, want] : expected) QCOMPARE(maxDiff(again.at(name), want), 0.0);
    }

    void transposeRefusesDepthToSpaceAndLeavesTheGraph()
    {
        Graph g = everyTransposableKind();
        addLayer(g, "conv", "widen", {}, {"in"}, {{"kernel", {1, 1, 3, 8}}, {"bias", {8}}});
        addLayer(g, "depth_to_space", "d2s", {}, {"widen"});
        addLayer(g, "output_layer", "d2s_out", {}, {"d2s"});
        g.inferShapes();
        const Graph before = g;
        try {
            transposeHeightWidth(g);
            QFAIL("depth_to_space was transposed");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Unsupported);
            QVERIFY2(e.message().find("'d2s' (depth_to_space)") != std::string::npos, e.what());
        }
        QCOMPARE(g.layer("conv").weight("kernel").shape, before.layer("conv").weight("kernel").shape);
        QVERIFY(!runsTransposed(g.layer("in")));
        // A flattening reshape has no spatial extent to swap: accepted.
        Graph flat = everyTransposableKind();
        addLayer(flat, "global_avg_pool", "gap2", {}, {"in"});
        addLayer(flat, "reshape", "flatten", {{"target_shape", {3}}}, {"gap2"});
        addLayer(flat, "output_layer", "flatten_out", {}, {"flatten"});
        flat.inferShapes();
        transposeHeightWidth(flat);
        QVERIFY(runsTransposed(flat.layer("flatten")));
    }

    void transposeTurnsOnlyTheNamedInputsComponent()
    {
        Graph g = everyTransposableKind();
        addLayer(g, "input_layer", "other", {}, {});
        g.layer("other").inputShapes = {{5, 9, 2}};
        addLayer(g, "conv", "other_conv", {}, {"other"}, {{"kernel", {3, 1, 2, 2}}, {"bias", {2}}});
        addLayer(g, "output_layer", "other_out", {}, {"other_conv"});
        g.inferShapes();
        const auto records = applyScript(g, parseScript("transpose(other)\n", "t.alls"));
        QCOMPARE(records.size(), size_t{1});
        QVERIFY2(records[0].summary.find("3 layers run transposed") != std::string::npos, records[0].summary.c_str());
        QCOMPARE(g.layer("other_out").outputShape(), (Shape{9, 3, 2}));
        QVERIFY(!runsTransposed(g.layer("in")));
        QCOMPARE(g.layer("conv_out").outputShape(), everyTransposableKind().layer("conv_out").outputShape());
        QVERIFY_THROWS_EXCEPTION(Error, applyScript(g, parseScript("transpose(conv)\n", "t.alls")));
    }

    /// Through the Runner, in the source model's layout: transpose() is invisible to the host.
    /// It applies after the other modifications, so resize_shapes keeps the host's [h, w].
    void transposedNetworkMatchesOnTheHost()
    {
        Runner plain, turned;
        plain.loadHar(mHar);
        turned.loadHar(mHar);
        plain.optimizeFullPrecision(forModel(plain, "resize(resize_shapes=[96, 160])\n", "p.alls"));
        const ScriptCheck check = turned.optimizeFullPrecision(forModel(turned, "transpose()\nresize(resize_shapes=[96, 160])\n", "t.alls"));
        QVERIFY(check.notApplied.empty());
        const Layer& in = *turned.graph().inputLayers().at(0);
        QCOMPARE(in.outputShape(), (Shape{160, 96, 3}));
        QCOMPARE(hostShape(in), (Shape{96, 160, 3}));
        const Tensor x = test::randomTensor({2, 3, 96, 160}, 9);
        const Tensor a = plain.inferOriginal(InferMode::FpOptimized, {{"input", x}}).begin()->second;
        const Tensor b = turned.inferOriginal(InferMode::FpOptimized, {{"input", x}}).begin()->second;
        qInfo("MobileNetV2 at 96×160, transposed vs not: max |diff| %.3g", maxDiff(a, b));
        QCOMPARE(a.shape, b.shape);
        QVERIFY(test::allClose(b, a, 1e-4, 1e-5));
        // The flag survives the HAR round trip (HN params).
        const std::string path = mDir.filePath("transposed.har").toStdString();
        turned.saveHar(path);
        Runner loaded;
        loaded.loadHar(path);
        QVERIFY(runsTransposed(*loaded.graph().inputLayers().at(0)));
        QCOMPARE(maxDiff(loaded.inferOriginal(InferMode::FpOptimized, {{"input", x}}).begin()->second, b), 0.0);
    }

    void runnerMovesToFpOptimizedAndBack()
    {
        Runner runner;
        runner.loadHar(mHar);
        const ModelScript s = forModel(runner, "normalization1 = normalization([0, 0, 0], [255, 255, 255])\n"
                                               "post_quantization_optimization(train_encoding)\n", "m.alls");
        const ScriptCheck check = runner.optimizeFullPrecision(s);
        QCOMPARE(check.notApplied, std::vector<std::string>{"post_quantization_optimization(train_encoding)"});
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
        const ModelScript calScript = interpretScript(cal);
        QCOMPARE(calScript.calibration.calibsetSize, int64_t{5});
        QCOMPARE(calScript.calibration.batchSize, int64_t{2});
        QCOMPARE(calScript.check.notApplied, std::vector<std::string>{"model_optimization_config(checker_cfg)"});
        // Without the command, the registry's defaults.
        QCOMPARE(ModelScript().calibration.calibsetSize, int64_t{64});
        QCOMPARE(ModelScript().calibration.batchSize, int64_t{8});
        // A script whose layer names do not exist is refused before anything changes.
        Runner fresh;
        fresh.loadHar(mHar);
        QVERIFY_THROWS_EXCEPTION(Error, fresh.optimizeFullPrecision(forModel(fresh, "quantization_param(nope, precision_mode=a8_w8)\n")));
        QCOMPARE(fresh.state(), ModelState::Native);
    }

};

QTEST_GUILESS_MAIN(TestModifications)
#include "test_modifications.moc"
