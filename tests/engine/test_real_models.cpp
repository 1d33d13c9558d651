// Real models nobody here wrote (npm packages, fetched by scripts/fetch-test-assets.sh):
// they parse without unsupported nodes and the native emulator matches ONNX Runtime.
#include <QtTest>

#include <filesystem>

#include "importers/onnx/onnx_importer.h"
#include "io/npy.h"
#include "pipeline/runner.h"
#include "test_support.h"

using namespace dfc;
namespace fs = std::filesystem;

class TestRealModels : public QObject {
    Q_OBJECT
    QTemporaryDir mDir;

    std::string model(const char* file)
    {
        const std::string p = test::assetCache() + "/models/" + file;
        if (!fs::exists(p)) qFatal("%s is missing: run scripts/fetch-test-assets.sh", p.c_str());
        return p;
    }

    /// Runs ONNX Runtime through tools/reference/ort_run.mjs; returns its outputs by name.
    TensorsByName runOnnxRuntime(const std::string& modelPath, const std::string& input, const Tensor& x)
    {
        const std::string in = mDir.filePath("x.npy").toStdString();
        writeNpyFile(in, x);
        const QString out = mDir.filePath("ort");
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

private slots:
    void ppocrClassifierMatchesOnnxRuntime()
    {
        const std::string path = model("ch_ppocr_mobile_v2.0_cls_infer.onnx");
        ImportOptions options;
        options.inputShapes["x"] = {1, 3, 48, 192};
        const ImportResult r = importOnnx(path, options);
        for (const auto& u : r.report.unsupported) qWarning("unsupported %s (%s): %s", u.node.c_str(), u.op.c_str(), u.reason.c_str());
        QVERIFY(r.report.ok());
        QVERIFY(r.graph.size() < 100);  // 215 ONNX nodes fuse into conv+bn+act layers
        const Tensor x = test::randomTensor({1, 3, 48, 192}, 2024);
        const auto ours = inferOriginalLayout(r.graph, {{"x", x}});
        const auto ort = runOnnxRuntime(path, "x", x);
        QCOMPARE(ours.size(), ort.size());
        for (const auto& [name, t] : ort) {
            double maxAbs = 0;
            const double excess = test::excessError(ours.at(name), t, 0, 1e-4, &maxAbs);
            qInfo("%s: max |ours − ONNX Runtime| = %.3g", name.c_str(), maxAbs);
            QVERIFY2(excess <= 0, "differs from ONNX Runtime by more than 1e-4");
        }
    }
};

QTEST_GUILESS_MAIN(TestRealModels)
#include "test_real_models.moc"
