#pragma once
// The activation functions an activation-capable layer may apply (user guide §5.1.4). Each is
// defined once here: its HN name and its parameters with defaults. Parameters are stored in the
// layer's params under the same names; PReLU's per-channel slope is the weight "prelu_slope".
// The emulator attaches the math in its own registry.
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace dfc {

struct ActivationKind {
    std::string name;                                   ///< HN spelling, e.g. "leaky"
    std::string formula;                                ///< for docs and tooltips
    nlohmann::json params = nlohmann::json::object();  ///< parameter → default
    std::string weight;                                 ///< per-channel weight name, if any
};

class ActivationRegistry {
public:
    static const ActivationRegistry& instance();
    const ActivationKind* find(const std::string& name) const;
    const ActivationKind& get(const std::string& name) const;  ///< throws Unsupported
    std::vector<const ActivationKind*> all() const;

private:
    void add(ActivationKind kind);
    std::map<std::string, ActivationKind> mKinds;
};

}  // namespace dfc
