// The TFLite importer on real models (MediaPipe selfie segmentation, openWakeWord) and on
// generated models covering the lowered operators, against LiteRT (the TFLite runtime, npm
// @litertjs/core, via tools/reference/tflite_run.mjs); malformed files give typed errors.
#include <QtTest>

#include <filesystem>
#include <random>

#include "core/error.h"
#include "importers/model_importer.h"
#include "importers/onnx/onnx_importer.h"
#include "importers/tflite/tflite_importer.h"
#include "importers/tflite/tflite_lowering.h"
#include "importers/tflite/tflite_model.h"
#include "io/atomic_file.h"
#include "io/npy.h"
#include "pipeline/runner.h"
#include "test_support.h"
#include "tflite_builder.h"

using namespace dfc;
namespace fs = std::filesystem;

class TestTflite : public QObject {
    Q_OBJECT
    QTemporaryDir mDir;

    static std::string model(const char* file) { return test::assetModel(file); }

    std::string temp(const std::string& name) { return mDir.filePath(QString::fromStdString(name)).toStdString(); }

    /// LiteRT's outputs, in the model's output order.
    std::vector<Tensor> runLiteRt(const std::string& path, const std::vector<Tensor>& inputs)
    {
        static int run = 0;
        const std::string out = temp("litert_" + std::to_string(++run));
        QStringList args = {QString(DFC_SOURCE_DIR) + "/tools/reference/tflite_run.mjs", QString::fromStdString(path),
                            QString::fromStdString(out)};
        for (size_t i = 0; i < inputs.size(); ++i) {
            const std::string f = out + "_in" + std::to_string(i) + ".npy";
            writeNpyFile(f, inputs[i]);
            args << QString::fromStdString("#" + std::to_string(i) + "=" + f);
        }
        QString log;
        if (test::runProgram("node", args, &log, 120000) != 0) qFatal("LiteRT failed: %s", qPrintable(log));
        std::vector<Tensor> result;
        for (int i = 0; fs::exists(out + "/output_" + std::to_string(i) + ".npy"); ++i)
            result.push_back(readNpyFile(out + "/output_" + std::to_string(i) + ".npy"));
        return result;
    }

    /// A copy of a TFLite file whose (single) output is the tensor `name`: LiteRT only returns
    /// model outputs, and a saturated sigmoid output would prove little.
    std::string withOutput(const std::string& path, const std::string& name)
    {
        std::string bytes = readFile(path);
        auto* m = tfl::GetMutableModel(bytes.data());
        auto* g = m->mutable_subgraphs()->GetMutableObject(0);
        int index = -1;
        for (uint32_t i = 0; i < g->tensors()->size(); ++i)
            if (g->tensors()->Get(i)->name()->str() == name) index = static_cast<int>(i);
        if (index < 0 || g->outputs()->size() != 1) qFatal("cannot expose %s", name.c_str());
        g->mutable_outputs()->Mutate(0, index);
        for (uint32_t s = 0; m->signature_defs() && s < m->signature_defs()->size(); ++s) {
            auto* outs = m->mutable_signature_defs()->GetMutableObject(s)->mutable_outputs();
            for (uint32_t o = 0; outs && o < outs->size(); ++o)
                if (!outs->GetMutableObject(o)->mutate_tensor_index(static_cast<uint32_t>(index)))
                    qFatal("signature output not mutable");
        }
        const std::string out = temp(fs::path(path).stem().string() + "_" + std::to_string(index) + ".tflite");
        writeFileAtomic(out, bytes);
        return out;
    }

    /// Max |ours − reference| relative to the reference's largest magnitude.
    double relativeError(const Tensor& ours, const Tensor& ref, const char* what)
    {
        if (ours.shape != ref.shape) {
            qWarning("%s: shape %s vs %s", what, shapeToString(ours.shape).c_str(), shapeToString(ref.shape).c_str());
            return 1e9;
        }
        double maxAbs = 0, scale = 0;
        for (int64_t i = 0; i < ref.size(); ++i) {
            maxAbs = std::max(maxAbs, double(std::fabs(ours.data[i] - ref.data[i])));
            scale = std::max(scale, double(std::fabs(ref.data[i])));
        }
        const double rel = maxAbs / std::max(scale, 1e-30);
        qInfo("%s: %lld values, max |ref| %.4g, max |ours − LiteRT| %.3g (relative %.3g)", what,
              static_cast<long long>(ref.size()), scale, maxAbs, rel);
        return rel;
    }

    /// Parses (whole, no unsupported node) and runs natively in the TFLite layout.
    TensorsByName ours(const std::string& path, const TensorsByName& inputs, const ImportOptions& options = {})
    {
        const ImportResult r = importTflite(path, options);
        for (const auto& u : r.report.unsupported) qWarning("unsupported %s (%s): %s", u.node.c_str(), u.op.c_str(), u.reason.text().c_str());
        if (!r.report.ok()) return {};
        return inferOriginalLayout(r.graph, inputs);
    }

    /// One generated model exercising most lowered operators; returns its path.
    std::string buildOperatorZoo()
    {
        test::TfliteBuilder b;
        auto& f = b.fbb;
        uint64_t seed = 7;
        auto rnd = [&](const Shape& s, float scale = 0.5f) {
            Tensor t = test::randomTensor(s, ++seed);
            for (float& v : t.data) v *= scale;
            return t;
        };
        using BO = tfl::BuiltinOptions;
        using tfl::ActivationFunctionType;
        using tfl::Padding;
        const int x = b.tensor("image", {1, 12, 10, 3});
        const int c1 = b.tensor("conv", {1, 6, 5, 8});
        b.op(3, {x, b.constant("conv/w", rnd({8, 3, 3, 3})), b.constant("conv/b", rnd({8}))}, {c1},
             {BO::Conv2DOptions, tfl::CreateConv2DOptions(f, Padding::SAME, 2, 2, ActivationFunctionType::RELU6).Union()});
        // fp16 weights behind DEQUANTIZE, as MediaPipe stores them
        const int wq = b.constantHalf("dw/w_fp16", rnd({1, 3, 3, 8}));
        const int wd = b.tensor("dw/w", {1, 3, 3, 8});
        b.op(6, {wq}, {wd});
        const int d1 = b.tensor("dw", {1, 6, 5, 8});
        b.op(4, {c1, wd, b.constant("dw/b", rnd({8}))}, {d1},
             {BO::DepthwiseConv2DOptions,
              tfl::CreateDepthwiseConv2DOptions(f, Padding::SAME, 1, 1, 1, ActivationFunctionType::NONE, 2, 2).Union()});
        const int hs = b.tensor("hswish", {1, 6, 5, 8});
        b.op(117, {d1}, {hs});
        const int p = b.tensor("pad", {1, 7, 6, 8});
        b.op(34, {hs, b.constantInts("pad/p", {4, 2}, {0, 0, 1, 0, 0, 1, 0, 0})}, {p});
        const int mp = b.tensor("maxpool", {1, 4, 3, 8}), ap = b.tensor("avgpool", {1, 4, 3, 8});
        b.op(17, {p}, {mp}, {BO::Pool2DOptions, tfl::CreatePool2DOptions(f, Padding::SAME, 2, 2, 2, 2).Union()});
        b.op(1, {p}, {ap}, {BO::Pool2DOptions, tfl::CreatePool2DOptions(f, Padding::SAME, 2, 2, 3, 3).Union()});
        const int cat = b.tensor("concat", {1, 4, 3, 16});
        b.op(2, {mp, ap}, {cat}, {BO::ConcatenationOptions, tfl::CreateConcatenationOptions(f, 3).Union()});
        const int add = b.tensor("add", {1, 4, 3, 16});
        b.op(0, {cat, b.constant("add/c", rnd({16}))}, {add});
        const int lr = b.tensor("leaky", {1, 4, 3, 16});
        b.op(98, {add}, {lr}, {BO::LeakyReluOptions, tfl::CreateLeakyReluOptions(f, 0.1f).Union()});
        const int mean = b.tensor("mean", {1, 1, 1, 16}), sig = b.tensor("gate", {1, 1, 1, 16});
        b.op(40, {lr, b.constantInts("mean/axes", {2}, {1, 2})}, {mean},
             {BO::ReducerOptions, tfl::CreateReducerOptions(f, true).Union()});
        b.op(14, {mean}, {sig});
        const int se = b.tensor("se", {1, 4, 3, 16});
        b.op(18, {lr, sig}, {se});
        const int up = b.tensor("upsample", {1, 8, 6, 16});
        b.op(23, {se, b.constantInts("upsample/size", {2}, {8, 6})}, {up},
             {BO::ResizeBilinearOptions, tfl::CreateResizeBilinearOptions(f, false, true).Union()});
        // int8 weights with per-channel scales behind DEQUANTIZE
        const int tw = b.tensor("deconv/w", {4, 3, 3, 16});
        b.op(6, {b.constantInt8("deconv/w_int8", rnd({4, 3, 3, 16}))}, {tw});
        const int tc = b.tensor("deconv", {1, 16, 12, 4});
        b.op(67, {b.constantInts("deconv/shape", {4}, {1, 16, 12, 4}), tw, up, b.constant("deconv/b", rnd({4}))},
             {tc}, {BO::TransposeConvOptions, tfl::CreateTransposeConvOptions(f, Padding::SAME, 2, 2).Union()});
        const int s2d = b.tensor("s2d", {1, 8, 6, 16}), d2s = b.tensor("d2s", {1, 16, 12, 4});
        b.op(26, {tc}, {s2d}, {BO::SpaceToDepthOptions, tfl::CreateSpaceToDepthOptions(f, 2).Union()});
        b.op(5, {s2d}, {d2s}, {BO::DepthToSpaceOptions, tfl::CreateDepthToSpaceOptions(f, 2).Union()});
        const int near = b.tensor("nearest", {1, 8, 6, 4});
        b.op(97, {d2s, b.constantInts("nearest/size", {2}, {8, 6})}, {near},
             {BO::ResizeNearestNeighborOptions, tfl::CreateResizeNearestNeighborOptions(f, false, true).Union()});
        const int flat = b.tensor("flatten", {1, 192});
        b.op(22, {near, b.constantInts("flatten/shape", {2}, {1, 192})}, {flat});
        const int fc = b.tensor("fc", {1, 10}), prob = b.tensor("prob", {1, 10});
        b.op(9, {flat, b.constant("fc/w", rnd({10, 192}, 0.2f)), b.constant("fc/b", rnd({10}))}, {fc},
             {BO::FullyConnectedOptions, tfl::CreateFullyConnectedOptions(f, ActivationFunctionType::RELU).Union()});
        b.op(25, {fc}, {prob}, {BO::SoftmaxOptions, tfl::CreateSoftmaxOptions(f, 2.0f).Union()});
        // second output: strided slice of a transposed map, with a 1-D slope PReLU
        const int ss = b.tensor("slice", {1, 2, 3, 16});
        b.op(45, {se, b.constantInts("slice/b", {4}, {0, 1, 0, 0}), b.constantInts("slice/e", {4}, {1, 4, 3, 16}),
                  b.constantInts("slice/s", {4}, {1, 2, 1, 1})},
             {ss}, {BO::StridedSliceOptions, tfl::CreateStridedSliceOptions(f).Union()});
        const int pr = b.tensor("prelu", {1, 2, 3, 16});
        b.op(54, {ss, b.constant("prelu/alpha", rnd({16}))}, {pr});
        const int tr = b.tensor("transpose", {1, 16, 2, 3});
        b.op(39, {pr, b.constantInts("transpose/perm", {4}, {0, 3, 1, 2})}, {tr});
        const std::string path = temp("operator_zoo.tflite");
        writeFileAtomic(path, b.finish({x}, {prob, tr}));
        return path;
    }

private slots:
    void selfieSegmentationParsesWhole()
    {
        const ImportResult r = importTflite(model("selfie_segmentation.tflite"), {});
        QVERIFY(r.report.ok());
        QCOMPARE(r.source.nodes.size(), size_t{246});
        int folded = 0, custom = 0;
        for (const auto& n : r.source.nodes) {
            folded += n.support == NodeSupport::Constant;  // fp16 weights behind DEQUANTIZE
            custom += n.op == "Convolution2DTransposeBias" && n.support == NodeSupport::Supported;
        }
        QCOMPARE(folded, 110);
        // Operator options are shown as attributes (read through the schema's mini-reflection).
        const SourceNode* conv = r.source.node("conv2d");
        QVERIFY(conv);
        QCOMPARE(conv->attributes.value("padding", ""), std::string("SAME"));
        QCOMPARE(conv->attributes.value("stride_w", 0), 2);
        QCOMPARE(r.source.node("segment")->attributes.value("custom_options", ""), std::string("010000000200000002000000"));
        QCOMPARE(custom, 1);
        QCOMPARE(r.report.sourceNodes, 136);
        QVERIFY2(r.graph.size() < 136, "fusion merged activations into their convolutions");
        // Every compute layer maps back to TFLite operators by their names.
        std::set<std::string> ops;
        for (const auto& n : r.source.nodes) ops.insert(n.name);
        for (const Layer* l : r.graph.layers()) {
            QVERIFY(!l->originalNames.empty());
            if (l->type() == "input_layer" || l->type() == "output_layer") continue;
            for (const auto& o : l->originalNames) QVERIFY2(ops.count(o), o.c_str());
        }
        const Layer& deconv = *r.graph.layers()[r.graph.size() - 3];
        qInfo("layer before the output: %s (%s)", deconv.name.c_str(), deconv.type().c_str());
    }

    void selfieSegmentationMatchesLiteRt()
    {
        // The mask is a sigmoid that random inputs saturate; compare the logits too.
        const std::string path = model("selfie_segmentation.tflite");
        const Tensor x = test::randomTensor({1, 256, 256, 3}, 11);
        for (const char* out : {"activation_10", "segment"}) {
            ImportOptions o;
            o.endNodes = {out};
            const TensorsByName mine = ours(path, {{"input_1", x}}, o);
            QCOMPARE(mine.size(), size_t{1});
            const auto ref = runLiteRt(std::string(out) == "segment" ? withOutput(path, out) : path, {x});
            QCOMPARE(ref.size(), size_t{1});
            QVERIFY(relativeError(mine.begin()->second, ref[0], out) <= 1e-4);
        }
    }

    void wakeWordTfliteAgreesWithOnnxAndLiteRt()
    {
        // The same MLP shipped as .onnx and .tflite; compared on the logit before the sigmoid.
        const Tensor x = test::randomTensor({1, 16, 96}, 5);
        ImportOptions t;
        t.endNodes = {"MatMul_2;add_2"};
        const TensorsByName fromTflite = ours(model("hey_mycroft_v0.1.tflite"), {{"serving_default_onnx_tf__tf_Flatten_0_5dbfc9d8:0", x}}, t);
        QCOMPARE(fromTflite.size(), size_t{1});
        const std::string onnxPath = model("hey_mycroft_v0.1.onnx");
        const ImportResult whole = importOnnx(onnxPath, {});
        std::string gemm;  // the ONNX node feeding the sigmoid
        for (const auto& n : whole.source.nodes)
            if (n.op == "Sigmoid") gemm = n.inputs.at(0);
        ImportOptions o;
        for (const auto& n : whole.source.nodes)
            if (!n.outputs.empty() && n.outputs[0] == gemm) o.endNodes = {n.name};
        QVERIFY(!o.endNodes.empty());
        const ImportResult onnx = importOnnx(onnxPath, o);
        QVERIFY(onnx.report.ok());
        const TensorsByName fromOnnx = inferOriginalLayout(onnx.graph, {{"onnx::Flatten_0", x}});
        QCOMPARE(fromOnnx.size(), size_t{1});
        const Tensor& a = fromTflite.begin()->second;
        const Tensor& b = fromOnnx.begin()->second;
        QVERIFY(relativeError(a, b, "hey_mycroft logit, TFLite vs ONNX (ours)") <= 1e-4);
        const auto ref = runLiteRt(withOutput(model("hey_mycroft_v0.1.tflite"), "MatMul_2;add_2"), {x});
        QVERIFY(relativeError(a, ref.at(0), "hey_mycroft logit vs LiteRT") <= 1e-4);
    }

    void generatedOperatorsMatchLiteRt()
    {
        const std::string path = buildOperatorZoo();
        const ImportResult r = importTflite(path, {});
        for (const auto& u : r.report.unsupported) qWarning("unsupported %s (%s): %s", u.node.c_str(), u.op.c_str(), u.reason.text().c_str());
        QVERIFY(r.report.ok());
        QVERIFY(r.report.sourceQuantization.contains("deconv/w_int8"));  // int8 scales kept
        const Tensor x = test::randomTensor({1, 12, 10, 3}, 3);
        const TensorsByName mine = inferOriginalLayout(r.graph, {{"image", x}});
        const auto ref = runLiteRt(path, {x});
        QCOMPARE(ref.size(), size_t{2});
        QVERIFY(relativeError(mine.at("prob"), ref[0], "softmax(2·relu(fc)) output") <= 1e-4);
        QVERIFY(relativeError(mine.at("transpose"), ref[1], "slice → prelu → transpose output") <= 1e-4);
    }

    void int8ModelMatchesLiteRtWithinItsQuantization()
    {
        // A fully quantized model: QUANTIZE → int8 CONV_2D (per-channel weights, int32 bias) →
        // DEQUANTIZE. We import it as float with dequantized weights; LiteRT runs integers. They
        // differ by the quantization of input and output only.
        test::TfliteBuilder b;
        const float sx = 2.0f / 255, sy = 8.0f / 127;
        Tensor w = test::randomTensor({6, 3, 3, 3}, 21), bias = test::randomTensor({6}, 22);
        std::vector<float> sw(6), sb(6);
        for (int c = 0; c < 6; ++c) {
            float m = 1e-6f;
            for (int i = 0; i < 27; ++i) m = std::max(m, std::fabs(w.data[c * 27 + i]));
            sw[c] = m / 127, sb[c] = sx * sw[c];
        }
        const int x = b.tensor("x", {1, 8, 8, 3});
        const int xq = b.quantizedTensor("x_int8", {1, 8, 8, 3}, tfl::TensorType::INT8, sx, -1);
        b.op(114, {x}, {xq});
        const int yq = b.quantizedTensor("y_int8", {1, 8, 8, 6}, tfl::TensorType::INT8, sy, 3);
        b.op(3, {xq, b.constantQuantized("w", w, tfl::TensorType::INT8, sw), b.constantQuantized("b", bias, tfl::TensorType::INT32, sb)},
             {yq}, {tfl::BuiltinOptions::Conv2DOptions, tfl::CreateConv2DOptions(b.fbb, tfl::Padding::SAME, 1, 1).Union()});
        const int y = b.tensor("y", {1, 8, 8, 6});
        b.op(6, {yq}, {y});
        const std::string path = temp("int8_conv.tflite");
        writeFileAtomic(path, b.finish({x}, {y}));
        const ImportResult r = importTflite(path, {});
        QVERIFY(r.report.ok());
        QCOMPARE(r.report.sourceQuantization["y_int8"]["zero_point"][0].get<int>(), 3);  // scales kept
        const Tensor in = test::randomTensor({1, 8, 8, 3}, 23);
        const Tensor mine = inferOriginalLayout(r.graph, {{"x", in}}).at("y");
        const Tensor ref = runLiteRt(path, {in}).at(0);
        double maxAbs = 0;
        for (int64_t i = 0; i < ref.size(); ++i) maxAbs = std::max(maxAbs, double(std::fabs(mine.data[i] - ref.data[i])));
        qInfo("int8 conv: max |float import − LiteRT int8| = %.4f (output step %.4f)", maxAbs, sy);
        QVERIFY(maxAbs <= 2 * sy);
        QVERIFY(maxAbs > 0);  // LiteRT really ran integers
    }

    void startAndEndNodesUseTfliteNames()
    {
        const std::string path = model("selfie_segmentation.tflite");
        ImportOptions o;
        o.startNodes = {"conv2d_1"};  // an operator (named by its output tensor)
        o.endNodes = {"re_lu_1"};
        ImportResult r = importTflite(path, o);
        QVERIFY(r.report.ok());
        QCOMPARE(r.report.startNodes, std::vector<std::string>{"conv2d_1"});
        QCOMPARE(r.report.endNodes, std::vector<std::string>{"re_lu_1"});
        QCOMPARE(r.graph.inputLayers().size(), size_t{1});
        QCOMPARE(r.graph.inputLayers()[0]->params.value("original_name", ""), std::string("h_swish"));
        o.startNodes = {"no_such_operator"};
        try {
            importTflite(path, o);
            QFAIL("an unknown start node was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidArgument);
            QVERIFY(e.message().find("no_such_operator") != std::string::npos);
        }
    }

    void unsupportedOperatorIsReportedAndCutAway()
    {
        test::TfliteBuilder b;
        const int x = b.tensor("x", {1, 8, 8, 4});
        const int c = b.tensor("conv", {1, 8, 8, 4});
        b.op(3, {x, b.constant("w", test::randomTensor({4, 1, 1, 4}, 1)), -1}, {c},
             {tfl::BuiltinOptions::Conv2DOptions, tfl::CreateConv2DOptions(b.fbb, tfl::Padding::VALID, 1, 1).Union()});
        const int e = b.tensor("boxes", {1, 8, 8, 4});
        b.customOp("TFLite_Detection_PostProcess", {c}, {e}, {});
        const std::string path = temp("unsupported.tflite");
        writeFileAtomic(path, b.finish({x}, {e}));
        const ImportResult r = importTflite(path, {});
        QCOMPARE(r.report.unsupported.size(), size_t{1});
        QCOMPARE(r.report.unsupported[0].node, std::string("boxes"));
        QCOMPARE(r.report.unsupported[0].op, std::string("TFLite_Detection_PostProcess"));
        QCOMPARE(r.report.suggestedEnd, std::vector<std::string>{"conv"});
        ImportOptions o;
        o.applySuggestion = true;
        QVERIFY(importModel(path, o).report.ok());  // detected by content, re-parsed as suggested
    }

    void malformedFilesGiveTypedErrors()
    {
        const std::string good = readFile(buildOperatorZoo());
        int rejected = 0, accepted = 0;
        auto attempt = [&](const std::string& bytes, const char* what) {
            try {
                const std::string path = temp("malformed.tflite");
                writeFileAtomic(path, bytes);
                importTflite(path, {});  // read, lower and convert: all of it must hold
                ++accepted;
            } catch (const Error& e) {
                ++rejected;
                QVERIFY2(!e.message().empty(), what);
            }
        };
        for (size_t n : {size_t{0}, size_t{4}, size_t{7}, size_t{8}, size_t{64}, good.size() / 2, good.size() - 1})
            attempt(good.substr(0, n), "truncated");
        std::string wrongId = good;
        wrongId.replace(4, 4, "TFL2");
        try {
            TfliteModel::fromBytes(wrongId, "wrong id");
            QFAIL("a wrong identifier was accepted");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidFormat);
            QVERIFY(e.message().find("TFL2") != std::string::npos);
        }
        // Corrupted offsets and lengths anywhere in the file: seeded random 32-bit overwrites,
        // including huge vector lengths.
        std::mt19937 rng(42);
        const int rounds = qEnvironmentVariableIsSet("DFC_FUZZ_ROUNDS") ? qEnvironmentVariableIntValue("DFC_FUZZ_ROUNDS") : 400;
        for (int i = 0; i < rounds; ++i) {
            std::string bad = good;
            const size_t at = 8 + rng() % (bad.size() - 12);
            const uint32_t v = i % 3 == 0 ? 0x7fffffffu : i % 3 == 1 ? rng() : rng() % 4096;
            std::memcpy(bad.data() + at, &v, 4);
            attempt(bad, "corrupted");
        }
        qInfo("malformed inputs: %d rejected with a typed error, %d still valid", rejected, accepted);
        QVERIFY(rejected > 100);
    }

    void formatIsDetectedByContent()
    {
        const std::string renamed = temp("selfie.onnx");  // a TFLite file with the wrong extension
        fs::copy_file(model("selfie_segmentation.tflite"), renamed, fs::copy_options::overwrite_existing);
        QCOMPARE(detectModelFormat(renamed), ModelFormat::Tflite);
        QVERIFY(importModel(renamed, {}).report.ok());
        QCOMPARE(detectModelFormat(model("hey_mycroft_v0.1.onnx")), ModelFormat::Onnx);
        const auto sig = modelInputSignature(renamed);
        QCOMPARE(sig.size(), size_t{1});
        QCOMPARE(sig[0].second, (std::vector<int64_t>{1, 256, 256, 3}));
    }

};

QTEST_GUILESS_MAIN(TestTflite)
#include "test_tflite.moc"
