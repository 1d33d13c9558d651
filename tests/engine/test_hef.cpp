// The compiled binary (.hef) and the CPU runtime: the runtime's outputs are the quantized
// emulator's byte for byte (single and multi context, 8/16-bit, table activations, several
// outputs, a transposed network); the metadata says what HailoRT's tools read, checked by an
// independent reader written from the format description (tests/tools/hef_read.py); the bytes
// are deterministic; every kind of damage is a typed error.
#include <QtTest>

#include <cmath>

#include "core/error.h"
#include "hef/hef.h"
#include "hef/hef_container.h"
#include "hef/hef_metadata.pb.h"
#include "io/atomic_file.h"
#include "ir/layout.h"
#include "pipeline/runner.h"
#include "runtime/hef_runtime.h"
#include "script/model_script.h"
#include "script/script_parser.h"
#include "hef_checks.h"
#include "test_support.h"
#include "zoo/onnx_builder.h"

using namespace dfc;
using dfc::test::runProgram;

namespace {

ErrorCode codeOf(const std::function<void()>& f, std::string* message = nullptr)
{
    try {
        f();
    } catch (const Error& e) {
        if (message) *message = e.what();
        return e.code();
    }
    return ErrorCode::Internal;  // no test expects Internal: "threw nothing" fails the comparison
}

/// Conv-BN-ReLU, a residual add, a classifier: the common shape of a CNN.
onnx::ModelProto residualNet()
{
    OnnxBuilder b("residual");
    const std::string x = b.input("x", {1, 3, 32, 32});
    const std::string a = b.relu(b.convBn(x, 3, 16, 3, 2));
    const std::string c = b.relu(b.add(b.convBn(b.relu6(b.convBn(a, 16, 16, 3, 1, 16)), 16, 16, 1, 1), a));
    b.output(b.classifier(c, 16, 10));
    return b.finish();
}

/// Two outputs, a concatenation and a table activation (sigmoid); one layer runs at 16 bits.
onnx::ModelProto twoHeadNet()
{
    OnnxBuilder b("twohead");
    const std::string x = b.input("x", {1, 3, 24, 20});
    const std::string a = b.relu6(b.convBn(x, 3, 8, 3, 1));
    const std::string s = b.node("Sigmoid", {b.conv(a, 8, 8, 3, 1, 1, true)});
    const std::string cat = b.node("Concat", {a, s}, {{"axis", {1}}});
    b.output(b.relu(b.convBn(cat, 16, 4, 1, 1)));
    b.output(b.classifier(s, 8, 5));
    return b.finish();
}

}  // namespace

class TestHef : public QObject {
    Q_OBJECT
    QTemporaryDir mDir;

    Runner compiled(const std::string& name, const onnx::ModelProto& model, const std::string& optimizeScript,
                    const std::string& arch, const std::string& compileScript)
    {
        const std::string path = mDir.filePath(QString::fromStdString(name) + ".onnx").toStdString();
        writeFileAtomic(path, model.SerializeAsString());
        return test::compiledRunner(path, {}, optimizeScript, arch, compileScript);
    }

    static void checkBitExact(const Runner& r)
    {
        QVERIFY(test::runtimeMatchesEmulator(r));
        // The Runner's hw mode is the same runtime.
        TensorsByName inputs;
        for (const Layer* l : r.graph().inputLayers()) {
            Shape shape{1};
            for (int64_t d : hostShape(*l)) shape.push_back(d);
            inputs[l->name] = Tensor(shape, 0.25f);
        }
        const TensorsByName hw = r.infer(InferMode::Hardware, inputs), quantized = r.infer(InferMode::Quantized, inputs);
        for (const auto& [name, t] : quantized) QVERIFY2(hw.at(name).data == t.data, name.c_str());
    }

private slots:
    void initTestCase() { QVERIFY(mDir.isValid()); }

    void bitExactSingleContext()
    {
        const Runner r = compiled("residual", residualNet(), "", "hailo8", "");
        QCOMPARE(r.allocation().contexts.size(), size_t(1));
        checkBitExact(r);
    }

    void bitExactAcrossContexts()
    {
        const Runner r = compiled("residual", residualNet(), "", "hailo8l", "context_switch_param(mode=enabled)\n");
        QVERIFY(r.allocation().contexts.size() >= 2);
        const HefFile f = readHef(r.hef(), "t.hef");
        size_t carried = 0;
        for (const HefContext& c : f.info.contexts) carried += c.carriedIn.size();
        QVERIFY(carried >= 1);  // something really crosses a context border
        checkBitExact(r);
    }

    void bitExactSixteenBitTablesAndTwoOutputs()
    {
        // The first conv at 16 bits: its output and the concat's input carry 16-bit codes.
        const Runner r = compiled("twohead", twoHeadNet(), "quantization_param(conv1, precision_mode=a16_w16)\n", "hailo8",
                                  "context_switch_param(mode=enabled)\n");
        QCOMPARE(r.graph().outputLayers().size(), size_t(2));
        checkBitExact(r);
    }

    void bitExactTransposed()
    {
        const Runner r = compiled("twohead", twoHeadNet(), "transpose()\n", "hailo8", "");
        const HefFile f = readHef(r.hef(), "t.hef");
        QVERIFY(f.info.inputs.at(0).transposed);
        // The device shape is [W, H, C]; the host gives [H, W, C] and the runtime swaps.
        QCOMPARE(f.info.inputs.at(0).height, 20u);
        QCOMPARE(f.info.inputs.at(0).width, 24u);
        checkBitExact(r);
    }

    void metadataDescribesTheNetwork()
    {
        const Runner r = compiled("twohead", twoHeadNet(), "", "hailo8l", "context_switch_param(mode=enabled)\n");
        const HefInfo info = readHef(r.hef(), "t.hef").info;
        const Allocation a = r.allocation();
        QCOMPARE(info.hwArch, std::string("hailo8l"));
        QCOMPARE(info.networkGroup, std::string("twohead"));
        QCOMPARE(info.contexts.size(), a.contexts.size());
        QCOMPARE(info.compilerVersion, std::string(DFC_VERSION));
        QVERIFY(std::find(info.extensions.begin(), info.extensions.end(), "PERIPH_CALCULATION_IN_HAILORT") != info.extensions.end());
        QVERIFY(std::find(info.extensions.begin(), info.extensions.end(), "IS_MULTI_CONTEXTS") != info.extensions.end());
        QVERIFY(info.bottleneckFps > 0 && info.latencySeconds > 0);
        const auto report = r.profile(ModelScript{});
        QVERIFY(std::fabs(info.bottleneckFps - report["performance"]["fps_batch_1"].get<double>()) < 1e-3);  // the report rounds
        const QuantizedModel model = r.quantizedModel();
        std::vector<std::string> outputs;
        for (const Layer* l : r.graph().outputLayers()) outputs.push_back("twohead/" + l->name);
        QCOMPARE(int(info.outputs.size()), 2);
        for (size_t i = 0; i < outputs.size(); ++i) QCOMPARE(info.outputs[i].name, outputs[i]);
        for (const auto* list : {&info.inputs, &info.outputs})
            for (const HefStream& s : *list) {
                const QuantParams& q = model.at(s.layer).output;
                QCOMPARE(s.dataBytes * 8, q.bits);
                QCOMPARE(float(s.scale), float(q.scale));
                QCOMPARE(float(s.zeroPoint), float(q.zeroPoint));
                QCOMPARE(s.context, a.find(s.layer)->context);
            }
        QCOMPARE(info.outputs[1].order, std::string("NC"));
        QCOMPARE(info.outputs[1].features, 5u);
    }

    /// tests/tools/hef_read.py, written from the format description, agrees with our reader.
    void independentReaderAgrees()
    {
        for (const char* arch : {"hailo8", "hailo8l"}) {
            const Runner r = compiled("twohead", twoHeadNet(), "", arch, "context_switch_param(mode=enabled)\n");
            for (int version : {2, 3}) {
                const QString path = mDir.filePath(QString("t_%1_%2.hef").arg(arch).arg(version));
                writeFileAtomic(path.toStdString(), r.hef(version));
                QString out;
                QCOMPARE(runProgram("/usr/bin/python3", {DFC_SOURCE_DIR "/tests/tools/hef_read.py", path}, &out), 0);
                const auto ind = nlohmann::json::parse(out.toStdString());
                const auto ours = readHefFile(path.toStdString()).info.toJson();
                QCOMPARE(ind["container_version"].get<int>(), version);
                for (const char* key : {"file_bytes", "xxh3", "hw_arch", "compiler_version", "network_group", "contexts"})
                    QVERIFY2(ind[key] == ours[key], key);
                QCOMPARE(ind["header_version"].get<int>(), 1);
                QCOMPARE(ind["network_groups"].get<int>(), 1);
                QCOMPARE(ind["partial_network_groups"].get<int>(), std::string(arch) == "hailo8l" ? 1 : 0);
                QCOMPARE(ind["bottleneck_fps"].get<double>(), ours["bottleneck_fps"].get<double>());
                const auto idx = ind["extension_indices"].get<std::vector<int>>();
                QVERIFY(std::find(idx.begin(), idx.end(), 26) != idx.end());
                for (const char* side : {"inputs", "outputs"}) {
                    QCOMPARE(ind[side].size(), ours[side].size());
                    for (size_t i = 0; i < ind[side].size(); ++i) {
                        const auto& a = ind[side][i];
                        const auto& b = ours[side][i];
                        for (const char* key : {"name", "layer", "context", "sys_index", "order", "type", "shape", "transposed"})
                            QVERIFY2(a[key] == b[key], key);
                        QCOMPARE(a["scale"].get<double>(), b["quantization"]["scale"].get<double>());
                        QCOMPARE(a["zero_point"].get<double>(), b["quantization"]["zero_point"].get<double>());
                        QCOMPARE(a["buffer_indices"].get<int>(), 1);
                    }
                }
            }
        }
    }

    void deterministicAndVersioned()
    {
        const Runner r = compiled("residual", residualNet(), "", "hailo8", "");
        QCOMPARE(r.hef(3), r.hef());
        QVERIFY(r.hef(3) == r.hef(3));
        const HefFile v2 = readHef(r.hef(2), "v2"), v3 = readHef(r.hef(3), "v3");
        QCOMPARE(v2.info.containerVersion, 2);
        QCOMPARE(v3.info.containerVersion, 3);
        auto a = v2.info.toJson(), b = v3.info.toJson();
        for (const char* key : {"container_version", "file_bytes", "xxh3"}) a.erase(key), b.erase(key);
        QVERIFY(a == b);
        QCOMPARE(v2.blob(v2.info.quantized, "q"), v3.blob(v3.info.quantized, "q"));
        QCOMPARE(codeOf([&] { r.hef(4); }), ErrorCode::InvalidArgument);
    }

    void damageIsATypedError_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expect");
        QTest::newRow("bad magic") << 0 << "magic";
        QTest::newRow("old version") << 1 << "version";
        QTest::newRow("unknown version") << 2 << "version";
        QTest::newRow("one byte more") << 3 << "file length";
        QTest::newRow("flipped byte") << 4 << "xxh3";
        QTest::newRow("lying metadata size") << 5 << "hef_proto_size";
        QTest::newRow("lying data size") << 6 << "ccws_size";
        QTest::newRow("truncated proto") << 7 << "metadata";
        QTest::newRow("payload beyond the data") << 8 << "payload.quantized";
        QTest::newRow("payload hash") << 9 << "payload.network";
        QTest::newRow("huge stream") << 10 << "shape";
        QTest::newRow("no buffer index") << 11 << "buffer_indices";
        QTest::newRow("no contexts") << 12 << "contexts";
        QTest::newRow("inflate lies") << 13 << "inflate";
        QTest::newRow("program reads a later context") << 14 << "neither its context";
        QTest::newRow("stream shape lies") << 15 << "shape differs";
    }

    void damageIsATypedError()
    {
        QFETCH(int, kind);
        QFETCH(QString, expect);
        static const Runner r = compiled("residual", residualNet(), "", "hailo8l", "context_switch_param(mode=enabled)\n");
        const std::string good = r.hef();
        const HefContainer c = unpackHefContainer(good, "good");
        hefpb::Hef meta;
        QVERIFY(meta.ParseFromArray(c.metadata.data(), int(c.metadata.size())));
        std::string data(c.data);
        auto repack = [&] { return packHefContainer(3, meta.SerializeAsString(), data); };
        std::string bytes = good;
        switch (kind) {
        case 0: bytes[1] = 'X'; break;
        case 1: bytes[7] = 1; break;
        case 2: bytes[7] = 9; break;
        case 3: bytes += '\0'; break;
        case 4: bytes[bytes.size() / 2] ^= 0x20; break;
        case 5: bytes[8] = char(0x7f); break;
        case 6: bytes[20] = char(0x7f); break;
        case 7: bytes = packHefContainer(3, c.metadata.substr(0, c.metadata.size() - 3), data); break;
        case 8: meta.mutable_payload()->mutable_quantized()->set_offset(data.size() - 2); bytes = repack(); break;
        case 9: data[meta.payload().network().offset() + 1] ^= 1; bytes = repack(); break;
        case 10: {
            auto* base = meta.mutable_network_groups(0)->mutable_contexts(0)->mutable_metadata()->mutable_edge_layers(0)->mutable_layer_info()->mutable_edge_layer_base();
            base->set_height(1u << 30), base->set_padded_height(1u << 30);
            bytes = repack();
            break;
        }
        case 11:
            meta.mutable_network_groups(0)->mutable_contexts(0)->mutable_metadata()->mutable_edge_layers(0)->mutable_layer_info()
                ->mutable_edge_layer_base()->clear_buffer_indices();
            bytes = repack();
            break;
        case 12: meta.mutable_network_groups(0)->clear_contexts(); bytes = repack(); break;
        case 13: meta.mutable_payload()->mutable_quantized()->set_raw_size(meta.payload().quantized().raw_size() + 1); bytes = repack(); break;
        case 14: {
            // The last context forgets what the one before left for it.
            auto* program = meta.mutable_network_groups(0)->mutable_contexts(meta.network_groups(0).contexts_size() - 1)->mutable_program();
            program->clear_carried_in();
            bytes = repack();
            break;
        }
        case 15:
            meta.mutable_network_groups(0)->mutable_contexts(0)->mutable_metadata()->mutable_edge_layers(0)->mutable_layer_info()
                ->mutable_edge_layer_base()->set_width(31);
            meta.mutable_network_groups(0)->mutable_contexts(0)->mutable_metadata()->mutable_edge_layers(0)->mutable_layer_info()
                ->mutable_edge_layer_base()->set_padded_width(31);
            bytes = repack();
            break;
        }
        std::string message;
        const ErrorCode code = codeOf([&] { HefRuntime runtime(readHef(bytes, "bad.hef")); }, &message);
        QVERIFY2(code == ErrorCode::InvalidFormat || code == ErrorCode::LimitExceeded, message.c_str());
        QVERIFY2(message.find(expect.toStdString()) != std::string::npos, message.c_str());
        QVERIFY2(message.find("bad.hef") != std::string::npos, message.c_str());
    }

    /// Every prefix of a real file: a typed error, never a crash (the fuzzer goes further).
    void everyTruncationIsRejected()
    {
        const Runner r = compiled("residual", residualNet(), "", "hailo8", "");
        const std::string good = r.hef();
        for (size_t n = 0; n < good.size(); n += 1 + n / 8)
            QCOMPARE(codeOf([&] { readHef(good.substr(0, n), "cut.hef"); }), ErrorCode::InvalidFormat);
    }

    void notOurBinaryIsSaidPlainly()
    {
        const Runner r = compiled("residual", residualNet(), "", "hailo8", "");
        const std::string bytes = r.hef();  // the container's views point into it
        const HefContainer c = unpackHefContainer(bytes, "hef");
        hefpb::Hef meta;
        QVERIFY(meta.ParseFromArray(c.metadata.data(), int(c.metadata.size())));
        meta.clear_payload();  // as the vendor's compiler writes it: metadata and device configuration only
        const HefFile f = readHef(packHefContainer(3, meta.SerializeAsString(), ""), "vendor.hef");
        QVERIFY(!f.info.hasPayload);
        QCOMPARE(f.info.inputs.size(), size_t(1));
        std::string message;
        QCOMPARE(codeOf([&] { HefRuntime runtime(f); }, &message), ErrorCode::Unsupported);
        QVERIFY2(message.find("not written by Dataflow Studio") != std::string::npos, message.c_str());
    }
};

QTEST_GUILESS_MAIN(TestHef)
#include "test_hef.moc"
