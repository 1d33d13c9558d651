#pragma once
// A model script read once. interpretScript() checks a parsed script against the command registry
// (and a graph's layer names, when given) and turns what this build carries out into typed
// settings with the registry's defaults: the model modifications in the order they apply, the
// quantization settings, the calibration settings, and the compilation statements for the
// compiler. Every consumer (full-precision stage, quantizer, calibration, CLI, Studio) reads
// this; nobody walks the statements again.
#include <string>
#include <vector>

#include "script/quantization_settings.h"
#include "script/script_ast.h"
#include "script/script_check.h"

namespace dfc {

class Graph;

/// model_optimization_config(calibration, calibset_size, batch_size).
struct CalibrationSettings {
    CalibrationSettings();  ///< the registry's defaults
    int64_t calibsetSize;   ///< calibration items used at most
    int64_t batchSize;      ///< items per emulator batch
};

struct ModelScript {
    Script source;
    /// Every finding, the checker's and the interpreter's (bad level, clipping values, …), and the
    /// statements accepted but not carried out.
    ScriptCheck check;
    /// Statements of the modification stage this build carries out, in the order they apply:
    /// the script's order, except transpose() last (it turns the finished graph, so every other
    /// command speaks of the host's [H, W, C]).
    std::vector<ScriptStatement> modifications;
    QuantizationSettings quantization;
    CalibrationSettings calibration;
    std::vector<ScriptStatement> compilation;  ///< for the compiler, in script order

    const std::string& file() const { return source.file; }
    bool ok() const { return check.errors == 0; }
    /// Throws the first error as Error(InvalidArgument) with the file and line:col.
    void throwIfErrors() const;
};

/// Checks and interprets a parsed script. Problems become diagnostics in `check`; nothing throws.
ModelScript interpretScript(Script script, const Graph* graph = nullptr);
/// True when the interpreter reads statements of this kind ("command" or "command(algorithm)"):
/// the coverage test holds it against what the registry declares applied.
bool hasStatementReader(const std::string& key);
/// Parses (syntax errors throw with file and line:col) and interprets a script file.
ModelScript readModelScript(const std::string& path, const Graph* graph = nullptr);

}  // namespace dfc
