// Parsing scope: user start/end nodes cut the model; without them we suggest the largest
// supported region, say why, and -y style re-parsing with the suggestion succeeds.
#include <QtTest>

#include "importers/onnx/onnx_importer.h"
#include "io/atomic_file.h"
#include "pipeline/runner.h"
#include "test_support.h"
#include "zoo/onnx_builder.h"

using namespace dfc;

namespace {

/// Unsupported pre-processing (Cos) → conv, relu, conv, relu → unsupported post-processing (Hardmax).
onnx::ModelProto modelWithPrePost()
{
    OnnxBuilder b("prepost");
    std::string x = b.input("x", {1, 3, 16, 16});
    std::string y = b.node("Cos", {x}, {}, "preprocess");
    y = b.relu(b.conv(y, 3, 8, 3, 1, 1, true));
    y = b.relu(b.conv(y, 8, 8, 3, 2, 1, true));
    b.output(b.node("Hardmax", {y}, {}, "postprocess"));
    return b.finish();
}

}  // namespace

class TestOnnxScope : public QObject {
    Q_OBJECT
    QTemporaryDir mDir;
    std::string mPath;

private slots:
    void initTestCase()
    {
        mPath = mDir.filePath("prepost.onnx").toStdString();
        writeFileAtomic(mPath, modelWithPrePost().SerializeAsString());
    }

    void suggestsTheSupportedRegionAndSaysWhy()
    {
        const ImportResult r = importOnnx(mPath, {});
        QVERIFY(!r.report.ok());
        QCOMPARE(r.report.unsupported.size(), size_t{2});
        QCOMPARE(r.report.suggestedStart, (std::vector<std::string>{"Conv_2"}));
        QCOMPARE(r.report.suggestedEnd, (std::vector<std::string>{"Relu_6"}));
        std::string reasons;
        for (const auto& why : r.report.suggestionReasons) reasons += why + "\n";
        QVERIFY2(reasons.find("pre-processing") != std::string::npos, reasons.c_str());
        QVERIFY2(reasons.find("post-processing") != std::string::npos, reasons.c_str());
    }

    void applyingTheSuggestionParses()
    {
        ImportOptions options;
        options.applySuggestion = true;
        const ImportResult r = importOnnx(mPath, options);
        QVERIFY(r.report.ok());
        QCOMPARE(r.report.startNodes, (std::vector<std::string>{"Conv_2"}));
        QCOMPARE(r.graph.inputLayers().size(), size_t{1});
        QCOMPARE(r.graph.inputLayers()[0]->outputShape(), (Shape{16, 16, 3}));
        QCOMPARE(r.graph.outputLayers()[0]->outputShape(), (Shape{8, 8, 8}));
    }

    void userNodesCutTheMiddle()
    {
        ImportOptions options;
        options.startNodes = {"Conv_5"};
        options.endNodes = {"Conv_5"};
        const ImportResult r = importOnnx(mPath, options);
        QVERIFY(r.report.ok());
        int convs = 0;
        for (const Layer* l : r.graph.layers()) convs += l->type() == "conv";
        QCOMPARE(convs, 1);
        // The cut input is the tensor between Relu_3 and Conv_5, shaped by ONNX inference.
        QCOMPARE(r.graph.inputLayers()[0]->params["original_name"].get<std::string>(), std::string("Relu_3_out"));
        QCOMPARE(r.graph.inputLayers()[0]->outputShape(), (Shape{16, 16, 8}));
        const auto out = inferOriginalLayout(r.graph, {{"Relu_3_out", test::randomTensor({1, 8, 16, 16}, 3)}});
        QCOMPARE(out.begin()->second.shape, (Shape{1, 8, 8, 8}));
    }

    void everyLayerMapsBackToSourceNodes()
    {
        ImportOptions options;
        options.applySuggestion = true;
        const ImportResult r = importOnnx(mPath, options);
        for (const Layer* l : r.graph.layers())
            QVERIFY2(!l->originalNames.empty(), l->name.c_str());
    }
};

QTEST_GUILESS_MAIN(TestOnnxScope)
#include "test_onnx_scope.moc"
