#pragma once
// Rewrites of the layer graph that every importer runs after conversion: folding batch norms
// and biases into convolutions, fusing activations and activation patterns, folding pads and
// flattens. Each pass is one function with a verb-first id; "not applicable" is silent. A pass
// returns how many rewrites it made, so the parse report can say what happened.
#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "ir/graph.h"

namespace dfc {

struct GraphPass {
    std::string id;       ///< "fuse-conv-batchnorm"; usable with --disable-pass
    std::string summary;  ///< one sentence
    std::function<int(Graph&)> run;
};

/// The fusion pipeline, in order.
const std::vector<GraphPass>& fusionPasses();
/// Runs every pass not in `disabled` until none rewrites; returns (id, rewrites) per pass.
std::vector<std::pair<std::string, int>> runFusionPasses(Graph& graph,
                                                         const std::set<std::string>& disabled = {});

// Individual passes (each in its own file).
int fuseSilu(Graph& g);
int fuseHardSigmoid(Graph& g);
int fuseHardSwish(Graph& g);
int fuseConvBatchNorm(Graph& g);
int mergeNormalizations(Graph& g);
int fuseActivations(Graph& g);
int fuseFlattenDense(Graph& g);
int fusePadIntoWindow(Graph& g);
int removeIdentities(Graph& g);

// Helpers shared by the passes.
/// The single consumer of `l`, or null when it has none or several (or is an output).
Layer* soleConsumer(Graph& g, const Layer& l);
/// Moves `from`'s original names after `into`'s (fused layers keep their provenance).
void mergeOriginalNames(Layer& into, const Layer& from, bool append = true);
/// True when `l` is a normalization with every kernel == k and every bias == b.
bool isScalarAffine(const Layer& l, float k, float b, float tol = 1e-6f);

}  // namespace dfc
