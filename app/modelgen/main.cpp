// dfc-modelgen NAME OUT.onnx — writes a standard architecture with deterministic weights.
#include <iostream>

#include "core/error.h"
#include "io/atomic_file.h"
#include "zoo/zoo_networks.h"

int main(int argc, char** argv)
{
    if (argc != 3) {
        std::cerr << "usage: dfc-modelgen NETWORK OUT.onnx\nnetworks:";
        for (const auto& n : dfc::zooNetworks()) std::cerr << " " << n;
        std::cerr << " deep_residual_BLOCKS\n";
        return 2;
    }
    try {
        dfc::writeFileAtomic(argv[2], dfc::zooNetworkOnnxBytes(argv[1]));
    } catch (const dfc::Error& e) {
        std::cerr << "error: " << e.what() << "\n";
        return 1;
    }
    return 0;
}
