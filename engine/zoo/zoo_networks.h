#pragma once
// Standard architectures (MobileNetV2, ResNet) with deterministic weights, as serialized ONNX:
// the demo model of the Studio and `dfc-modelgen`. No ONNX headers here; tests that build their
// own models use zoo/onnx_builder.h.
#include <cstdint>
#include <string>
#include <vector>

namespace dfc {

/// Networks the generator knows, by name. Besides these, `deep_residual_N` is a narrow residual
/// net of N basic blocks (7 ONNX nodes each) for scale tests of the tools, not of the hardware.
std::vector<std::string> zooNetworks();
/// A network by name as ONNX file bytes (throws InvalidArgument listing the known names).
std::string zooNetworkOnnxBytes(const std::string& name, int64_t batch = 1);

}  // namespace dfc
