// dfc-hef-seeds DIR: writes small, valid .hef files (one context on hailo8 in container V3,
// several contexts on hailo8l in V2) for the fuzzer to start from, in its two input forms: 'R'
// + the file, 'S' + u32 metadata size + metadata + data section (fuzz/hef_fuzzer.cpp).
#include <filesystem>
#include <iostream>

#include "core/error.h"
#include "hef/hef_container.h"
#include "io/atomic_file.h"
#include "pipeline/runner.h"
#include "script/model_script.h"
#include "script/script_parser.h"
#include "zoo/onnx_builder.h"

int main(int argc, char** argv)
{
    if (argc != 2) {
        std::cerr << "usage: dfc-hef-seeds DIR\n";
        return 2;
    }
    try {
        namespace fs = std::filesystem;
        fs::create_directories(argv[1]);
        dfc::OnnxBuilder b("seed");
        const std::string x = b.input("x", {1, 3, 8, 8});
        const std::string a = b.relu(b.convBn(x, 3, 4, 3, 1));
        b.output(b.classifier(b.relu(b.add(b.convBn(a, 4, 4, 3, 1), a)), 4, 3));
        const std::string onnx = (fs::path(argv[1]) / "seed.onnx").string();
        dfc::writeFileAtomic(onnx, b.finish().SerializeAsString());
        for (const char* arch : {"hailo8", "hailo8l"}) {
            dfc::Runner runner(arch);
            runner.translate(onnx, {});
            dfc::CalibrationOptions calib;
            calib.random = true;
            calib.size = 2;
            runner.optimize(dfc::ModelScript{}, calib);
            const std::string script = std::string(arch) == "hailo8" ? "" : "context_switch_param(mode=enabled)\n";
            runner.compile(dfc::interpretScript(dfc::parseScript(script, "seed.alls"), &runner.graph()));
            const int version = std::string(arch) == "hailo8" ? 3 : 2;
            const std::string hef = runner.hef(version);
            dfc::writeFileAtomic((fs::path(argv[1]) / (std::string(arch) + ".raw")).string(), "R" + hef);
            const dfc::HefContainer c = dfc::unpackHefContainer(hef, arch);
            const uint32_t size = uint32_t(c.metadata.size());
            std::string split = "S" + std::string(reinterpret_cast<const char*>(&size), 4);
            split.append(c.metadata).append(c.data);
            dfc::writeFileAtomic((fs::path(argv[1]) / (std::string(arch) + ".split")).string(), split);
        }
        fs::remove(onnx);
    } catch (const dfc::Error& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
