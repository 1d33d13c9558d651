// Fusion passes: the graph after the passes computes what it computed before (the same model
// imported with every pass disabled), and the expected layers were merged.
#include <QtTest>

#include "importers/onnx/onnx_importer.h"
#include "io/atomic_file.h"
#include "ir/layer_kind.h"
#include "passes/graph_pass.h"
#include "pipeline/runner.h"
#include "test_support.h"
#include "zoo/onnx_builder.h"

using namespace dfc;

namespace {

struct Imported {
    Graph fused, plain;
};

Imported importBoth(const onnx::ModelProto& m, const QTemporaryDir& dir, const char* name)
{
    const std::string path = dir.filePath(name).toStdString();
    writeFileAtomic(path, m.SerializeAsString());
    ImportOptions none;
    for (const GraphPass& p : fusionPasses()) none.disabledPasses.insert(p.id);
    ImportResult a = importOnnx(path, {}), b = importOnnx(path, none);
    if (!a.report.ok() || !b.report.ok()) qFatal("import failed: %s", a.report.unsupported.at(0).reason.text().c_str());
    return {std::move(a.graph), std::move(b.graph)};
}

int count(const Graph& g, const std::string& type)
{
    int n = 0;
    for (const Layer* l : g.layers()) n += l->type() == type;
    return n;
}

void expectSameOutputs(const Imported& m, const Shape& inputShape, const std::string& input = "x")
{
    const Tensor x = test::randomTensor(inputShape, 11);
    const auto a = inferOriginalLayout(m.fused, {{input, x}});
    const auto b = inferOriginalLayout(m.plain, {{input, x}});
    QCOMPARE(a.size(), b.size());
    for (const auto& [name, t] : a) QVERIFY2(test::allClose(t, b.at(name), 1e-4, 1e-5), name.c_str());
}

}  // namespace

class TestFusionPasses : public QObject {
    Q_OBJECT
    QTemporaryDir mDir;

private slots:
    void convBatchNormReluBecomesOneConv()
    {
        OnnxBuilder b("cbr");
        std::string x = b.input("x", {2, 3, 17, 13});
        b.output(b.relu(b.convBn(x, 3, 8, 3, 2)));
        const Imported m = importBoth(b.finish(), mDir, "cbr.onnx");
        QCOMPARE(count(m.fused, "conv"), 1);
        QCOMPARE(count(m.fused, "batch_norm") + count(m.fused, "activation"), 0);
        const Layer* conv = nullptr;
        for (const Layer* l : m.fused.layers())
            if (l->type() == "conv") conv = l;
        QCOMPARE(conv->attr<std::string>("activation"), std::string("relu"));
        QVERIFY(conv->attr<bool>("batch_norm"));
        QCOMPARE(conv->originalNames.size(), size_t{3});  // Conv, BatchNormalization, Relu
        expectSameOutputs(m, {2, 3, 17, 13});
    }

    void hardSwishAndSiluPatterns()
    {
        OnnxBuilder b("act");
        std::string x = b.input("x", {1, 4, 6, 6});
        std::string c = b.conv(x, 4, 4, 1, 1, 1, true);
        // x · relu6(x + 3) / 6, spelled with Add, Clip, Mul, Div
        std::string t = b.node("Add", {c, b.constant("three", {}, {3.0f})});
        t = b.relu6(t);
        t = b.node("Mul", {c, t});
        t = b.node("Div", {t, b.constant("six_d", {}, {6.0f})});
        // y · sigmoid(y)
        std::string s = b.node("Mul", {t, b.node("Sigmoid", {t})});
        b.output(s);
        const Imported m = importBoth(b.finish(), mDir, "act.onnx");
        int hardswish = 0, silu = 0;
        for (const Layer* l : m.fused.layers()) {
            if (!l->params.contains("activation")) continue;
            hardswish += l->attr<std::string>("activation") == "hardswish";
            silu += l->attr<std::string>("activation") == "silu";
        }
        QCOMPARE(hardswish, 1);
        QCOMPARE(silu, 1);
        QCOMPARE(count(m.fused, "ew_mult"), 0);
        expectSameOutputs(m, {1, 4, 6, 6});
    }

    void flattenGemmBecomesDense()
    {
        OnnxBuilder b("fc");
        std::string x = b.input("x", {1, 5, 3, 4});
        std::string f = b.node("Flatten", {x}, {{"axis", {1}}});
        b.output(b.node("Gemm", {f, b.weight("w", {7, 60}, 0.3f), b.weight("bias", {7}, 0.1f)}, {{"transB", {1}}}));
        const Imported m = importBoth(b.finish(), mDir, "fc.onnx");
        QCOMPARE(count(m.fused, "reshape"), 0);
        QCOMPARE(count(m.fused, "dense"), 1);
        expectSameOutputs(m, {1, 5, 3, 4});
    }

    void padFoldsIntoConv()
    {
        OnnxBuilder b("pad");
        std::string x = b.input("x", {1, 3, 9, 9});
        std::string p = b.node("Pad", {x, b.intConstant("pads", {0, 0, 1, 2, 0, 0, 1, 0})});
        b.output(b.conv(p, 3, 4, 3, 1, 1, true));
        const Imported m = importBoth(b.finish(), mDir, "pad.onnx");
        QCOMPARE(count(m.fused, "external_pad"), 0);
        QCOMPARE(count(m.plain, "external_pad"), 1);
        expectSameOutputs(m, {1, 3, 9, 9});
    }

    void zooNetworksKeepTheirNumbers_data()
    {
        QTest::addColumn<QString>("net");
        QTest::newRow("mobilenet_v2") << "mobilenet_v2";
        QTest::newRow("resnet_v1_18") << "resnet_v1_18";
    }
    void zooNetworksKeepTheirNumbers()
    {
        QFETCH(QString, net);
        const Imported m = importBoth(buildZooNetwork(net.toStdString()), mDir, "zoo.onnx");
        QVERIFY(m.fused.size() < m.plain.size() / 2);
        expectSameOutputs(m, {1, 3, 224, 224}, "input");
    }
};

QTEST_GUILESS_MAIN(TestFusionPasses)
#include "test_fusion_passes.moc"
