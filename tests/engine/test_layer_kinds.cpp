// The layer-kind registry (its coverage by the subsystems is test_coverage); shape and cost
// rules; kernels against naive reference loops with odd sizes and a fixed seed.
#include <QtTest>

#include "core/error.h"
#include "emulator/executor.h"
#include "emulator/kernel_registry.h"
#include "ir/activation.h"
#include "ir/graph.h"
#include "ir/layer_kind.h"
#include "test_support.h"

using namespace dfc;

namespace {

Layer makeLayer(const std::string& type, nlohmann::json params = nlohmann::json::object())
{
    // Aggregate initialization sidesteps a GCC 12 false -Wrestrict on string assignment.
    return Layer{.name = std::string(1, 'l'), .kind = &LayerKindRegistry::instance().get(type),
                 .params = std::move(params)};
}

/// Direct convolution, the definition: out[y,x,o] = Σ in[y·s−p+ky·d, x·s−p+kx·d, g·cg+i] · k[ky,kx,i,o].
Tensor naiveConv(const Tensor& in, const Tensor& k, int64_t s, int64_t d, std::vector<int64_t> p, int64_t groups)
{
    const int64_t h = in.dim(1), w = in.dim(2), c = in.dim(3), kh = k.dim(0), kw = k.dim(1), cout = k.dim(3);
    const int64_t cg = c / groups, og = cout / groups;
    const int64_t oh = (h + p[0] + p[2] - d * (kh - 1) - 1) / s + 1, ow = (w + p[1] + p[3] - d * (kw - 1) - 1) / s + 1;
    Tensor out({in.dim(0), oh, ow, cout});
    for (int64_t b = 0; b < in.dim(0); ++b)
        for (int64_t y = 0; y < oh; ++y)
            for (int64_t x = 0; x < ow; ++x)
                for (int64_t o = 0; o < cout; ++o) {
                    double acc = 0;
                    const int64_t g = o / og;
                    for (int64_t ky = 0; ky < kh; ++ky)
                        for (int64_t kx = 0; kx < kw; ++kx) {
                            const int64_t iy = y * s - p[0] + ky * d, ix = x * s - p[1] + kx * d;
                            if (iy < 0 || iy >= h || ix < 0 || ix >= w) continue;
                            for (int64_t i = 0; i < cg; ++i)
                                acc += in.data[((b * h + iy) * w + ix) * c + g * cg + i] *
                                       k.data[((ky * kw + kx) * cg + i) * cout + o];
                        }
                    out.data[((b * oh + y) * ow + x) * cout + o] = static_cast<float>(acc);
                }
    return out;
}

}  // namespace

class TestLayerKinds : public QObject {
    Q_OBJECT
private slots:
    void userGuideKindsAreRegistered()
    {
        for (const char* t : {"conv", "dw", "deconv", "dense", "maxpool", "avgpool", "global_avg_pool", "concat",
                              "ew_add", "ew_sub", "ew_mult", "ew_div", "ew_min", "ew_max", "normalization",
                              "batch_norm", "resize", "depth_to_space", "space_to_depth", "softmax", "argmax",
                              "reduce_max", "reduce_min", "reduce_sum", "reduce_mean", "reduce_sum_square",
                              "feature_shuffle", "feature_splitter", "slice", "reshape", "transpose",
                              "external_pad", "matmul", "activation"})
            QVERIFY2(LayerKindRegistry::instance().find(t), t);
    }

    void unknownTypeIsTypedError()
    {
        try {
            LayerKindRegistry::instance().get("no_such_layer");
            QFAIL("expected an error");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::Unsupported);
        }
    }

    void convShapeAndMacs()
    {
        Layer l = makeLayer("conv", {{"strides", {1, 2, 2, 1}}, {"pads", {1, 1, 1, 1}}, {"groups", 2}});
        l.weights["kernel"] = Tensor({3, 3, 8, 32});
        l.inputShapes = {{57, 63, 16}};
        l.inputs = {"x"};
        inferLayerShapes(l);
        QCOMPARE(l.outputShape(), (Shape{29, 32, 32}));
        QCOMPARE(layerMacs(l), int64_t{29 * 32 * 32 * 3 * 3 * 8});
    }

    void mismatchedKernelIsInvalidGraph()
    {
        Layer l = makeLayer("conv");
        l.weights["kernel"] = Tensor({3, 3, 5, 8});
        l.inputShapes = {{10, 10, 16}};
        l.inputs = {"x"};
        QVERIFY_THROWS_EXCEPTION(Error, inferLayerShapes(l));
    }

    void convKernelMatchesDirectConvolution_data()
    {
        QTest::addColumn<int>("stride");
        QTest::addColumn<int>("dilation");
        QTest::addColumn<int>("groups");
        QTest::newRow("plain 3x3") << 1 << 1 << 1;
        QTest::newRow("stride 2") << 2 << 1 << 1;
        QTest::newRow("dilation 2") << 1 << 2 << 1;
        QTest::newRow("groups 3") << 1 << 1 << 3;
        QTest::newRow("pointwise-able") << 1 << 1 << 1;
    }
    void convKernelMatchesDirectConvolution()
    {
        QFETCH(int, stride);
        QFETCH(int, dilation);
        QFETCH(int, groups);
        const int64_t c = 6, cout = 9;
        Tensor in = test::randomTensor({2, 13, 11, c}, 7767517);
        Tensor k = test::randomTensor({3, 3, c / groups, cout}, 42);
        std::vector<int64_t> pads{1, 0, 2, 1};
        Layer l = makeLayer("conv", {{"strides", {1, stride, stride, 1}}, {"dilations", {1, dilation, dilation, 1}},
                                     {"pads", pads}, {"groups", groups}});
        l.weights["kernel"] = k;
        l.inputShapes = {{13, 11, c}};
        l.inputs = {"x"};
        inferLayerShapes(l);
        const Tensor got = (*KernelRegistry::instance().find("conv"))(l, {&in})[0];
        const Tensor want = naiveConv(in, k, stride, dilation, pads, groups);
        QCOMPARE(got.shape, want.shape);
        QVERIFY(test::allClose(got, want, 1e-5, 1e-5));
    }

    void depthwiseMatchesGroupedConvolution()
    {
        const int64_t c = 5;
        Tensor in = test::randomTensor({1, 9, 7, c}, 3);
        Tensor k = test::randomTensor({3, 3, c, 1}, 4);
        Layer l = makeLayer("dw", {{"strides", {1, 2, 2, 1}}, {"pads", {1, 1, 1, 1}}, {"groups", c}});
        l.weights["kernel"] = k;
        l.inputShapes = {{9, 7, c}};
        l.inputs = {"x"};
        inferLayerShapes(l);
        const Tensor got = (*KernelRegistry::instance().find("dw"))(l, {&in})[0];
        // A depthwise kernel [kh,kw,C,1] is a grouped conv kernel [kh,kw,1,C] with C groups.
        Tensor grouped({3, 3, 1, c}, k.data);
        const Tensor want = naiveConv(in, grouped, 2, 1, {1, 1, 1, 1}, c);
        QVERIFY(test::allClose(got, want, 1e-5, 1e-5));
    }

    void cycleIsRejected()
    {
        Graph g;
        g.addLayer("shortcut", "a");
        g.addLayer("shortcut", "b");
        g.connect("a1", "b1");
        g.connect("b1", "a1");
        try {
            g.validate();
            QFAIL("expected an error");
        } catch (const Error& e) {
            QCOMPARE(e.code(), ErrorCode::InvalidGraph);
        }
    }

    void executorChecksInputShape()
    {
        Graph g;
        Layer& in = g.addLayer("input_layer");
        in.inputShapes = {{4, 4, 3}};
        Layer& out = g.addLayer("output_layer");
        g.connect(in.name, out.name);
        g.inferShapes();
        Executor ex(g);
        QVERIFY_THROWS_EXCEPTION(Error, ex.run({{"input_layer1", Tensor({1, 4, 4, 2})}}));
        const auto run = ex.run({{"input_layer1", test::randomTensor({2, 4, 4, 3}, 1)}});
        QCOMPARE(run.outputs.at("output_layer1").shape, (Shape{2, 4, 4, 3}));
    }
};

QTEST_GUILESS_MAIN(TestLayerKinds)
#include "test_layer_kinds.moc"
