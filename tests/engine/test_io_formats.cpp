// NPY, NPZ, HN and HAR: round trips are byte-identical, foreign variants decode, NumPy reads
// what we write.
#include <QtTest>

#include <cstring>
#include <filesystem>
#include <regex>

#include "core/error.h"
#include "importers/onnx/onnx_importer.h"
#include "io/archive.h"
#include "io/atomic_file.h"
#include "io/har.h"
#include "io/hn_json.h"
#include "io/npy.h"
#include "io/npz.h"
#include "pipeline/runner.h"
#include "script/model_script.h"
#include "script/script_parser.h"
#include "test_support.h"
#include "zoo/onnx_builder.h"

using namespace dfc;

namespace {

std::string npyWithHeader(const std::string& dict, const std::string& payload)
{
    std::string header = dict;
    while ((10 + header.size() + 1) % 64) header += ' ';
    header += '\n';
    std::string out = "\x93NUMPY\x01";
    out += '\0';
    out += static_cast<char>(header.size() & 0xff);
    out += static_cast<char>(header.size() >> 8);
    return out + header + payload;
}

Graph importedZooNet(const QTemporaryDir& dir, const std::string& net)
{
    const std::string path = dir.filePath(QString::fromStdString(net + ".onnx")).toStdString();
    writeFileAtomic(path, buildZooNetwork(net).SerializeAsString());
    ImportResult r = importOnnx(path, {});
    if (!r.report.ok()) throw std::runtime_error("zoo network did not import");
    return std::move(r.graph);
}


/// What Netron's Hailo reader requires of a HAR (../shared/reference/hailo-formats.md, "what a
/// third-party reader requires", verified there against Netron 9.2): every rule it breaks.
std::vector<std::string> netronReaderProblems(const std::string& har)
{
    std::vector<std::string> problems;
    auto problem = [&](std::string p) { problems.push_back(std::move(p)); };
    const auto members = readArchive(har, "har");
    std::string metaName;
    for (const auto& [name, data] : members) {
        if (name.ends_with(".metadata.json")) metaName = name;
        if (name == "config.json" || name.ends_with("/config.json")) problem("a member looks like another framework's config: " + name);
    }
    if (metaName.empty()) return {"no <X>.metadata.json member"};
    const std::string base = metaName.substr(0, metaName.size() - std::string(".metadata.json").size());
    const auto meta = nlohmann::json::parse(members.at(metaName));
    const std::string state = meta.value("state", ""), hnName = meta.value("hn", "");
    if (state.empty() || hnName.empty()) problem("metadata needs non-empty 'state' and 'hn'");
    if (meta.contains("sdk_version") &&
        !std::regex_match(meta["sdk_version"].get<std::string>(), std::regex(R"(\d+(\.\d+)*(\.dev\d+|-rc\d+)?)")))
        problem("sdk_version is not a version number: " + meta["sdk_version"].get<std::string>());
    const std::string weights = base + (state == "fp_optimized_model" ? ".fpo.npz"
                                        : state == "quantized_model" || state == "compiled_model" ? ".q.npz"
                                                                                                  : ".npz");
    if (!members.count(weights)) problem("no weights member " + weights + " for state " + state);
    if (!members.count(hnName)) return problems.push_back("no HN member " + hnName), problems;
    const auto hn = nlohmann::json::parse(members.at(hnName));
    const auto& layers = hn["layers"];
    for (auto it = layers.begin(); it != layers.end(); ++it) {
        const auto& l = it.value();
        const std::string name = it.key(), type = l.value("type", "");
        if (type.empty()) problem(name + ": no type");
        if (type == "input_layer" ? !l.contains("output") : !l.contains("input")) problem(name + ": no input/output list");
        if (type == "activation" && !l.contains("params")) problem(name + ": activation without params");
        if (!l.contains("input_shapes") || !l.contains("output_shapes")) {
            problem(name + ": input_shapes and output_shapes are both needed");
            continue;
        }
        // Both sides of every edge state the same shape, batch -1.
        for (size_t i = 0; i < l["input"].size(); ++i) {
            const std::string from = l["input"][i];
            if (!layers.contains(from)) {
                problem(name + ": input " + from + " is not a layer");
                continue;
            }
            const auto& producer = layers[from];
            const auto& outs = producer["output"];
            const auto port = std::find(outs.begin(), outs.end(), name) - outs.begin();
            const auto& produced = producer["output_shapes"][producer["output_shapes"].size() > 1 ? port : 0];
            if (produced != l["input_shapes"][i]) problem(from + " -> " + name + ": the edge's shapes differ");
            if (l["input_shapes"][i][0] != -1) problem(name + ": batch is not -1");
        }
    }
    if (members.count(weights))
        for (const auto& [key, t] : readArchive(members.at(weights), weights)) {
            const std::regex scopedKey(R"(([^/]+)/([^/]+)/[^/:]+:0\.npy)");
            std::smatch m;
            if (!std::regex_match(key, m, scopedKey) || !layers.contains(m[1].str() + "/" + m[2].str()))
                problem(weights + ": key " + key + " does not name a layer as <net>/<layer>/<param>:0");
        }
    return problems;
}

}  // namespace

class TestIoFormats : public QObject {
    Q_OBJECT
private slots:
    void npyRoundTrip()
    {
        const Tensor t = test::randomTensor({3, 1, 5}, 9);
        QCOMPARE(decodeNpy(encodeNpy(t), "t"), t);
        const Tensor scalar({}, std::vector<float>{2.5f});
        QCOMPARE(decodeNpy(encodeNpy(scalar), "s"), scalar);
    }

    void npyForeignDtypesAndFortranOrder()
    {
        double d[6] = {1, 2, 3, 4, 5, 6};
        const Tensor f8 = decodeNpy(npyWithHeader("{'descr': '<f8', 'fortran_order': False, 'shape': (2, 3), }",
                                                  std::string(reinterpret_cast<char*>(d), sizeof d)), "f8");
        QCOMPARE(f8.data, (std::vector<float>{1, 2, 3, 4, 5, 6}));
        // Fortran order: column-major storage of [[1,2,3],[4,5,6]] is 1,4,2,5,3,6.
        double col[6] = {1, 4, 2, 5, 3, 6};
        const Tensor fo = decodeNpy(npyWithHeader("{'descr': '<f8', 'fortran_order': True, 'shape': (2, 3), }",
                                                  std::string(reinterpret_cast<char*>(col), sizeof col)), "fo");
        QCOMPARE(fo.shape, (Shape{2, 3}));
        QCOMPARE(fo.data, (std::vector<float>{1, 2, 3, 4, 5, 6}));
        int8_t i1[3] = {-1, 0, 7};
        const Tensor bytes = decodeNpy(npyWithHeader("{'descr': '|i1', 'fortran_order': False, 'shape': (3,), }",
                                                     std::string(reinterpret_cast<char*>(i1), 3)), "i1");
        QCOMPARE(bytes.data, (std::vector<float>{-1, 0, 7}));
    }

    void npzRoundTripIsByteIdentical()
    {
        TensorMap m{{"net/conv1/kernel:0", test::randomTensor({3, 3, 2, 4}, 1)},
                    {"net/conv1/bias:0", test::randomTensor({4}, 2)}};
        const std::string once = encodeNpz(m);
        const TensorMap back = decodeNpz(once, "npz");
        QCOMPARE(back.size(), m.size());
        QCOMPARE(back.at("net/conv1/kernel:0"), m.at("net/conv1/kernel:0"));
        QCOMPARE(encodeNpz(back), once);
    }

    /// Our HARs open in Netron's Hailo reader (the viewer our users already have) in every
    /// state the Runner writes: native, fp_optimized and quantized.
    void harsMeetNetronsReader()
    {
        QTemporaryDir dir;
        const std::string model = dir.filePath("net.onnx").toStdString();
        OnnxBuilder b("net");
        std::string x = b.input("x", {1, 3, 16, 16});
        std::string a = b.relu(b.convBn(x, 3, 8, 3, 1));
        std::string c = b.relu(b.add(b.convBn(a, 8, 8, 3, 1), a));
        b.output(b.classifier(c, 8, 10));
        writeFileAtomic(model, b.finish().SerializeAsString());
        Runner runner;
        QVERIFY(runner.translate(model, {}).ok());
        auto check = [&](const char* what) {
            const std::string path = dir.filePath(what).toStdString();
            runner.saveHar(path);
            const auto problems = netronReaderProblems(readFile(path));
            for (const auto& p : problems) qWarning("%s: %s", what, p.c_str());
            QVERIFY2(problems.empty(), what);
        };
        check("native.har");
        runner.optimizeFullPrecision(interpretScript(parseScript("normalization1 = normalization([1, 2, 3], [4, 5, 6])\n", "n.alls"),
                                                     &runner.graph()));
        check("fp_optimized.har");
        CalibrationOptions calib;
        calib.random = true;
        calib.size = 4;
        runner.optimize(ModelScript{}, calib);
        QCOMPARE(runner.state(), ModelState::Quantized);
        check("quantized.har");
        // What the old writer did, the rules catch (the check checks something).
        std::map<std::string, std::string> members = readArchive(readFile(dir.filePath("native.har").toStdString()), "har");
        auto meta = nlohmann::json::parse(members.at("net.metadata.json"));
        meta["sdk_version"] = "dataflow-studio 0.1";
        members["net.metadata.json"] = meta.dump();
        QCOMPARE(netronReaderProblems(writeArchive(members, ArchiveFormat::TarGz)).size(), size_t{1});
    }

    void hnAndHarRoundTripsAreByteIdentical()
    {
        QTemporaryDir dir;
        Har har;
        har.graph = importedZooNet(dir, "resnet_v1_18");
        har.metadata["hw_arch"] = "hailo8l";
        har.extraMembers["resnet_v1_18.original.onnx"] = "not really onnx";
        const std::string hn = encodeHn(har.graph);
        Graph back = decodeHn(hn, "hn");
        attachParams(back, graphParams(har.graph), "npz");
        checkDeclaredShapes(back, "hn");
        QCOMPARE(encodeHn(back), hn);

        const std::string bytes = encodeHar(har);
        const Har read = decodeHar(bytes, "har");
        QCOMPARE(read.graph.size(), har.graph.size());
        QCOMPARE(read.metadata.value("hw_arch", ""), std::string("hailo8l"));
        QCOMPARE(read.extraMembers.at("resnet_v1_18.original.onnx"), std::string("not really onnx"));
        QCOMPARE(encodeHar(read), bytes);
        // Member names follow the network, as vendor readers expect.
        const auto members = readArchive(bytes, "har");
        QVERIFY(members.count("resnet_v1_18.hn") && members.count("resnet_v1_18.npz") &&
                members.count("resnet_v1_18.metadata.json"));
    }

    void vendorStyleHnWithoutExplicitPads()
    {
        // As the vendor writes it: padding by scheme only, kernel_shape in params, scoped names.
        const std::string hn = R"({"name": "v", "net_params": {"output_layers_order": ["v/conv1"]},
          "layers": {
            "v/input_layer1": {"type": "input_layer", "input": [], "output": ["v/conv1"],
                               "input_shapes": [[-1, 15, 16, 3]], "output_shapes": [[-1, 15, 16, 3]],
                               "original_names": ["images"]},
            "v/conv1": {"type": "conv", "input": ["v/input_layer1"], "output": ["v/maxpool1"],
                        "input_shapes": [[-1, 15, 16, 3]], "output_shapes": [[-1, 8, 8, 4]],
                        "original_names": ["Conv_0"],
                        "params": {"kernel_shape": [3, 3, 3, 4], "strides": [1, 2, 2, 1],
                                   "dilations": [1, 1, 1, 1], "padding": "SAME_TENSORFLOW",
                                   "groups": 1, "activation": "relu"}},
            "v/maxpool1": {"type": "maxpool", "input": ["v/conv1"], "output": ["v/output_layer1"],
                           "input_shapes": [[-1, 8, 8, 4]], "output_shapes": [[-1, 8, 8, 4]],
                           "params": {"kernel_shape": [1, 3, 3, 1], "strides": [1, 1, 1, 1], "padding": "SAME"}},
            "v/output_layer1": {"type": "output_layer", "input": ["v/maxpool1"], "output": [],
                                "input_shapes": [[-1, 8, 8, 4]], "output_shapes": [[-1, 8, 8, 4]]}}})";
        Graph g = decodeHn(hn, "vendor.hn");
        attachParams(g, {{"v/conv1/kernel:0", test::randomTensor({3, 3, 3, 4}, 1)},
                         {"v/conv1/bias:0", test::randomTensor({4}, 2)}}, "vendor.npz");
        checkDeclaredShapes(g, "vendor.hn");  // throws if our shapes disagree with the vendor's
        // TF SAME: height 15 → 8 needs 2 rows (1 top, 1 bottom); width 16 → 8 needs 1 column (right).
        QCOMPARE(g.layer("conv1").attr<std::vector<int64_t>>("pads"), (std::vector<int64_t>{1, 0, 1, 1}));
        QCOMPARE(g.layer("maxpool1").attr<std::vector<int64_t>>("pads"), (std::vector<int64_t>{1, 1, 1, 1}));
    }

    void harFileWriteIsAtomicAndReadable()
    {
        QTemporaryDir dir;
        Har har;
        har.graph = importedZooNet(dir, "mobilenet_v2");
        const std::string path = dir.filePath("m.har").toStdString();
        writeHar(path, har);
        QCOMPARE(readHar(path).graph.totalParams(), har.graph.totalParams());
        for (const auto& e : std::filesystem::directory_iterator(dir.path().toStdString()))
            QVERIFY2(e.path().filename().string().find(".tmp.") == std::string::npos, "temporary file left behind");
    }

    void numpyReadsOurNpz()
    {
        if (!std::filesystem::exists("/usr/bin/python3"))
            QFAIL("/usr/bin/python3 with python3-numpy is needed (scripts/install-deps.sh installs it)");
        QTemporaryDir dir;
        const std::string path = dir.filePath("w.npz").toStdString();
        TensorMap m{{"net/fc1/kernel:0", test::randomTensor({4, 3}, 5)}};
        writeNpzFile(path, m);
        QString out;
        const int rc = test::runProgram("/usr/bin/python3", {"-c", QString(
            "import numpy as np; z=np.load('%1'); a=z['net/fc1/kernel:0']; print(a.shape, a.dtype, float(a.sum()))").arg(
            QString::fromStdString(path))}, &out);
        QVERIFY2(rc == 0, qPrintable(out));
        double sum = 0;
        for (float v : m.begin()->second.data) sum += v;
        QVERIFY2(out.contains("(4, 3) float32"), qPrintable(out));
        QVERIFY2(std::fabs(out.split(' ').last().trimmed().toDouble() - sum) < 1e-5, qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestIoFormats)
#include "test_io_formats.moc"
