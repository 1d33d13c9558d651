#pragma once
// Model modifications of the full-precision stage (user guide §5.3.3): each model-script command
// that changes the graph (normalization, change_output_activation, logits_layer, resize,
// remove_node, input_conversion, transpose) is a function registered here by name. Applying a
// script runs its modifications (ModelScript::modifications, already in order) and records what
// each did; the script's other commands are left for later stages.
#include <functional>
#include <string>
#include <vector>

#include "core/named_registry.h"
#include "ir/graph.h"
#include "script/model_script.h"

namespace dfc {

struct ModificationRecord {
    std::string command;
    ScriptLocation at;
    std::string summary;  ///< what changed, e.g. "normalization1 after input_layer1 (3 channels)"
};

/// Changes the graph as the statement says and returns a summary; bad arguments throw
/// Error(InvalidArgument) (the caller adds file and line:col).
using ModificationFn = std::function<std::string(Graph&, const ScriptStatement&)>;

class ModelModificationRegistry : public NamedRegistry<ModificationFn> {
public:
    static const ModelModificationRegistry& instance();
};

/// Applies the script's modifications in order; errors name the script's file and the
/// statement's line:col.
std::vector<ModificationRecord> applyModelModifications(Graph& graph, const ModelScript& script);

}  // namespace dfc
