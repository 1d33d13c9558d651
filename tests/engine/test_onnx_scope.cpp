// Parsing scope: user start/end nodes cut the model; without them we suggest the largest
// supported region, say why, and -y style re-parsing with the suggestion succeeds.
#include <QtTest>

#include "core/error.h"
#include "importers/onnx/onnx_importer.h"
#include "io/atomic_file.h"
#include "ir/layer_names.h"
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
        for (const auto& why : r.report.suggestionReasons) reasons += why.text() + "\n";
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

    void symbolicBatchDefaultsToOneButSpatialDimsNeedShapes()
    {
        onnx::ModelProto m = modelWithPrePost();
        auto* dims = m.mutable_graph()->mutable_input(0)->mutable_type()->mutable_tensor_type()->mutable_shape()->mutable_dim();
        dims->Mutable(0)->set_dim_param("N");
        const std::string batchOnly = mDir.filePath("batch.onnx").toStdString();
        writeFileAtomic(batchOnly, m.SerializeAsString());
        ImportOptions options;
        options.applySuggestion = true;
        const ImportResult r = importOnnx(batchOnly, options);
        QVERIFY(r.report.ok());
        QCOMPARE(r.graph.inputLayers()[0]->outputShape(), (Shape{16, 16, 3}));
        QCOMPARE(onnxInputSignature(batchOnly).at(0).second, (std::vector<int64_t>{-1, 3, 16, 16}));

        dims->Mutable(2)->set_dim_param("H");
        const std::string spatial = mDir.filePath("spatial.onnx").toStdString();
        writeFileAtomic(spatial, m.SerializeAsString());
        QVERIFY_THROWS_EXCEPTION(Error, importOnnx(spatial, options));
        options.inputShapes["x"] = {1, 3, 20, 16};
        const ImportResult fixed = importOnnx(spatial, options);
        QVERIFY(fixed.report.ok());
        QCOMPARE(fixed.graph.inputLayers()[0]->outputShape(), (Shape{20, 16, 3}));
    }

    void reparsingKeepsTheNamesOfLayersThatStay()
    {
        ImportOptions options;
        options.applySuggestion = true;
        Runner whole;
        QVERIFY(whole.translate(mPath, options).ok());
        QVERIFY(whole.graph().find("conv2"));
        QCOMPARE(whole.graph().layer("conv2").originalNames.front(), std::string("Conv_5"));

        // Starting at the second conv drops the first: numbered afresh, Conv_5 would be conv1.
        ImportOptions cut;
        cut.startNodes = {"Conv_5"};
        cut.endNodes = {"Relu_6"};
        Runner fresh;
        QVERIFY(fresh.translate(mPath, cut).ok());
        QCOMPARE(fresh.graph().layer("conv1").originalNames.front(), std::string("Conv_5"));

        cut.previousLayerNames = layerIdentities(whole.graph());
        Runner kept;
        QVERIFY(kept.translate(mPath, cut).ok());
        QVERIFY(!kept.graph().find("conv1"));
        QCOMPARE(kept.graph().layer("conv2").originalNames.front(), std::string("Conv_5"));
        kept.graph().validate();

        // A name another layer claims moves that layer to the smallest free number.
        Graph g = kept.graph();
        const std::string input = g.inputLayers().at(0)->name;
        auto previous = layerIdentities(g);
        for (auto& [identity, name] : previous)
            if (name == "conv2") name = input;  // a kind mismatch is ignored
        keepLayerNames(g, previous);
        QVERIFY(g.find("conv2"));
        g.renameLayers({{"conv2", input}, {input, "conv2"}});  // names of different kinds may swap
        QCOMPARE(g.layer(input).type(), std::string("conv"));
        g.validate();
        QVERIFY_THROWS_EXCEPTION(Error, g.renameLayers({{"conv2", input}}));
        QCOMPARE(g.layer("conv2").type(), std::string("input_layer"));
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
