// The compiler and the profiler on generated standard networks (engine/zoo): the hardware
// descriptions and their provenance, single- vs multi-context verdicts with their reasons, the
// caps, the model script's compilation commands, the .auto.alls round trip, determinism, a
// model that cannot fit, the saved allocation's validation and the report's documented keys.
#include <QtTest>

#include <cmath>
#include <map>
#include <set>

#include "compiler/compile_settings.h"
#include "compiler/compiler.h"
#include "compiler/hw_arch.h"
#include "core/error.h"
#include "importers/onnx/onnx_importer.h"
#include "io/atomic_file.h"
#include "pipeline/runner.h"
#include "profiler/performance_model.h"
#include "profiler/profile_report.h"
#include "script/model_script.h"
#include "script/script_parser.h"
#include "zoo/onnx_builder.h"

using namespace dfc;

namespace {

const char* kPerformanceMode = "performance_param(compiler_optimization_level=max)\n";

ModelScript scriptFor(const std::string& text, const Graph& graph)
{
    ModelScript s = interpretScript(parseScript(text, "test.alls"), &graph);
    s.throwIfErrors();
    return s;
}

/// Every layer at the same bits.
LayerBitsMap uniformBits(const Graph& g, int activation, int weight)
{
    LayerBitsMap bits;
    for (const Layer* l : g.topoOrder()) bits[l->name] = {activation, weight};
    return bits;
}

/// The code of the Error `fn` throws; Internal when it throws none (no test expects Internal).
template <typename Fn>
ErrorCode errorCodeOf(Fn&& fn, std::string* message = nullptr, std::string* location = nullptr)
{
    try {
        fn();
    } catch (const Error& e) {
        if (message) *message = e.what();
        if (location) *location = e.location();
        return e.code();
    }
    return ErrorCode::Internal;
}

}  // namespace

class TestCompiler : public QObject {
    Q_OBJECT
    QTemporaryDir mDir;
    std::map<std::string, Graph> mGraphs;

    const Graph& zoo(const std::string& net)
    {
        auto it = mGraphs.find(net);
        if (it != mGraphs.end()) return it->second;
        const std::string path = mDir.filePath(QString::fromStdString(net) + ".onnx").toStdString();
        writeFileAtomic(path, zooNetworkOnnxBytes(net));
        ImportResult r = importOnnx(path, {});
        if (!r.report.ok()) qFatal("zoo network %s did not parse", net.c_str());
        return mGraphs.emplace(net, std::move(r.graph)).first->second;
    }

    Allocation compile(const std::string& net, const std::string& arch, const std::string& script = kPerformanceMode,
                       int weightBits = 8)
    {
        const Graph& g = zoo(net);
        const HwArch& hw = HwArch::builtin(arch);
        return compileModel(g, uniformBits(g, 8, weightBits), hw, readCompileSettings(scriptFor(script, g), g, hw));
    }

    nlohmann::ordered_json report(const Allocation& a, const std::string& net, double streamFps = 0)
    {
        ProfileInputs in;
        in.graph = &zoo(net);
        in.allocation = &a;
        in.hw = &HwArch::builtin(a.hwArch);
        in.state = "native";
        in.streamFps = streamFps;
        return profileReport(in);
    }

    /// Each context within its caps, each cluster within its units.
    void verifyWithinCaps(const Allocation& a)
    {
        const HwArch& hw = HwArch::builtin(a.hwArch);
        const ResourceCaps& caps = a.settings.caps;
        for (const ContextAllocation& c : a.contexts) {
            QVERIFY2(c.used.subclusters <= caps.compute * hw.totalSubclusters() + 1e-9, a.network.c_str());
            QVERIFY2(c.used.l3Cuts <= caps.memory * hw.totalL3Cuts() + 1e-9, a.network.c_str());
            QVERIFY2(c.used.lcus <= caps.control * hw.totalLcus() + 1e-9, a.network.c_str());
            QCOMPARE(int(c.clusters.size()), hw.clusters);
            for (const UnitCounts& u : c.clusters) {
                QVERIFY(u.subclusters <= hw.subclustersPerCluster);
                QVERIFY(u.l3Cuts <= hw.l3CutsPerCluster);
                QVERIFY(u.apus <= hw.apusPerCluster);
                QVERIFY(u.inputAligners <= hw.inputAlignersPerCluster);
            }
        }
    }

private slots:
    void hardwareDescriptionsCarryTheirSources()
    {
        const std::vector<std::string> names = HwArch::builtinNames();
        QCOMPARE(std::set<std::string>(names.begin(), names.end()), (std::set<std::string>{"hailo8", "hailo8l", "hailo8r"}));
        for (const std::string& n : names) {
            const HwArch& hw = HwArch::builtin(n);
            QVERIFY(hw.provenance.size() >= 20);
            for (const auto& [path, v] : hw.provenance) {
                const std::string& src = v.source;
                QVERIFY2(src.rfind("F:", 0) == 0 || src.rfind("I:", 0) == 0 || src.rfind("fit:", 0) == 0,
                         qPrintable(QString::fromStdString(n + " " + path + ": " + src)));
            }
        }
        // The public facts: 8 clusters on Hailo-8, 4 on Hailo-8L; 26 and 13 TOPS.
        QCOMPARE(HwArch::builtin("hailo8").clusters, 8);
        QCOMPARE(HwArch::builtin("hailo8l").clusters, 4);
        QVERIFY(std::fabs(HwArch::builtin("hailo8").peakOpsPerSecond() / 1e12 - 26.2) < 0.5);
        QVERIFY(std::fabs(HwArch::builtin("hailo8l").peakOpsPerSecond() / 1e12 - 13.1) < 0.5);
    }

    void malformedHardwareDescriptionIsLocated()
    {
        const std::string good = R"({"name": "x", "clusters": {"value": 4, "source": "F: test"}})";
        std::string message, location;
        // A description missing a unit names the JSON path.
        QCOMPARE(errorCodeOf([&] { HwArch::fromJson(good, "x.json"); }, &message, &location), ErrorCode::InvalidFormat);
        QVERIFY2(location.find("cluster.lcus") != std::string::npos, location.c_str());
        QCOMPARE(errorCodeOf([&] { HwArch::fromJson("{\"name\": ", "x.json"); }, &message), ErrorCode::InvalidFormat);
        QCOMPARE(errorCodeOf([&] { HwArch::fromJson(R"({"name": "x", "clusters": {"value": 4}})", "x.json"); }, &message, &location),
                 ErrorCode::InvalidFormat);
        QVERIFY2(message.find("source") != std::string::npos, message.c_str());
        QCOMPARE(errorCodeOf([&] { HwArch::fromJson(R"({"name": "x", "clusters": {"value": -2, "source": "F: t"}})", "x.json"); },
                             &message, &location),
                 ErrorCode::InvalidFormat);
        QVERIFY2(message.find("outside") != std::string::npos, message.c_str());
        QCOMPARE(errorCodeOf([] { HwArch::builtin("hailo15"); }), ErrorCode::InvalidArgument);
    }

    /// PCIe payload rates from the spec's arithmetic: Gen2 x1 is the Raspberry Pi 5's 500 MB/s,
    /// Gen3 x4 the module's 3.94 GB/s; anything else is refused with the expected form.
    void hostLinkRatesAndNames()
    {
        QCOMPARE(HostLink::parse("gen2x1").bytesPerSecond(), 5e8);
        QVERIFY(std::abs(HostLink::parse("Gen3 x4").bytesPerSecond() - Runner::hwArchDescription("hailo8l").hostBytesPerSecond) < 2e6);
        QCOMPARE(HostLink::parse("g3x2").name(), std::string("gen3x2"));
        std::string message;
        for (const char* bad : {"gen6x1", "gen3x3", "gen3", "pcie", "gen3x4 extra", ""}) {
            QCOMPARE(errorCodeOf([&] { HostLink::parse(bad); }, &message), ErrorCode::InvalidArgument);
            QVERIFY2(message.find("gen2x1") != std::string::npos, message.c_str());
        }
        const HwArch slow = withHostLink(HwArch::builtin("hailo8l"), HostLink::parse("gen2x1"));
        QCOMPARE(slow.hostBytesPerSecond, 5e8);
        QVERIFY(slow.provenance.at("host_link.bytes_per_second").source.find("gen2x1") != std::string::npos);
    }

    /// The published verdicts (hailo-hardware-facts.md §7): ResNet-50 fits one Hailo-8 context in
    /// performance mode and needs several on Hailo-8L, where its weights are too many.
    void resnet50IsSingleContextOnHailo8AndMultiOnHailo8l()
    {
        const Allocation h8 = compile("resnet_v1_50", "hailo8");
        QCOMPARE(int(h8.contexts.size()), 1);
        QVERIFY2(h8.whyContexts.find("one context holds the whole model") != std::string::npos, h8.whyContexts.c_str());
        const Allocation h8l = compile("resnet_v1_50", "hailo8l");
        QVERIFY(h8l.contexts.size() >= 2);
        QVERIFY2(h8l.whyContexts.find("L3 memory") != std::string::npos, h8l.whyContexts.c_str());
        QVERIFY2(h8l.whyContexts.find("over") != std::string::npos, h8l.whyContexts.c_str());
        verifyWithinCaps(h8);
        verifyWithinCaps(h8l);
        // Every on-chip layer is in exactly one context, contexts in topological order.
        std::set<std::string> seen;
        for (const ContextAllocation& c : h8l.contexts)
            for (const std::string& l : c.layers) QVERIFY(seen.insert(l).second);
        int onChip = 0;
        for (const LayerAllocation& l : h8l.layers) onChip += l.onChip;
        QCOMPARE(int(seen.size()), onChip);
    }

    void smallNetworksStaySingleContextOnBoth()
    {
        for (const char* net : {"mobilenet_v2", "squeezenet_v1.1", "resnet_v1_18"})
            for (const char* arch : {"hailo8", "hailo8l"}) {
                const Allocation a = compile(net, arch);
                QVERIFY2(a.contexts.size() == 1, qPrintable(QString("%1 on %2: %3").arg(net, arch, QString::fromStdString(a.whyContexts))));
                verifyWithinCaps(a);
            }
    }

    void fourBitWeightsTakeLessMemory()
    {
        const Allocation eight = compile("resnet_v1_50", "hailo8l", kPerformanceMode, 8);
        const Allocation four = compile("resnet_v1_50", "hailo8l", kPerformanceMode, 4);
        int64_t w8 = 0, w4 = 0;
        for (const auto& c : eight.contexts) w8 += c.weightBytes;
        for (const auto& c : four.contexts) w4 += c.weightBytes;
        QVERIFY2(w4 < 0.6 * w8, qPrintable(QString("%1 vs %2").arg(w4).arg(w8)));
        QVERIFY(four.contexts.size() < eight.contexts.size());
    }

    void deterministic()
    {
        for (const char* arch : {"hailo8", "hailo8l"}) {
            const Allocation a = compile("resnext26_32x4d", arch), b = compile("resnext26_32x4d", arch);
            QCOMPARE(a.toJson().dump(), b.toJson().dump());
            QCOMPARE(report(a, "resnext26_32x4d").dump(), report(b, "resnext26_32x4d").dump());
            QCOMPARE(profileHtml(report(a, "resnext26_32x4d")), profileHtml(report(b, "resnext26_32x4d")));
        }
    }

    void contextSwitchPolicy()
    {
        const Allocation forced = compile("resnet_v1_18", "hailo8", "context_switch_param(mode=enabled)\n");
        QCOMPARE(int(forced.contexts.size()), 2);
        QVERIFY2(forced.whyContexts.find("mode=enabled") != std::string::npos, forced.whyContexts.c_str());
        std::string message;
        QCOMPARE(errorCodeOf([&] { compile("resnet_v1_50", "hailo8l", "context_switch_param(mode=disabled)\n"); }, &message),
                 ErrorCode::InvalidArgument);
        QVERIFY2(message.find("mode=disabled") != std::string::npos, message.c_str());
    }

    void resourceCapsFromTheScript()
    {
        const Allocation a = compile("resnet_v1_18", "hailo8",
                                     "resources_param(max_control_utilization=0.6, max_compute_utilization=0.5, "
                                     "max_memory_utilization=0.6)\n");
        QVERIFY(a.settings.capsFromScript);
        QCOMPARE(a.settings.caps.compute, 0.5);
        verifyWithinCaps(a);
        const Allocation full = compile("resnet_v1_18", "hailo8");
        QVERIFY(a.contexts[0].used.subclusters < full.contexts[0].used.subclusters);
        QVERIFY(a.contexts[0].fps < full.contexts[0].fps);
        // The APU cap alone (the vendor's saved allocations write it) splits MobileNetV2's 54
        // one-APU layers on Hailo-8 (160 APUs): 0.3 leaves 48.
        const Allocation apus = compile("mobilenet_v2", "hailo8", "resources_param(max_apu_utilization=0.3)\n");
        QCOMPARE(apus.contexts.size(), size_t(2));
        QVERIFY2(apus.whyContexts.find("0.30 × 160 APUs") != std::string::npos, apus.whyContexts.c_str());
        for (const ContextAllocation& c : apus.contexts) QVERIFY(c.used.apus <= 48);
        QVERIFY(apus.autoScript().find("max_apu_utilization=0.3") != std::string::npos);
    }

    void fpsTargetStopsTheSearch()
    {
        const Allocation free = compile("resnet_v1_18", "hailo8");
        const Allocation capped = compile("resnet_v1_18", "hailo8", "performance_param(fps=300)\n");
        QVERIFY(capped.contexts[0].used.subclusters < free.contexts[0].used.subclusters);
        QVERIFY2(capped.contexts[0].fps >= 300, qPrintable(QString::number(capped.contexts[0].fps)));
    }

    void compilationParamFixesSubclusters()
    {
        const Graph& g = zoo("resnet_v1_18");
        std::string conv;
        for (const Layer* l : g.topoOrder())
            if (l->type() == "conv" && conv.empty()) conv = l->name;
        const Allocation a = compile("resnet_v1_18", "hailo8", "compilation_param(" + conv + ", number_of_subclusters=3)\n");
        QCOMPARE(a.find(conv)->subclusters, 3);
    }

    /// The vendor's part-wise defuse splits a layer; its parts are placed by name; the forms that
    /// rewrite a layer into other kinds are skipped (the checker reports them not applied); a
    /// defuse naming the wrong number of layers is located.
    void defuseFromTheScript()
    {
        const Graph& g = zoo("resnet_v1_18");
        const Allocation plain = compile("resnet_v1_18", "hailo8", "");
        std::string conv;  // one the allocator keeps whole
        for (const Layer* l : g.topoOrder())
            if (l->type() == "conv" && conv.empty() && plain.find(l->name)->parts == 1) conv = l->name;
        QVERIFY(!conv.empty());
        const std::string split = conv + "_d0, " + conv + "_d1, " + conv + "_d2, " + conv + "_dc = defuse(" + conv + ", 3)\n";
        const Allocation a = compile("resnet_v1_18", "hailo8", split + "place(5, [" + conv + "_d1])\n");
        QCOMPARE(a.find(conv)->parts, 3);
        QCOMPARE(a.find(conv)->clusters.size(), size_t(3));
        QCOMPARE(a.find(conv)->clusters[1], 5);

        const std::string splitter = conv + "_fs, " + conv + "_d0, " + conv + "_d1, " + conv + "_dc = defuse(" + conv +
                                     ", 2, defuse_type=INPUT_FEATURES)\n";
        QCOMPARE(compile("resnet_v1_18", "hailo8", splitter).find(conv)->parts, 2);

        const std::string rewrite = conv + "_a, " + conv + "_b, " + conv + "_c = defuse(" + conv + ", 3, defuse_type=SUPER_DW)\n";
        const ModelScript s = scriptFor(rewrite, g);
        QCOMPARE(s.check.notApplied, std::vector<std::string>{"defuse"});
        QCOMPARE(compile("resnet_v1_18", "hailo8", rewrite).find(conv)->parts, 1);

        std::string message, location;
        const HwArch& hw = HwArch::builtin("hailo8");
        QCOMPARE(errorCodeOf([&] { readCompileSettings(scriptFor(conv + "_d0, " + conv + "_dc = defuse(" + conv + ", 2)\n", g), g, hw); },
                             &message, &location),
                 ErrorCode::InvalidArgument);
        QVERIFY2(message.find("names 3 layers") != std::string::npos, message.c_str());
        QVERIFY2(location.find("1:1") != std::string::npos, location.c_str());
    }

    /// buffers(a, b, rows) sizes a skip connection's buffer; ddr(a, b) moves what waits into host
    /// memory (fewer L3 cuts, more host traffic); automatic DDR portals follow the threshold of
    /// allocator_param and can be switched off; a portal between unconnected layers is located.
    void edgeBuffersAndDdrPortals()
    {
        const Graph& g = zoo("resnet_v1_18");
        std::string from, add;  // the first residual edge: a layer feeding an addition directly
        for (const Layer* l : g.topoOrder())
            if (add.empty() && l->type() == "ew_add")
                for (const std::string& in : l->inputs)
                    if (g.layer(in).outputs.size() > 1) from = in, add = l->name;
        QVERIFY(!add.empty());
        const std::string edge = from + ", " + add;
        const Allocation plain = compile("resnet_v1_18", "hailo8", "");
        const LayerAllocation& p0 = *plain.find(from);
        QVERIFY(p0.ddrTo.empty());

        const std::string big = "buffers(" + edge + ", 40)\n";
        const Allocation buffered = compile("resnet_v1_18", "hailo8", big + "allocator_param(automatic_ddr=False)\n");
        const LayerAllocation& p1 = *buffered.find(from);
        QVERIFY(p1.ddrTo.empty());
        QVERIFY2(p1.bufferBytes > p0.bufferBytes && p1.l3OutputCuts > p0.l3OutputCuts, "buffers() did not grow the buffer");

        const Allocation automatic = compile("resnet_v1_18", "hailo8", big + "allocator_param(automatic_ddr_l3_cuts_threshold=2)\n");
        const LayerAllocation& p2 = *automatic.find(from);
        QCOMPARE(p2.ddrTo, std::vector<std::string>{add});
        QVERIFY(p2.l3OutputCuts < p1.l3OutputCuts);
        QCOMPARE(automatic.contexts[0].ddrWriteBytes, p2.outputBytes);
        QCOMPARE(automatic.contexts[0].ddrReadBytes, p2.outputBytes);
        QCOMPARE(automatic.contexts[0].hostInputBytes - buffered.contexts[0].hostInputBytes, p2.outputBytes);
        QVERIFY(std::any_of(automatic.notes.begin(), automatic.notes.end(),
                            [&](const std::string& n) { return n.find(from + " → " + add) != std::string::npos; }));
        // The saved script names the portal and reproduces it without the threshold.
        const std::string saved = automatic.autoScript();
        QVERIFY2(saved.find("= ddr(" + edge + ")") != std::string::npos, saved.c_str());
        QCOMPARE(compile("resnet_v1_18", "hailo8", saved).find(from)->ddrTo, p2.ddrTo);

        const Allocation forced = compile("resnet_v1_18", "hailo8", "d1 = ddr(" + edge + ")\n");
        QCOMPARE(forced.find(from)->ddrTo, std::vector<std::string>{add});
        QVERIFY(report(forced, "resnet_v1_18")["contexts"]["items"][0]["ddr_bytes"].get<int64_t>() > 0);

        std::string message, location;
        const HwArch& hw = HwArch::builtin("hailo8");
        QCOMPARE(errorCodeOf([&] { readCompileSettings(scriptFor("d1 = ddr(" + add + ", " + from + ")\n", g), g, hw); }, &message,
                             &location),
                 ErrorCode::InvalidArgument);
        QVERIFY2(message.find("does not read") != std::string::npos, message.c_str());
        QVERIFY2(location.find("1:") != std::string::npos, location.c_str());
    }

    /// merge(a, b): b runs on a's units (one controller fewer, a slower), the saved script
    /// repeats it; merging a boundary layer is a located error.
    void mergeSharesUnits()
    {
        const Graph& g = zoo("resnet_v1_18");
        std::vector<std::string> convs;
        for (const Layer* l : g.topoOrder())
            if (l->type() == "conv") convs.push_back(l->name);
        const std::string host = convs.at(3), guest = convs.at(4);
        // At a low FPS target every layer stays at its fewest units, so the controllers compare.
        const std::string slow = "performance_param(fps=50)\n";
        const Allocation plain = compile("resnet_v1_18", "hailo8", slow);
        const Allocation merged = compile("resnet_v1_18", "hailo8", slow + "m = merge(" + host + ", " + guest + ")\n");
        const LayerAllocation& h0 = *plain.find(host);
        const LayerAllocation& h1 = *merged.find(host);
        const LayerAllocation& g1 = *merged.find(guest);
        QCOMPARE(g1.mergedInto, host);
        QCOMPARE(g1.lcus, 0);
        QCOMPARE(g1.subclusters, 0);
        QVERIFY(g1.l3WeightCuts > 0);  // its weights stay on chip
        QCOMPARE(h1.ops, h0.ops + plain.find(guest)->ops);
        QCOMPARE(merged.contexts[0].used.lcus, plain.contexts[0].used.lcus - plain.find(guest)->lcus);
        const std::string saved = merged.autoScript();
        QVERIFY2(saved.find("= merge(" + host + ", " + guest + ")") != std::string::npos, saved.c_str());
        QCOMPARE(compile("resnet_v1_18", "hailo8", saved).find(guest)->mergedInto, host);

        std::string message, location;
        const std::string input = g.inputLayers().at(0)->name;
        QCOMPARE(errorCodeOf([&] { compile("resnet_v1_18", "hailo8", "m = merge(" + input + ", " + host + ")\n"); }, &message, &location),
                 ErrorCode::InvalidArgument);
        QCOMPARE(location, input);
    }

    void autoScriptReproducesTheAllocation()
    {
        for (const char* arch : {"hailo8", "hailo8l"}) {
            const Allocation a = compile("resnext26_32x4d", arch);
            const std::string script = a.autoScript();
            QCOMPARE(script.find("context_1 = context([") != std::string::npos, a.contexts.size() > 1);
            QVERIFY(script.find("number_of_subclusters=") != std::string::npos);
            QVERIFY(script.find("place(") != std::string::npos);
            // Its widest layers are defused over clusters; the parts come back by their names.
            QVERIFY2(script.find(" = defuse(") != std::string::npos, script.c_str());
            const Allocation b = compile("resnext26_32x4d", arch, script);
            QCOMPARE(b.contexts.size(), a.contexts.size());
            for (size_t k = 0; k < a.contexts.size(); ++k) QCOMPARE(b.contexts[k].layers, a.contexts[k].layers);
            for (const LayerAllocation& l : a.layers) {
                if (!l.onChip) continue;
                const LayerAllocation* m = b.find(l.layer);
                QVERIFY(m);
                QCOMPARE(m->subclusters, l.subclusters);
                QCOMPARE(m->parts, l.parts);
                QCOMPARE(m->clusters, l.clusters);
            }
        }
    }

    /// A dense layer of 16 M 16-bit weights (32 MiB) is over any context's memory: a located
    /// error, not a crash.
    void modelThatCannotFitFailsAtItsLayer()
    {
        OnnxBuilder b("too_big");
        std::string x = b.input("input", {1, 4096});
        x = b.node("Gemm", {x, b.weight("fc.weight", {4096, 4096}, 0.01f), b.weight("fc.bias", {4096}, 0.01f)}, {{"transB", {1}}});
        b.output(x);
        const std::string path = mDir.filePath("too_big.onnx").toStdString();
        writeFileAtomic(path, b.finish().SerializeAsString());
        ImportResult r = importOnnx(path, {});
        QVERIFY(r.report.ok());
        const HwArch& hw = HwArch::builtin("hailo8");
        std::string message, location;
        const ErrorCode code = errorCodeOf(
            [&] { compileModel(r.graph, uniformBits(r.graph, 8, 16), hw, readCompileSettings(scriptFor("", r.graph), r.graph, hw)); },
            &message, &location);
        QCOMPARE(code, ErrorCode::InvalidArgument);
        QVERIFY2(location.find("fc") != std::string::npos, location.c_str());
        QVERIFY2(message.find("L3") != std::string::npos, message.c_str());
    }

    void cancelStopsTheCompile()
    {
        const Graph& g = zoo("resnet_v1_18");
        const HwArch& hw = HwArch::builtin("hailo8");
        Progress progress;
        progress.cancel.cancel();
        QCOMPARE(errorCodeOf([&] {
                     compileModel(g, uniformBits(g, 8, 8), hw, readCompileSettings(scriptFor("", g), g, hw), progress);
                 }),
                 ErrorCode::Cancelled);
    }

    void allocationJsonRoundTripsAndRejectsDamage()
    {
        const Allocation a = compile("resnet_v1_50", "hailo8l");
        const nlohmann::ordered_json j = a.toJson();
        const Allocation b = Allocation::fromJson(nlohmann::json::parse(j.dump()), "a.json");
        QCOMPARE(b.toJson().dump(), j.dump());
        // Every layer with a pace says what sets it; ResNet-50's convolutions are compute-bound
        // and its element-wise adds have no MACs to be bound by.
        std::map<std::string, int> bounds;
        for (const LayerAllocation& l : a.layers) {
            if (l.fps > 0) QVERIFY2(!l.boundBy.empty(), l.layer.c_str());
            ++bounds[l.boundBy];
            if (l.type == "ew_add" && l.fps > 0) QVERIFY2(l.boundBy != "compute", l.layer.c_str());
        }
        QVERIFY(bounds["compute"] > 40);
        // An allocation saved before the pace was recorded still reads.
        nlohmann::json old = nlohmann::json::parse(j.dump());
        for (auto& l : old["layers"]) l.erase("bound_by");
        QVERIFY(Allocation::fromJson(old, "old.json").layers.front().boundBy.empty());
        auto damaged = [&](const std::function<void(nlohmann::json&)>& damage) {
            nlohmann::json d = nlohmann::json::parse(j.dump());
            damage(d);
            std::string message, location;
            const ErrorCode code = errorCodeOf([&] { Allocation::fromJson(d, "a.json"); }, &message, &location);
            return std::make_pair(code, message + " @ " + location);
        };
        auto [c1, m1] = damaged([](nlohmann::json& d) { d.erase("contexts"); });
        QCOMPARE(c1, ErrorCode::InvalidFormat);
        QVERIFY2(m1.find("contexts") != std::string::npos, m1.c_str());
        auto [c2, m2] = damaged([](nlohmann::json& d) { d["layers"][3]["subclusters"] = "many"; });
        QCOMPARE(c2, ErrorCode::InvalidFormat);
        QVERIFY2(m2.find("subclusters") != std::string::npos, m2.c_str());
        auto [c3, m3] = damaged([](nlohmann::json& d) { d["format_version"] = 7; });
        QCOMPARE(c3, ErrorCode::Unsupported);
        auto [c4, m4] = damaged([](nlohmann::json& d) { d["contexts"][0]["layers"].push_back("no_such_layer"); });
        QCOMPARE(c4, ErrorCode::InvalidFormat);
    }

    void reportHasItsDocumentedKeys()
    {
        const Allocation multi = compile("resnet_v1_50", "hailo8l");
        const nlohmann::ordered_json r = report(multi, "resnet_v1_50", 50);
        for (const char* key : {"format_version", "network", "hw_arch", "state", "compiled_implicitly", "model", "optimization", "contexts",
                                "performance", "layers", "hardware"})
            QVERIFY2(r.contains(key), key);
        QCOMPARE(r["hw_arch"].get<std::string>(), std::string("hailo8l"));
        QCOMPARE(r["contexts"]["count"].get<size_t>(), multi.contexts.size());
        for (const auto& c : r["contexts"]["items"])
            for (const char* u : {"control", "compute", "apus", "input_aligners", "memory"}) {
                const double share = c["utilization"][u].get<double>();
                QVERIFY(share >= 0 && share <= 1.0);
            }
        const auto& p = r["performance"];
        const double fps1 = p["fps_batch_1"].get<double>(), fps8 = p["fps_batch_8"].get<double>();
        QVERIFY(fps1 > 0);
        QVERIFY2(fps8 > 1.5 * fps1, "batching amortizes the context switches");
        QVERIFY(p["latency_ms"].get<double>() > 1000.0 / fps1 * 0.5);
        QVERIFY(p["power_w"].get<double>() > 1 && p["power_w"].get<double>() < 10);
        QCOMPARE(p["timeline_batch_8"].size(), multi.contexts.size());
        double lastFps = 0;
        for (const auto& row : p["batch_sweep"]) {
            QVERIFY(row["fps"].get<double>() >= lastFps);
            lastFps = row["fps"].get<double>();
        }
        QCOMPARE(p["stream"]["fps"].get<double>(), 50.0);
        QVERIFY(p["stream"]["power_w"].get<double>() < p["power_w"].get<double>());
        int bottlenecks = 0;
        for (const auto& l : r["layers"]) {
            bottlenecks += l["bottleneck"].get<bool>();
            QVERIFY(l["utilization"].get<double>() <= 1.0 + 1e-9);
        }
        QCOMPARE(size_t(bottlenecks), multi.contexts.size());
        const std::string csv = profileCsv(r);
        QCOMPARE(size_t(std::count(csv.begin(), csv.end(), '\n')), r["layers"].size() + 1);
        QVERIFY(csv.rfind("name,type,context,", 0) == 0);

        const Allocation single = compile("mobilenet_v2", "hailo8");
        const nlohmann::ordered_json s = report(single, "mobilenet_v2");
        QCOMPARE(s["performance"]["fps_batch_1"].get<double>(), s["performance"]["fps_batch_8"].get<double>());
        QVERIFY(!s["performance"].contains("stream"));
    }

    void csvQuotesNamesWithCommas()
    {
        nlohmann::ordered_json r = report(compile("mobilenet_v2", "hailo8"), "mobilenet_v2");
        r["layers"][0]["name"] = "a,\"b\"";
        const std::string csv = profileCsv(r);
        QVERIFY2(csv.find("\n\"a,\"\"b\"\"\",") != std::string::npos, csv.substr(0, 300).c_str());
    }

    void htmlIsSelfContained()
    {
        const std::string html = profileHtml(report(compile("resnet_v1_50", "hailo8l"), "resnet_v1_50"));
        QVERIFY(html.rfind("<!DOCTYPE html>", 0) == 0);
        QVERIFY(html.find("<svg") != std::string::npos);
        QVERIFY(html.find("Multi-context timeline") != std::string::npos);
        for (const char* external : {"src=\"http", "href=\"http", "@import", "<script src", "url(http"})
            QVERIFY2(html.find(external) == std::string::npos, external);
    }

    /// The hardware model's published anchors stay where README.md says they are: bench/
    /// bench_compiler.cpp prints the full comparison.
    void publishedAnchorsHold()
    {
        struct Row {
            const char* net;
            const char* arch;
            double fps8;
        };
        for (const Row& row : {Row{"resnet_v1_18", "hailo8", 2718}, Row{"mobilenet_v2", "hailo8", 2597}, Row{"regnetx_1.6gf", "hailo8l", 1339},
                               Row{"resnext26_32x4d", "hailo8l", 503}}) {
            const nlohmann::ordered_json r = report(compile(row.net, row.arch), row.net);
            const double fps8 = r["performance"]["fps_batch_8"].get<double>();
            QVERIFY2(std::fabs(fps8 / row.fps8 - 1) < 0.25,
                     qPrintable(QString("%1 on %2: %3 FPS vs published %4").arg(row.net, row.arch).arg(fps8).arg(row.fps8)));
        }
    }
};

QTEST_GUILESS_MAIN(TestCompiler)
#include "test_compiler.moc"
