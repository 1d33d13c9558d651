// dfc-bench: times our ONNX and TFLite parse and native emulator, and the reference runtimes on
// the same files (ONNX Runtime through tools/reference/ort_run.mjs, LiteRT through
// tools/reference/tflite_run.mjs), and prints the ratios; then `dfc optimize` at optimization
// levels DFC_BENCH_LEVELS (default "0,2") and the quantized emulator against both.
//   dfc-bench [--source-dir DIR] [--runs N]      (DFC_BENCH_ONLY=optimize: the last part only)
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <string>

#include <nlohmann/json.hpp>
#include <omp.h>

#include "emulator/executor.h"
#include "emulator/quantized_executor.h"
#include "importers/onnx/onnx_importer.h"
#include "importers/tflite/tflite_importer.h"
#include "pipeline/optimize_preview.h"
#include "pipeline/runner.h"
#include "io/atomic_file.h"
#include "script/model_script.h"
#include "script/script_parser.h"
#include "zoo/onnx_builder.h"

using namespace dfc;
namespace fs = std::filesystem;

namespace {

double millis(const std::function<void()>& f, int runs)
{
    f();  // warm-up
    const auto t0 = std::chrono::steady_clock::now();
    for (int i = 0; i < runs; ++i) f();
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count() / runs;
}

/// Runs a reference script (tools/reference/NAME) and returns the JSON line it prints.
nlohmann::json reference(const std::string& sourceDir, const std::string& script, const std::string& args)
{
    const std::string cmd = "node " + sourceDir + "/tools/reference/" + script + " " + args + " 2>/dev/null";
    FILE* p = popen(cmd.c_str(), "r");
    std::string out;
    char buf[512];
    while (p && fgets(buf, sizeof buf, p)) out += buf;
    if (!p || pclose(p) != 0 || out.find('{') == std::string::npos) return nullptr;
    return nlohmann::json::parse(out.substr(out.find('{')));
}

nlohmann::json onnxRuntime(const std::string& sourceDir, const std::string& model, int runs, int batch)
{
    return reference(sourceDir, "ort_run.mjs", model + " - --threads 2 --bench " + std::to_string(runs) +
                                                   " --batch " + std::to_string(batch));
}

double field(const nlohmann::json& j, const char* key) { return j.is_null() ? 0 : j[key].get<double>(); }

/// TFLite models from the asset cache: our parse and native emulator against LiteRT
/// (TFLite + XNNPACK as single-threaded WebAssembly under Node).
void benchTflite(const std::string& sourceDir, int runs)
{
    const char* cache = std::getenv("DFC_ASSET_CACHE");
    const std::string models = (cache ? std::string(cache) : std::string(std::getenv("HOME")) + "/.cache/dfc-assets") + "/models/";
    std::printf("\n== TFLite: ours (parse; native emulator, %d threads) vs LiteRT (load+compile; run, wasm)\n",
                omp_get_max_threads());
    for (const char* file : {"selfie_segmentation.tflite", "hey_mycroft_v0.1.tflite"}) {
        const std::string path = models + file;
        if (!fs::exists(path)) {
            std::printf("%-28s missing (run scripts/fetch-test-assets.sh)\n", file);
            continue;
        }
        const double parse = millis([&] { importTflite(path, {}); }, 3);
        const ImportResult r = importTflite(path, {});
        TensorsByName inputs;
        for (const Layer* in : r.graph.inputLayers()) {
            Shape shape{1};
            for (int64_t d : in->outputShape()) shape.push_back(d);
            inputs[in->name] = Tensor(shape, 0.5f);
        }
        Executor ex(r.graph);
        const double run = millis([&] { ex.run(inputs); }, runs);
        const auto lite = reference(sourceDir, "tflite_run.mjs", path + " - --bench " + std::to_string(runs));
        const double create = field(lite, "create_ms"), theirs = field(lite, "run_ms");
        std::printf("%-28s parse %7.1f ms (LiteRT %7.1f, ratio %.2f)  run %8.2f ms (LiteRT %8.2f, ratio %.2f)\n",
                    file, parse, create, create > 0 ? parse / create : 0.0, run, theirs, theirs > 0 ? run / theirs : 0.0);
    }
}

double seconds(const std::function<void()>& f)
{
    const auto t0 = std::chrono::steady_clock::now();
    f();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
}

/// `dfc optimize` at several levels (64 random calibration items, as the vendor's 59 s figure for
/// ResNet-50 level 0 on an A4000 GPU uses 64 images), then the quantized emulator's throughput
/// against the native one and ONNX Runtime fp32 on the same batch.
void benchOptimize(const std::string& sourceDir, const fs::path& dir, int runs)
{
    const char* levels = std::getenv("DFC_BENCH_LEVELS");  // e.g. "0,2,3"; level 3 takes minutes
    std::vector<int> wanted;
    for (const char* p = levels ? levels : "0,2"; *p; ++p)
        if (*p >= '0' && *p <= '4') wanted.push_back(*p - '0');
    std::printf("\n== dfc optimize, 64 random calibration items, batch 8; then emulators, batch 8, ms per batch\n");
    for (const char* net : {"mobilenet_v2", "resnet_v1_50"}) {
        const std::string path = (dir / (std::string(net) + "_b8.onnx")).string();
        if (!fs::exists(path)) writeFileAtomic(path, buildZooNetwork(net, 8).SerializeAsString());
        CalibrationOptions calib;
        calib.random = true;
        calib.size = 64;
        Runner quantized;
        double floatPass = 0;  // the optimize wizard's expected time comes from this pass
        for (int level : wanted) {
            Runner runner;
            runner.translate(path, {});
            if (floatPass == 0) floatPass = timeFloatPass(runner, runner.readCalibrationSet(calib), 4);
            const std::string script = "model_optimization_flavor(optimization_level=" + std::to_string(level) + ")\n";
            const ModelScript parsed = interpretScript(parseScript(script, "bench.alls"), &runner.graph());
            const double expected = estimateOptimize(runner.graph(), parsed.quantization.resolve(runner.graph(), parsed.file()),
                                                     calib.size, floatPass, calib.random).seconds();
            OptimizeSummary summary;
            const double total = seconds([&] { summary = runner.optimize(parsed, calib); });
            std::printf("%-14s level %d  %7.1f s, estimated %.1f s (x%.2f)  (", net, level, total, expected, total / expected);
            for (const auto& [stage, sec] : summary.stageSeconds) std::printf(" %s %.1f s", stage.c_str(), sec);
            std::printf(" )\n");
            if (level == wanted.front()) quantized = std::move(runner);
        }
        if (wanted.empty()) return;
        const Layer* in = quantized.graph().inputLayers().at(0);
        Shape shape{8};
        for (int64_t d : in->outputShape()) shape.push_back(d);
        const TensorsByName x{{in->name, Tensor(shape, 0.5f)}};
        const double native = millis([&] { quantized.infer(InferMode::Native, x); }, runs);
        const double integer = millis([&] { quantized.infer(InferMode::Quantized, x); }, runs);
        if (std::getenv("DFC_BENCH_LAYERS")) {  // integer time per layer type
            const QuantizedModel model = quantized.quantizedModel();
            std::map<std::string, double> byType;
            for (const auto& [name, ms] : QuantizedExecutor(quantized.graph(), model).run(x).layerMillis)
                byType[quantized.graph().layer(name).type()] += ms;
            for (const auto& [type, ms] : byType) std::printf("    %-18s %8.1f ms\n", type.c_str(), ms);
        }
        const double ort = field(onnxRuntime(sourceDir, path, runs, 8), "run_ms");
        std::printf("%-14s native %8.1f ms  quantized %8.1f ms (x%.2f of native)  ORT fp32 %8.1f ms (quantized/ORT %.2f)\n", net,
                    native, integer, integer / native, ort, ort > 0 ? integer / ort : 0.0);
    }
}

}  // namespace

int main(int argc, char** argv)
{
    std::string sourceDir = fs::path(argv[0]).parent_path().string() + "/../..";
    int runs = 10;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::string(argv[i]) == "--source-dir") sourceDir = argv[i + 1];
        if (std::string(argv[i]) == "--runs") runs = std::atoi(argv[i + 1]);
    }
    const char* threads = std::getenv("DFC_THREADS");
    omp_set_num_threads(threads ? std::atoi(threads) : 2);
    const fs::path dir = fs::temp_directory_path() / "dfc-bench";
    fs::create_directories(dir);
    if (const char* only = std::getenv("DFC_BENCH_ONLY"); only && std::string(only) == "optimize") {
        benchOptimize(sourceDir, dir, std::max(1, runs / 3));
        return 0;
    }

    std::printf("== parse: ours (importOnnx, incl. shape inference and fusion) vs ONNX Runtime session creation\n");
    for (const char* net : {"resnet_v1_50", "mobilenet_v2"}) {
        const std::string path = (dir / (std::string(net) + ".onnx")).string();
        writeFileAtomic(path, buildZooNetwork(net).SerializeAsString());
        const double ours = millis([&] { importOnnx(path, {}); }, 3);
        const double theirs = field(onnxRuntime(sourceDir, path, 1, 1), "create_ms");
        std::printf("%-14s %8.1f MB  ours %8.1f ms  ORT %8.1f ms  ratio ours/ORT %.2f\n", net,
                    fs::file_size(path) / 1e6, ours, theirs, theirs > 0 ? ours / theirs : 0.0);
    }

    std::printf("\n== native emulator vs ONNX Runtime (2 threads), ms per batch\n");
    for (const char* net : {"mobilenet_v2", "resnet_v1_18"}) {
        for (int batch : {1, 8}) {
            const std::string path = (dir / (std::string(net) + "_b" + std::to_string(batch) + ".onnx")).string();
            writeFileAtomic(path, buildZooNetwork(net, batch).SerializeAsString());
            const ImportResult r = importOnnx(path, {});
            const Layer* in = r.graph.inputLayers().at(0);
            Shape shape{batch};
            for (int64_t d : in->outputShape()) shape.push_back(d);
            Tensor x(shape, 0.5f);
            Executor ex(r.graph);
            const double ours = millis([&] { ex.run({{in->name, x}}); }, runs);
            if (std::getenv("DFC_BENCH_LAYERS")) {
                auto times = ex.run({{in->name, x}}).layerMillis;
                std::sort(times.begin(), times.end(), [](auto& a, auto& b) { return a.second > b.second; });
                for (size_t i = 0; i < std::min<size_t>(8, times.size()); ++i)
                    std::printf("    %-20s %-8s %8.2f ms\n", times[i].first.c_str(),
                                r.graph.layer(times[i].first).type().c_str(), times[i].second);
            }
            const double theirs = field(onnxRuntime(sourceDir, path, runs, batch), "run_ms");
            std::printf("%-14s batch %d  ours %8.2f ms (%6.1f img/s)  ORT %8.2f ms (%6.1f img/s)  ratio ours/ORT %.2f\n",
                        net, batch, ours, batch * 1000 / ours, theirs, theirs > 0 ? batch * 1000 / theirs : 0.0,
                        theirs > 0 ? ours / theirs : 0.0);
        }
    }
    benchTflite(sourceDir, runs);
    benchOptimize(sourceDir, dir, std::max(1, runs / 3));
    return 0;
}
