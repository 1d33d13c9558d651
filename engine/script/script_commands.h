#pragma once
// Every model-script command we know, defined once: its stage, its arguments (type, default,
// allowed values) and a one-line help. Commands that choose an algorithm by their first argument
// (`pre_quantization_optimization(equalization, …)`) list each algorithm's arguments. Whether this
// build carries a statement out is declared here too, at the level it holds: the command, the
// algorithm, a keyword, or a keyword's value (`optimization_level=2`). Everything else is
// accepted and reported as "accepted, not applied", never silently dropped.
#include <limits>
#include <map>
#include <string>
#include <vector>

#include "script/script_ast.h"

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
    bool applied = true;                       ///< false: the keyword is accepted and ignored
    std::vector<std::string> valuesNotApplied;  ///< values accepted but not carried out
};

struct ScriptAlgorithmSpec {
    std::vector<ScriptArgSpec> keywords;
    bool applied = false;
};

struct ScriptCommandSpec {
    std::string name;
    ScriptStage stage = ScriptStage::Compilation;
    std::string help;
    std::vector<ScriptArgSpec> keywords;
    bool openKeywords = false;  ///< compiler knobs: any keyword is passed through unchecked
    bool applied = false;
    bool appliedOnObject = false;  ///< also when called on an object (context_0.place(…))
    std::map<std::string, ScriptAlgorithmSpec> algorithms;  ///< first positional → its keywords

    /// The keywords a statement of this command may use: the algorithm's, else the command's.
    const std::vector<ScriptArgSpec>* keywordsFor(const std::string& algorithm) const;
    /// A keyword's spec (nullptr when unknown).
    const ScriptArgSpec* keyword(const std::string& algorithm, const std::string& name) const;
};


class ScriptCommandRegistry {
public:
    static const ScriptCommandRegistry& instance();
    const ScriptCommandSpec* find(const std::string& name) const;
    std::vector<const ScriptCommandSpec*> all() const;
    /// The known command closest to `name` (for "did you mean"), or empty.
    std::string closest(const std::string& name) const;
    /// The registry's default of a keyword as a number ("calibration" / "calibset_size" → 64);
    /// throws Internal when the registry has none (a bug: callers ask for declared defaults).
    double defaultNumber(const std::string& command, const std::string& algorithm, const std::string& keyword) const;
    /// Whether this build carries the statement out: its command, its algorithm, every keyword it
    /// uses and their values are declared applied. Unknown commands are not applied.
    bool applied(const ScriptStatement& statement) const;
    /// The keywords (and "keyword=value" pairs) of a statement that this build ignores.
    std::vector<std::string> ignoredKeywords(const ScriptStatement& statement) const;
    /// "name" or "name(algorithm)": how "accepted, not applied" notes name a statement.
    static std::string statementKey(const ScriptStatement& statement, const ScriptCommandSpec& spec);

private:
    void add(ScriptCommandSpec spec);
    std::map<std::string, ScriptCommandSpec> mCommands;
};

}  // namespace dfc
