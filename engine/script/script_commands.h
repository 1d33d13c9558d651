#pragma once
// Every model-script command we know, defined once: its stage, its arguments (type, default,
// allowed values) and a one-line help. Commands that choose an algorithm by their first argument
// (`pre_quantization_optimization(equalization, …)`) list each algorithm's arguments. `applied`
// says whether this build carries the command out; the others are accepted and reported as
// "accepted, not applied", never silently dropped.
#include <limits>
#include <map>
#include <string>
#include <vector>

namespace dfc {

enum class ScriptStage { Modification, Quantization, Compilation };
const char* scriptStageName(ScriptStage s);

enum class ScriptArgType { Int, Float, Bool, Choice, String, Layers, Shape, FloatList, Duration, Any };

struct ScriptArgSpec {
    std::string name;
    ScriptArgType type = ScriptArgType::Any;
    std::string defaultValue;          ///< as a user would write it; empty when none
    std::vector<std::string> choices;  ///< for Choice
    double min = -std::numeric_limits<double>::infinity(), max = std::numeric_limits<double>::infinity();
};

struct ScriptCommandSpec {
    std::string name;
    ScriptStage stage = ScriptStage::Compilation;
    std::string help;
    std::vector<ScriptArgSpec> keywords;
    bool openKeywords = false;  ///< compiler knobs: any keyword is passed through unchecked
    bool applied = false;
    std::map<std::string, std::vector<ScriptArgSpec>> algorithms;  ///< first positional → its keywords
};

class ScriptCommandRegistry {
public:
    static const ScriptCommandRegistry& instance();
    const ScriptCommandSpec* find(const std::string& name) const;
    std::vector<const ScriptCommandSpec*> all() const;
    /// The known command closest to `name` (for "did you mean"), or empty.
    std::string closest(const std::string& name) const;

private:
    void add(ScriptCommandSpec spec);
    std::map<std::string, ScriptCommandSpec> mCommands;
};

}  // namespace dfc
