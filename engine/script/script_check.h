#pragma once
// Checks a parsed model script against the command registry (names, algorithms, argument names,
// types, ranges, allowed values) and, given a graph, its layer names and patterns. Every finding
// has the script's file and line:col; commands this build does not carry out yet are listed as
// "accepted, not applied".
#include <map>
#include <string>
#include <vector>

#include "script/script_ast.h"
#include "script/script_commands.h"

namespace dfc {

class Graph;

struct ScriptDiagnostic {
    enum class Severity { Error, Warning, Note };
    Severity severity = Severity::Error;
    std::string file;
    ScriptLocation at;
    std::string message;
    std::string text() const;  ///< "file:line:col: error: message"
};

struct ScriptCheck {
    std::vector<ScriptDiagnostic> diagnostics;
    int errors = 0;
    std::map<ScriptStage, int> statementsPerStage;
    /// Distinct commands accepted but not carried out: "name", or "name(algorithm)".
    std::vector<std::string> notApplied;
};

/// What a statement that this build does not carry out is ("accepted, not applied") comes from
/// the registry (ScriptCommandRegistry::applied).
ScriptCheck checkScript(const Script& script, const Graph* graph = nullptr);

/// True when `name` matches the layer pattern (`*`, `?`, `[0-9]` classes; commas separate
/// alternatives), as in `quantization_param({conv[0-9]*}, …)`.
bool scriptPatternMatches(const std::string& pattern, const std::string& name);
/// The graph's layers a layer argument names: a name (scoped or not), a {pattern} or a list of
/// them, in graph order without repeats.
std::vector<std::string> resolveScriptLayers(const ScriptValue& value, const Graph& graph);

}  // namespace dfc
