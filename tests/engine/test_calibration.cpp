// Calibration sets: every accepted source (.npy, .npz, directory of .npy, directory of PNG/JPEG,
// random) gives channel-last batches for the right inputs; wrong shapes, channel-first data,
// missing keys and corrupt images give messages that name the file; small sets warn.
#include <QtTest>

#include <cstdio>
#include <filesystem>
#include <numeric>

#include <jpeglib.h>
#include <png.h>

#include "core/error.h"
#include "importers/onnx/onnx_importer.h"
#include "io/image_decode.h"
#include "io/npy.h"
#include "io/npz.h"
#include "emulator/executor.h"
#include "pipeline/optimize_preview.h"
#include "quantizer/calibration_set.h"
#include "script/script_parser.h"
#include "quantizer/statistics.h"
#include "test_support.h"
#include "zoo/onnx_builder.h"

using namespace dfc;
namespace fs = std::filesystem;

namespace {

std::vector<uint8_t> gradient(int w, int h)
{
    std::vector<uint8_t> p(static_cast<size_t>(w) * h * 3);
    for (int y = 0; y < h; ++y)
        for (int x = 0; x < w; ++x)
            for (int c = 0; c < 3; ++c) {  // smooth ramps: JPEG keeps them well
                const int v = c == 0 ? x * 255 / (w - 1) : c == 1 ? y * 255 / (h - 1) : (x + y) * 255 / (w + h - 2);
                p[(static_cast<size_t>(y) * w + x) * 3 + c] = static_cast<uint8_t>(v);
            }
    return p;
}

void writePng(const std::string& path, const std::vector<uint8_t>& rgb, int w, int h)
{
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    image.width = static_cast<png_uint_32>(w);
    image.height = static_cast<png_uint_32>(h);
    image.format = PNG_FORMAT_RGB;
    QVERIFY(png_image_write_to_file(&image, path.c_str(), 0, rgb.data(), 0, nullptr));
}

void writeJpeg(const std::string& path, const std::vector<uint8_t>& rgb, int w, int h)
{
    jpeg_compress_struct cinfo;
    jpeg_error_mgr err;
    cinfo.err = jpeg_std_error(&err);
    jpeg_create_compress(&cinfo);
    FILE* f = std::fopen(path.c_str(), "wb");
    jpeg_stdio_dest(&cinfo, f);
    cinfo.image_width = static_cast<JDIMENSION>(w);
    cinfo.image_height = static_cast<JDIMENSION>(h);
    cinfo.input_components = 3;
    cinfo.in_color_space = JCS_RGB;
    jpeg_set_defaults(&cinfo);
    jpeg_set_quality(&cinfo, 95, TRUE);
    jpeg_start_compress(&cinfo, TRUE);
    while (cinfo.next_scanline < cinfo.image_height) {
        JSAMPROW row = const_cast<uint8_t*>(rgb.data()) + static_cast<size_t>(cinfo.next_scanline) * w * 3;
        jpeg_write_scanlines(&cinfo, &row, 1);
    }
    jpeg_finish_compress(&cinfo);
    std::fclose(f);
    jpeg_destroy_compress(&cinfo);
}

}  // namespace

class TestCalibration : public QObject {
    Q_OBJECT
    QTemporaryDir mDir;
    Graph mNet;  // MobileNetV2: one input, [224, 224, 3], source name "input"

    std::string path(const std::string& name) { return mDir.filePath(QString::fromStdString(name)).toStdString(); }

    void expectError(const CalibrationOptions& o, const char* words)
    {
        try {
            loadCalibrationSet(mNet, o);
            QFAIL((std::string("accepted: ") + o.path).c_str());
        } catch (const Error& e) {
            QVERIFY2(std::string(e.what()).find(words) != std::string::npos, e.what());
        }
    }

private slots:
    void initTestCase()
    {
        ImportResult r = importOnnxModel(buildZooNetwork("mobilenet_v2"), path("m.onnx"), {});
        QVERIFY(r.report.ok());
        mNet = std::move(r.graph);
    }

    void npyFileAndSingleItem()
    {
        writeNpyFile(path("batch.npy"), test::randomTensor({5, 224, 224, 3}, 1));
        CalibrationSet s = loadCalibrationSet(mNet, {path("batch.npy")});
        QCOMPARE(s.size, int64_t{5});
        QCOMPARE(s.inputs.at("input_layer1").shape, (Shape{5, 224, 224, 3}));
        QVERIFY(std::any_of(s.warnings.begin(), s.warnings.end(), [](auto& w) { return w.find("SMALL CALIBRATION SET") != std::string::npos; }));
        writeNpyFile(path("one.npy"), test::randomTensor({224, 224, 3}, 2));
        QCOMPARE(loadCalibrationSet(mNet, {path("one.npy")}).size, int64_t{1});
        CalibrationOptions few{path("batch.npy")};
        few.size = 3;
        QCOMPARE(loadCalibrationSet(mNet, few).inputs.at("input_layer1").shape[0], int64_t{3});
    }

    void wrongShapesAreExplained()
    {
        writeNpyFile(path("nchw.npy"), test::randomTensor({2, 3, 224, 224}, 3));
        expectError({path("nchw.npy")}, "channel-first");
        writeNpyFile(path("small.npy"), test::randomTensor({2, 112, 112, 3}, 3));
        expectError({path("small.npy")}, "does not fit input 'input_layer1'");
        expectError({path("missing.npy")}, "does not exist");
        Tensor bad = test::randomTensor({1, 224, 224, 3}, 4);
        bad.data[7] = std::nanf("");
        writeNpyFile(path("nan.npy"), bad);
        expectError({path("nan.npy")}, "NaN");
    }

    void npzByLayerOrSourceName()
    {
        writeNpzFile(path("by_source.npz"), {{"input", test::randomTensor({4, 224, 224, 3}, 5)}});
        QCOMPARE(loadCalibrationSet(mNet, {path("by_source.npz")}).size, int64_t{4});
        writeNpzFile(path("by_layer.npz"), {{mNet.name + "/input_layer1", test::randomTensor({2, 224, 224, 3}, 6)}});
        QCOMPARE(loadCalibrationSet(mNet, {path("by_layer.npz")}).size, int64_t{2});
        writeNpzFile(path("wrong.npz"), {{"images", test::randomTensor({2, 224, 224, 3}, 7)}});
        expectError({path("wrong.npz")}, "the archive holds: images");
    }

    void directoryOfNpyFiles()
    {
        fs::create_directories(path("npys"));
        for (int i = 0; i < 3; ++i) writeNpyFile(path("npys/part" + std::to_string(i) + ".npy"), test::randomTensor({2, 224, 224, 3}, 10 + i));
        CalibrationOptions o{path("npys")};
        o.size = 5;
        const CalibrationSet s = loadCalibrationSet(mNet, o);
        QCOMPARE(s.size, int64_t{5});
        const Tensor third = readNpyFile(path("npys/part2.npy"));
        QCOMPARE(s.inputs.at("input_layer1").data[4 * 224 * 224 * 3], third.data[0]);  // sorted order
    }

    void directoryOfImages()
    {
        fs::create_directories(path("images"));
        const auto pixels = gradient(224, 224);
        writePng(path("images/a.png"), pixels, 224, 224);
        writeJpeg(path("images/b.JPG"), pixels, 224, 224);
        writePng(path("images/c.png"), gradient(40, 30), 40, 30);  // resized to 224×224
        const CalibrationSet s = loadCalibrationSet(mNet, {path("images")});
        QCOMPARE(s.size, int64_t{3});
        const Tensor& t = s.inputs.at("input_layer1");
        double pngDiff = 0, jpegDiff = 0;
        const size_t n = pixels.size();
        for (size_t i = 0; i < n; ++i) {
            pngDiff = std::max(pngDiff, double(std::fabs(t.data[i] - pixels[i])));
            jpegDiff += std::fabs(t.data[n + i] - pixels[i]) / n;
        }
        qInfo("PNG max |diff| %.3g, JPEG (quality 95) mean |diff| %.3g", pngDiff, jpegDiff);
        QCOMPARE(pngDiff, 0.0);  // same size: no resampling, lossless
        QVERIFY(jpegDiff < 2);
        // The resized image keeps the corner colours of the small one.
        const auto small = gradient(40, 30);
        QCOMPARE(t.data[2 * n + 0], float(small[0]));
        // 0–255 pixels that nothing normalizes get a hint naming the fix; the script's
        // normalization silences it and maps the values as the first layer will see them.
        QCOMPARE(normalizationHints(mNet, s).size(), size_t{1});
        const ModelScript script = interpretScript(
            parseScript("normalization1 = normalization([127.5, 127.5, 127.5], [127.5, 127.5, 127.5])\n", "t.alls"), &mNet);
        QVERIFY(normalizationHints(withModifications(mNet, script), s).empty());
        const Tensor seen = scriptNormalizedInputs(mNet, script, s.inputs).at("input_layer1");
        const auto [lo, hi] = std::minmax_element(seen.data.begin(), seen.data.end());
        QVERIFY2(*lo >= -1.0001f && *hi <= 1.0001f && *hi - *lo > 1.0f, qPrintable(QString("%1 %2").arg(*lo).arg(*hi)));
        // A corrupt image names its file.
        const std::string png = readFileForTest(path("images/a.png"));
        fs::create_directories(path("broken"));
        writeRaw(path("broken/x.png"), png.substr(0, png.size() / 2));
        expectError({path("broken")}, "x.png");
        writeRaw(path("broken/x.png"), "\x89PNG\r\n\x1a\n garbage");
        expectError({path("broken")}, "PNG");
    }

    void mutatedImagesNeverCrash()
    {
        // Seeded byte overwrites and truncations of a PNG and a JPEG: each decodes or gives a
        // typed error naming the file (the decoders' longjmp error paths included).
        const auto pixels = gradient(64, 48);
        writePng(path("m.png"), pixels, 64, 48);
        writeJpeg(path("m.jpg"), pixels, 64, 48);
        uint64_t state = 5;
        auto next = [&] { return state = state * 6364136223846793005ULL + 1442695040888963407ULL, state >> 33; };
        int decoded = 0, rejected = 0;
        for (const char* name : {"m.png", "m.jpg"}) {
            const std::string good = readFileForTest(path(name));
            for (int i = 0; i < 1500; ++i) {
                std::string bad = good;
                if (i % 5 == 0) bad.resize(next() % bad.size());
                for (int k = 0, n = 1 + next() % 4; k < n && !bad.empty(); ++k) bad[next() % bad.size()] = char(next());
                const std::string p = path(std::string("mut_") + name);
                writeRaw(p, bad);
                try {
                    const RgbImage img = decodeImageFile(p);
                    QCOMPARE(img.pixels.size(), size_t(img.width) * img.height * 3);
                    ++decoded;
                } catch (const Error& e) {
                    QVERIFY(e.file() == p);
                    ++rejected;
                }
            }
        }
        qInfo("3000 mutated images: %d decoded, %d rejected", decoded, rejected);
        QVERIFY(rejected > 300);
    }

    void realImagesWhenPresent()
    {
        // Images nobody here made (installed documentation), when the machine has them.
        int decoded = 0;
        for (const char* p : {"/usr/share/doc/nodejs/thin-white-stripe.jpg", "/usr/share/doc/python3-pip/html/topics/deps.png",
                              "/usr/share/qt6/doc/global/template/images/Qt-header-bg.jpg"}) {
            if (!fs::exists(p)) continue;
            const RgbImage img = decodeImageFile(p);
            QVERIFY(img.width > 0 && img.height > 0 && img.pixels.size() == size_t(img.width) * img.height * 3);
            ++decoded;
        }
        qInfo("%d installed images decoded", decoded);
    }

    void randomSet()
    {
        CalibrationOptions o;
        o.random = true;
        o.size = 7;
        o.seed = 3;
        const CalibrationSet a = loadCalibrationSet(mNet, o), b = loadCalibrationSet(mNet, o);
        QCOMPARE(a.size, int64_t{7});
        QCOMPARE(a.inputs.at("input_layer1").data, b.inputs.at("input_layer1").data);  // seeded
        for (float v : a.inputs.at("input_layer1").data) QVERIFY(v >= 0 && v < 1);
    }

    void weightStatisticsMatchTheWeights()
    {
        const auto stats = weightStatistics(mNet);
        QVERIFY(stats.size() > 50);
        const WeightStats& s = stats.front();
        const Tensor& w = mNet.layer(s.layer).weight(s.weight);
        QCOMPARE(s.count, w.size());
        QCOMPARE(s.max, double(*std::max_element(w.data.begin(), w.data.end())));
        QCOMPARE(s.min, double(*std::min_element(w.data.begin(), w.data.end())));
        QVERIFY(s.channelAbsMaxMin <= s.channelAbsMaxMax && s.channelAbsMaxMax == s.absMax);
        const std::string csv = weightStatisticsCsv(stats);
        QCOMPARE(std::count(csv.begin(), csv.end(), '\n'), std::ptrdiff_t(stats.size() + 1));
    }

    void activationStatisticsMatchADirectRun()
    {
        CalibrationOptions o;
        o.random = true;
        o.size = 3;
        const CalibrationSet set = loadCalibrationSet(mNet, o);
        const auto stats = activationStatistics(mNet, set, 2);  // batches of 2 and 1
        const EmulatorRun whole = Executor(mNet).run(set.inputs, true);
        QCOMPARE(stats.size(), whole.intermediates.size());
        for (const auto& s : stats) {
            const Tensor& t = whole.intermediates.at(s.layer);
            // Batches of 2 and 1 against one batch of 3: GEMM blocking may move the last bits.
            const double lo = *std::min_element(t.data.begin(), t.data.end()), hi = *std::max_element(t.data.begin(), t.data.end());
            QVERIFY2(std::fabs(s.min - lo) <= 1e-5 * (1 + std::fabs(lo)) && std::fabs(s.max - hi) <= 1e-5 * (1 + std::fabs(hi)),
                     s.layer.c_str());
            QCOMPARE(s.count, t.size());
            QCOMPARE(std::accumulate(s.histogram.begin(), s.histogram.end(), int64_t{0}), s.count);
            if (s.max <= s.min) continue;
            std::vector<float> sorted = t.data;
            std::sort(sorted.begin(), sorted.end());
            // The histogram's 99th percentile lies among the values ranked around 99 % (one bin of slack).
            const size_t k = static_cast<size_t>(0.99 * sorted.size());
            const double bin = (s.max - s.min) / kHistogramBins;
            const double from = sorted[k ? k - 1 : 0] - bin, to = sorted[std::min(sorted.size() - 1, k + 1)] + bin;
            QVERIFY2(s.percentile(99) >= from && s.percentile(99) <= to, s.layer.c_str());
        }
    }

private:
    static std::string readFileForTest(const std::string& p)
    {
        QFile f(QString::fromStdString(p));
        f.open(QIODevice::ReadOnly);
        return f.readAll().toStdString();
    }
    static void writeRaw(const std::string& p, const std::string& bytes)
    {
        QFile f(QString::fromStdString(p));
        f.open(QIODevice::WriteOnly | QIODevice::Truncate);
        f.write(bytes.data(), static_cast<qint64>(bytes.size()));
    }
};

QTEST_GUILESS_MAIN(TestCalibration)
#include "test_calibration.moc"
