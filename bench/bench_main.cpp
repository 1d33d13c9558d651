// dfc-bench: times our ONNX parse and native emulator, and ONNX Runtime on the same files
// (through tools/reference/ort_run.mjs), and prints the ratios.
//   dfc-bench [--source-dir DIR] [--runs N]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <functional>
#include <string>

#include <nlohmann/json.hpp>
#include <omp.h>

#include "emulator/executor.h"
#include "importers/onnx/onnx_importer.h"
#include "io/atomic_file.h"
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

nlohmann::json onnxRuntime(const std::string& sourceDir, const std::string& model, int runs, int batch)
{
    const std::string cmd = "node " + sourceDir + "/tools/reference/ort_run.mjs " + model + " - --threads 2 --bench " +
                            std::to_string(runs) + " --batch " + std::to_string(batch) + " 2>/dev/null";
    FILE* p = popen(cmd.c_str(), "r");
    std::string out;
    char buf[512];
    while (p && fgets(buf, sizeof buf, p)) out += buf;
    if (!p || pclose(p) != 0 || out.empty()) return nullptr;
    return nlohmann::json::parse(out.substr(out.find('{')));
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

    std::printf("== parse: ours (importOnnx, incl. shape inference and fusion) vs ONNX Runtime session creation\n");
    for (const char* net : {"resnet_v1_50", "mobilenet_v2"}) {
        const std::string path = (dir / (std::string(net) + ".onnx")).string();
        writeFileAtomic(path, buildZooNetwork(net).SerializeAsString());
        const double ours = millis([&] { importOnnx(path, {}); }, 3);
        const auto ort = onnxRuntime(sourceDir, path, 1, 1);
        const double theirs = ort.is_null() ? 0 : ort["create_ms"].get<double>();
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
            const auto ort = onnxRuntime(sourceDir, path, runs, batch);
            const double theirs = ort.is_null() ? 0 : ort["run_ms"].get<double>();
            std::printf("%-14s batch %d  ours %8.2f ms (%6.1f img/s)  ORT %8.2f ms (%6.1f img/s)  ratio ours/ORT %.2f\n",
                        net, batch, ours, batch * 1000 / ours, theirs, theirs > 0 ? batch * 1000 / theirs : 0.0,
                        theirs > 0 ? ours / theirs : 0.0);
        }
    }
    return 0;
}
