// dfc end to end: parse the generated default model, inspect, emulate, draw; errors are one
// clear line and a non-zero exit.
#include <QtTest>

#include <algorithm>
#include <cmath>
#include <csignal>

#include <filesystem>

#include <nlohmann/json.hpp>

#include "archive_bombs.h"
#include "io/atomic_file.h"
#include "io/npy.h"
#include "test_support.h"

using namespace dfc;

class TestCli : public QObject {
    Q_OBJECT
    QTemporaryDir mDir;
    QString mModel, mHar;
    QString mReportHtml;  ///< written by compileProfileAndReproduce

    int dfc(const QStringList& args, QString* out)
    {
        return test::runProgram(DFC_EXE, args, out, 120000);
    }

private slots:
    void initTestCase()
    {
        mModel = mDir.filePath("mobilenet_v2.onnx");
        mHar = mDir.filePath("mobilenet_v2.har");
        QString out;
        QCOMPARE(test::runProgram(DFC_MODELGEN_EXE, {"mobilenet_v2", mModel}, &out), 0);
    }

    void parserWritesHar()
    {
        QString out;
        QVERIFY2(dfc({"parser", "onnx", mModel, "--har-path", mHar, "--hw-arch", "hailo8l"}, &out) == 0, qPrintable(out));
        QVERIFY2(out.contains("Start nodes:") && out.contains("End nodes:"), qPrintable(out));
        QVERIFY(QFile::exists(mHar));
    }

    void parserReadsTflite()
    {
        // MediaPipe selfie segmentation: custom op, fp16 weights behind DEQUANTIZE.
        const QString har = mDir.filePath("selfie.har");
        QString out;
        QVERIFY2(dfc({"parser", "tflite", QString::fromStdString(test::assetModel("selfie_segmentation.tflite")),
                      "--har-path", har, "--end-node-names", "segment"}, &out) == 0, qPrintable(out));
        QVERIFY2(out.contains("End nodes: segment"), qPrintable(out));
        QCOMPARE(dfc({"har", "info", har, "--json"}, &out), 0);
        const auto j = nlohmann::json::parse(out.toStdString());
        QCOMPARE(j["outputs"][0]["original_name"].get<std::string>(), std::string("segment"));
        QVERIFY(dfc({"parser", "tflite", QString(DFC_SOURCE_DIR) + "/tests/data/errors/truncated.tflite"}, &out) == 1);
        QVERIFY2(out.startsWith("error: ") && out.contains("truncated.tflite") && out.contains("verification"),
                 qPrintable(out));
    }

    void scriptCheckReportsFileLineColumn()
    {
        QFile script(mDir.filePath("model.alls"));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("normalization1 = normalization([123.675, 116.28, 103.53], [58.395, 57.12, 57.375])\n"
                     "quantization_param({conv*}, precision_mode=a16_w16, max_bias_feed_repeat=8)\n"
                     "quantization_param(conv999, precision_mode=a8_w4)\n");
        script.close();
        QString out;
        QCOMPARE(dfc({"script", "check", script.fileName()}, &out), 0);  // syntax and arguments are fine
        QVERIFY2(out.contains("accepted, not applied") && out.contains("0 error(s)"), qPrintable(out));
        QCOMPARE(dfc({"script", "check", script.fileName(), "--har", mHar}, &out), 1);  // conv999 is no layer
        QVERIFY2(out.contains("model.alls:3:20: error: no layer named 'conv999'"), qPrintable(out));
        QVERIFY(script.open(QIODevice::WriteOnly | QIODevice::Truncate));
        script.write("normalization([1], [2]\n");
        script.close();
        QCOMPARE(dfc({"script", "check", script.fileName()}, &out), 1);
        QVERIFY2(out.contains("model.alls:2:1: error: expected ',' or ')'"), qPrintable(out));
    }

    void optimizeFullPrecisionThenInfer()
    {
        QFile script(mDir.filePath("fp.alls"));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("normalization1 = normalization([127.5, 127.5, 127.5], [127.5, 127.5, 127.5])\n"
                     "change_output_activation(fc1, sigmoid)\nmodel_optimization_flavor(optimization_level=2)\n");
        script.close();
        const QString fp = mDir.filePath("fp.har");
        QString out;
        QVERIFY2(dfc({"optimize", mHar, "--model-script", script.fileName(), "--full-precision-only",
                      "--output-har-path", fp}, &out) == 0, qPrintable(out));
        QVERIFY2(out.contains("applied normalization") && out.contains("fc1: linear → sigmoid") &&
                     !out.contains("accepted, not applied by this version"), qPrintable(out));  // level 2 fine-tunes
        QVERIFY(dfc({"optimize", mHar, "--model-script", script.fileName()}, &out) == 1);  // quantizing needs data
        QVERIFY2(out.contains("needs calibration data"), qPrintable(out));
        const std::string in = mDir.filePath("raw.npy").toStdString();
        Tensor x = test::randomTensor({1, 3, 224, 224}, 9);
        writeNpyFile(in, x);
        QVERIFY2(dfc({"infer", fp, "--mode", "fp_optimized", "--original-layout", "--input", QString::fromStdString("input=" + in),
                      "--output-dir", mDir.filePath("fp_out")}, &out) == 0, qPrintable(out));
        const QStringList files = QDir(mDir.filePath("fp_out")).entryList({"*.npy"});
        QCOMPARE(files.size(), 1);
        const Tensor y = readNpyFile(QDir(mDir.filePath("fp_out")).filePath(files[0]).toStdString());
        for (float v : y.data) QVERIFY(v > 0 && v < 1);  // sigmoid outputs
        // The unmodified model stays runnable: no sigmoid on its outputs.
        QVERIFY2(dfc({"infer", fp, "--mode", "native", "--original-layout", "--input", QString::fromStdString("input=" + in),
                      "--output-dir", mDir.filePath("x_out")}, &out) == 0, qPrintable(out));
        const Tensor raw = readNpyFile(QDir(mDir.filePath("x_out")).filePath(files[0]).toStdString());
        QVERIFY(std::any_of(raw.data.begin(), raw.data.end(), [](float v) { return v < 0 || v > 1; }));
        QVERIFY(dfc({"infer", fp, "--mode", "quantized", "--input", QString::fromStdString("input_layer1=" + in),
                     "--output-dir", mDir.filePath("q_out")}, &out) == 1);
        QVERIFY2(out.contains("needs dfc optimize first"), qPrintable(out));
        // Calibration statistics go into the HAR; a small set warns loudly.
        QVERIFY2(dfc({"optimize", mHar, "--full-precision-only", "--use-random-calib-set", "--calibset-size", "4",
                      "--output-har-path", mDir.filePath("stats.har")}, &out) == 0, qPrintable(out));
        QVERIFY2(out.contains("SMALL CALIBRATION SET: 4 items") && out.contains("over 4 items"), qPrintable(out));
        QVERIFY(dfc({"params-csv", mHar, "--csv-path", mDir.filePath("p.csv")}, &out) == 0);
        QFile csv(mDir.filePath("p.csv"));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readLine().startsWith("layer,type,weight,shape,count,min,max"));
    }

    void quantizeAnalyzeNoiseAndInferQuantized()
    {
        QFile script(mDir.filePath("q.alls"));
        QVERIFY(script.open(QIODevice::WriteOnly));
        script.write("model_optimization_flavor(optimization_level=1)\nquantization_param(fc1, precision_mode=a16_w16)\n");
        script.close();
        const QString q = mDir.filePath("q.har");
        QString out;
        QVERIFY2(dfc({"optimize", mHar, "--model-script", script.fileName(), "--use-random-calib-set", "--calibset-size", "4",
                      "--output-har-path", q}, &out) == 0, qPrintable(out));
        QVERIFY2(out.contains("equalization:") && out.contains("bias correction:") && out.contains("with 16-bit outputs: 2") &&
                     out.contains("State quantized"), qPrintable(out));
        QVERIFY2(dfc({"analyze-noise", q, "--use-random-data", "--data-count", "1", "--show", "3"}, &out) == 0, qPrintable(out));
        QVERIFY2(out.contains("all layers quantized, SNR per output (dB): output_layer1=") && out.contains("on-layer"), qPrintable(out));
        const std::string in = mDir.filePath("qin.npy").toStdString();
        writeNpyFile(in, test::randomTensor({1, 224, 224, 3}, 3));
        for (const char* mode : {"native", "fp_optimized", "quantized"})
            QVERIFY2(dfc({"infer", q, "--mode", mode, "--input", QString::fromStdString("input_layer1=" + in), "--output-dir",
                          mDir.filePath(QString("out_") + mode)}, &out) == 0, qPrintable(out));
        const Tensor fp = readNpyFile(QDir(mDir.filePath("out_fp_optimized")).filePath("output_layer1.npy").toStdString());
        const Tensor qt = readNpyFile(QDir(mDir.filePath("out_quantized")).filePath("output_layer1.npy").toStdString());
        double s = 0, n = 0;
        for (int64_t i = 0; i < fp.size(); ++i) s += fp.data[i] * fp.data[i], n += std::pow(fp.data[i] - qt.data[i], 2);
        QVERIFY2(n > 0 && 10 * std::log10(s / n) > 10, "quantized output far from the float one");
    }

    /// Compile the quantized HAR for Hailo-8L, read back its .auto.alls, recompile with it to the
    /// same allocation, and profile it into JSON, CSV and HTML (deterministically).
    void compileProfileAndReproduce()
    {
        const QString q = mDir.filePath("q.har");  // quantizeAnalyzeNoiseAndInferQuantized wrote it
        QVERIFY(QFile::exists(q));
        QString out;
        QVERIFY(dfc({"compiler", mHar}, &out) == 1);  // a native HAR
        QVERIFY2(out.startsWith("error: ") && out.contains("dfc optimize first"), qPrintable(out));
        QVERIFY(dfc({"compiler", q, "--hw-arch", "hailo9"}, &out) != 0);
        QVERIFY2(out.contains("hailo9") && out.contains("hailo8l"), qPrintable(out));

        const QString dir = mDir.filePath("compiled"), autoScript = mDir.filePath("q.auto.alls");
        QVERIFY2(dfc({"compiler", q, "--hw-arch", "hailo8l", "--output-dir", dir, "--auto-model-script-path", autoScript}, &out) == 0,
                 qPrintable(out));
        QVERIFY2(out.contains("context(s) on hailo8l: ") && out.contains("State compiled") && out.contains("Binary written to"),
                 qPrintable(out));
        const QString compiled = QDir(dir).filePath("mobilenet_v2_compiled.har");
        QVERIFY(QFile::exists(compiled));
        const QString extracted = mDir.filePath("extracted.auto.alls");
        QCOMPARE(dfc({"har", "extract", compiled, "--auto-model-script-path", extracted}, &out), 0);
        QCOMPARE(readFile(extracted.toStdString()), readFile(autoScript.toStdString()));
        const QString again = mDir.filePath("again.har");
        QVERIFY2(dfc({"compiler", q, "--hw-arch", "hailo8l", "--model-script", autoScript, "--output-har-path", again}, &out) == 0,
                 qPrintable(out));
        for (const QString& har : {compiled, again})
            QCOMPARE(dfc({"har", "extract", har, "--output-dir", har + ".d"}, &out), 0);
        const auto allocation = nlohmann::json::parse(readFile((compiled + ".d/mobilenet_v2.allocation.json").toStdString()));
        const auto reproduced = nlohmann::json::parse(readFile((again + ".d/mobilenet_v2.allocation.json").toStdString()));
        for (const char* key : {"contexts", "layers", "caps"}) QVERIFY2(reproduced[key] == allocation[key], key);
        QVERIFY(reproduced["why_contexts"].get<std::string>().find("the model script fixes") != std::string::npos);

        // The binary beside the compiled HAR: its facts, and the demo on the runtime byte for byte
        // as in the quantized emulator, from the .hef and through the HAR's --mode hw.
        const QString hef = QDir(dir).filePath("mobilenet_v2.hef");
        QVERIFY(QFile::exists(hef));
        QCOMPARE(dfc({"hef", "info", hef}, &out), 0);
        QVERIFY2(out.contains("Target:    hailo8l") && out.contains("Input  mobilenet_v2/input_layer1 UINT8, NHWC(224x224x3)") &&
                     out.contains("Output mobilenet_v2/output_layer1"), qPrintable(out));
        QCOMPARE(dfc({"hef", "info", hef, "--json"}, &out), 0);
        QCOMPARE(nlohmann::json::parse(out.toStdString())["contexts"].get<size_t>(), allocation["contexts"].size());
        const QString in = mDir.filePath("qin.npy");  // quantizeAnalyzeNoiseAndInferQuantized wrote it
        QCOMPARE(dfc({"infer", hef, "--input", "input_layer1=" + in, "--output-dir", mDir.filePath("out_hef")}, &out), 0);
        QCOMPARE(dfc({"infer", compiled, "--mode", "hw", "--input", "input_layer1=" + in, "--output-dir", mDir.filePath("out_hw")}, &out), 0);
        const std::string emulated = readFile(QDir(mDir.filePath("out_quantized")).filePath("output_layer1.npy").toStdString());
        QCOMPARE(readFile(QDir(mDir.filePath("out_hef")).filePath("output_layer1.npy").toStdString()), emulated);
        QCOMPARE(readFile(QDir(mDir.filePath("out_hw")).filePath("output_layer1.npy").toStdString()), emulated);
        QVERIFY(dfc({"infer", q, "--mode", "hw", "--input", "input_layer1=" + in, "--output-dir", mDir.filePath("x")}, &out) == 1);
        QVERIFY2(out.contains("run dfc compiler first"), qPrintable(out));
        QVERIFY(dfc({"hef", "info", q}, &out) == 1);  // a HAR is not a binary
        QVERIFY2(out.contains("not a HEF file"), qPrintable(out));

        const QString json = mDir.filePath("p.json"), csv = mDir.filePath("p.csv"), html = mDir.filePath("p.html");
        QVERIFY2(dfc({"profiler", compiled, "--out-json", json, "--out-csv", csv, "--out-html", html, "--stream-fps", "30"}, &out) == 0,
                 qPrintable(out));
        QVERIFY2(out.contains("FPS: ") && out.contains("fed at 30.0 FPS"), qPrintable(out));
        const auto report = nlohmann::json::parse(readFile(json.toStdString()));
        const auto& p = report["performance"];
        QVERIFY(p["fps_batch_1"].get<double>() > 0 && p["fps_batch_8"].get<double>() >= p["fps_batch_1"].get<double>());
        QCOMPARE(p["stream"]["fps"].get<double>(), 30.0);
        QVERIFY(p["stream"]["power_w"].get<double>() < p["power_w"].get<double>());  // idle between frames
        QCOMPARE(report["contexts"]["count"].get<size_t>(), allocation["contexts"].size());
        const QStringList rows = QString::fromStdString(readFile(csv.toStdString())).split('\n', Qt::SkipEmptyParts);
        QVERIFY(rows[0].startsWith("name,type,context,subclusters"));
        QCOMPARE(size_t(rows.size() - 1), report["layers"].size());
        // The same inputs give the same bytes.
        const QString json2 = mDir.filePath("p2.json");
        QCOMPARE(dfc({"profiler", compiled, "--out-json", json2, "--stream-fps", "30"}, &out), 0);
        QCOMPARE(readFile(json2.toStdString()), readFile(json.toStdString()));
        mReportHtml = html;
    }

    /// The HTML report as a user opens it: headless Chromium parses it into the sections and
    /// charts we wrote, with nothing fetched from elsewhere.
    void htmlReportRendersInChromium()
    {
        const QString chromium = QStandardPaths::findExecutable("chromium");
        if (chromium.isEmpty()) QSKIP("chromium is not installed (scripts/install-deps.sh installs it): the HTML report was not rendered");
        QVERIFY(!mReportHtml.isEmpty());
        const std::string page = readFile(mReportHtml.toStdString());
        QVERIFY(page.find("http://") == std::string::npos && page.find("https://") == std::string::npos);
        QString dom;
        const QStringList flags = {"--headless", "--no-sandbox", "--disable-gpu", "--user-data-dir=" + mDir.filePath("chromium")};
        QCOMPARE(test::runProgram(chromium.toStdString(), flags + QStringList{"--dump-dom", QUrl::fromLocalFile(mReportHtml).toString()},
                                  &dom, 60000),
                 0);
        for (const char* section : {"Model overview", "Optimization details", "Compilation details", "Utilization per context",
                                    "FPS per layer", "Batch size", "Layers", "Hardware model"})
            QVERIFY2(dom.contains(QString("<h2>") + section) || dom.contains(QString("<h3>") + section), section);
        QVERIFY2(dom.count("<svg") >= 3, "the charts are missing from the rendered page");
        QVERIFY(dom.contains("</table>"));
        const QString shot = mDir.filePath("report.png");
        QCOMPARE(test::runProgram(chromium.toStdString(),
                                  flags + QStringList{"--screenshot=" + shot, "--window-size=1280,1600",
                                                      QUrl::fromLocalFile(mReportHtml).toString()},
                                  &dom, 60000),
                 0);
        QVERIFY(QFileInfo(shot).size() > 20000);  // a blank page compresses to a few KB
    }

    void ctrlCCancelsCleanly()
    {
        const QString out = mDir.filePath("cancelled.har");
        QProcess p;
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.start(DFC_EXE, {"optimize", mHar, "--full-precision-only", "--use-random-calib-set", "--calibset-size", "256",
                          "--output-har-path", out});
        QVERIFY(p.waitForStarted());
        QThread::msleep(1500);  // well inside the statistics passes
        ::kill(static_cast<pid_t>(p.processId()), SIGINT);
        QVERIFY(p.waitForFinished(60000));
        const QString log = QString::fromUtf8(p.readAll());
        QCOMPARE(p.exitCode(), 130);
        QVERIFY2(log.contains("cancel"), qPrintable(log));
        QVERIFY(!QFile::exists(out));  // nothing half-written
    }

    /// transpose(): the HAR shows host and device shapes; infer takes and gives host-ordered data.
    void transposedModelKeepsHostData()
    {
        QString out;
        auto fpHar = [&](const char* text, const QString& har) {
            QFile script(mDir.filePath("t.alls"));
            QVERIFY(script.open(QIODevice::WriteOnly));
            script.write(text);
            script.close();
            QVERIFY2(dfc({"optimize", mHar, "--model-script", script.fileName(), "--full-precision-only", "--output-har-path", har}, &out) == 0,
                     qPrintable(out));
        };
        const QString turned = mDir.filePath("turned.har"), plain = mDir.filePath("plain.har");
        fpHar("transpose()\nresize(resize_shapes=[64, 96])\n", turned);
        QVERIFY2(out.contains("run transposed (H↔W); inputs input_layer1 64x96x3 → 96x64x3"), qPrintable(out));
        fpHar("resize(resize_shapes=[64, 96])\n", plain);
        QCOMPARE(dfc({"har", "info", turned, "--json"}, &out), 0);
        const auto j = nlohmann::json::parse(out.toStdString());
        QCOMPARE(j["inputs"][0]["shape"].get<Shape>(), (Shape{64, 96, 3}));
        QCOMPARE(j["inputs"][0]["device_shape"].get<Shape>(), (Shape{96, 64, 3}));
        const std::string in = mDir.filePath("host.npy").toStdString();
        writeNpyFile(in, test::randomTensor({1, 64, 96, 3}, 12));
        for (const QString& har : {turned, plain})
            QVERIFY2(dfc({"infer", har, "--mode", "fp_optimized", "--input", QString::fromStdString("input_layer1=" + in), "--output-dir",
                          har + ".out"}, &out) == 0, qPrintable(out));
        const Tensor a = readNpyFile((turned + ".out/output_layer1.npy").toStdString());
        const Tensor b = readNpyFile((plain + ".out/output_layer1.npy").toStdString());
        QVERIFY(test::allClose(a, b, 1e-4, 1e-5));
    }

    /// The level table, as the CLI shows it; --hw-arch retargets the model it writes.
    void optimizeExplainsLevelsAndRetargets()
    {
        QString out;
        QCOMPARE(dfc({"optimize", "--explain-level", "2"}, &out), 0);
        QVERIFY2(out.contains("bias_correction (iterative): on") && out.contains("finetune (distillation against the native model): on") &&
                     !out.contains("not run by this version"),
                 qPrintable(out));
        QCOMPARE(dfc({"optimize", "--explain-level", "3"}, &out), 0);
        QVERIFY2(out.contains("adaround: on (every supported layer, 256 images)"), qPrintable(out));
        QCOMPARE(dfc({"optimize", "--explain-level", "7"}, &out), 1);
        QVERIFY2(out.contains("levels: -100 0 1 2 3 4"), qPrintable(out));
        const QString retargeted = mDir.filePath("h8r.har");
        QVERIFY2(dfc({"optimize", mHar, "--full-precision-only", "--hw-arch", "hailo8r", "--output-har-path", retargeted}, &out) == 0,
                 qPrintable(out));
        QCOMPARE(dfc({"har", "info", retargeted, "--json"}, &out), 0);
        QCOMPARE(nlohmann::json::parse(out.toStdString())["hw_arch"].get<std::string>(), std::string("hailo8r"));
    }

    void harInfoJson()
    {
        QString out;
        QCOMPARE(dfc({"har", "info", mHar, "--json"}, &out), 0);
        const auto j = nlohmann::json::parse(out.toStdString());
        QCOMPARE(j["state"].get<std::string>(), std::string("native"));
        QCOMPARE(j["hw_arch"].get<std::string>(), std::string("hailo8l"));
        QCOMPARE(j["inputs"][0]["original_name"].get<std::string>(), std::string("input"));
        QVERIFY(std::fabs(j["params"].get<double>() / 3.49e6 - 1) < 0.01);
    }

    void inferInOriginalLayout()
    {
        const std::string in = mDir.filePath("in.npy").toStdString();
        writeNpyFile(in, test::randomTensor({2, 3, 224, 224}, 5));
        QString out;
        const QString outDir = mDir.filePath("out");
        QVERIFY2(dfc({"infer", mHar, "--input", QString::fromStdString("input=" + in), "--output-dir", outDir,
                      "--original-layout"}, &out) == 0, qPrintable(out));
        const QStringList files = QDir(outDir).entryList({"*.npy"});
        QCOMPARE(files.size(), 1);
        const Tensor y = readNpyFile(QDir(outDir).filePath(files[0]).toStdString());
        QCOMPARE(y.shape, (Shape{2, 1001}));
    }

    void extractAndVisualize()
    {
        QString out;
        QCOMPARE(dfc({"har", "extract", mHar, "--output-dir", mDir.filePath("x")}, &out), 0);
        QVERIFY(QFile::exists(mDir.filePath("x/mobilenet_v2.hn")));
        QCOMPARE(dfc({"visualizer", mHar, "--out", mDir.filePath("g.svg")}, &out), 0);
        QFile svg(mDir.filePath("g.svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        QVERIFY(svg.readAll().contains("<svg"));
    }

    void errorsAreOneClearLine()
    {
        QFile junk(mDir.filePath("junk.har"));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write("this is not an archive");
        junk.close();
        QString out;
        QCOMPARE(dfc({"har", "info", junk.fileName()}, &out), 1);
        QVERIFY2(out.startsWith("error: ") && out.contains("junk.har") && out.trimmed().count('\n') == 0,
                 qPrintable(out));
        QVERIFY(dfc({"parser", "onnx", mModel, "--start-node-names", "no_such_node"}, &out) != 0);
        QVERIFY2(out.contains("no_such_node"), qPrintable(out));
        QVERIFY(dfc({"parser", "onnx", mModel, "--net-input-shapes", "input=1,3,x"}, &out) != 0);
    }

    /// An archive bomb (a few KB declaring a 3 GB member): `har info` and `har extract` refuse it
    /// with the limit named, and extract writes nothing.
    void archiveBombIsRefusedAndNothingIsWritten()
    {
        const QString bomb = mDir.filePath("bomb.har");
        writeFileAtomic(bomb.toStdString(), test::tarGzDeclaring("mobilenet_v2.npz", 3'000'000'000ull));
        QString out;
        QCOMPARE(dfc({"har", "info", bomb}, &out), 1);
        QVERIFY2(out.contains("limit: unpacked/packed ratio"), qPrintable(out));
        const QString dir = mDir.filePath("bomb_out");
        QCOMPARE(dfc({"har", "extract", bomb, "--output-dir", dir}, &out), 1);
        QVERIFY2(out.contains("archive bomb"), qPrintable(out));
        QVERIFY(!QDir(dir).exists() || QDir(dir).isEmpty());
    }

    void everyVerbHasHelp()
    {
        for (const QStringList& verb : {QStringList{"parser", "onnx"}, {"parser", "tflite"}, {"har", "info"}, {"har", "extract"}, {"infer"},
                                        {"visualizer"}, {"script", "check"}, {"optimize"}, {"params-csv"}, {"analyze-noise"},
                                        {"compiler"}, {"profiler"}, {"hef", "info"}}) {
            QString out;
            QCOMPARE(dfc(verb + QStringList{"--help"}, &out), 0);
            QVERIFY(out.contains("Usage") || out.contains("usage"));
        }
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
