#pragma once
// HAR (Hailo ARchive): a tar.gz holding the model's state. Members are named after the network:
// <net>.metadata.json (state, member names, parse report …), <net>.hn, <net>.npz, and a copy of
// the original model; later stages add more. Plain tar is accepted on read, as vendor tools do.
#include <map>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "ir/graph.h"

namespace dfc {

enum class ModelState { Native, FpOptimized, Quantized, Compiled };

/// The member holding the current graph's float weights in a state: <net>.npz, <net>.fpo.npz.
std::string paramsMemberName(const std::string& net, ModelState state);
const char* modelStateName(ModelState s);  ///< as stored: "native", "fp_optimized_model", …
ModelState modelStateFromName(const std::string& name, const std::string& what);

struct Har {
    Graph graph;
    ModelState state = ModelState::Native;
    /// Everything else the metadata member holds (parse report, hw_arch, original model name).
    nlohmann::ordered_json metadata = nlohmann::ordered_json::object();
    /// Members we carry but do not interpret here, by name (the original model copy, …).
    std::map<std::string, std::string> extraMembers;
};

std::string encodeHar(const Har& har);
Har decodeHar(std::string_view bytes, const std::string& what);
void writeHar(const std::string& path, const Har& har);
Har readHar(const std::string& path);

}  // namespace dfc
