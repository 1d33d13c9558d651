#pragma once
// The compiler: plans every layer (layer_plan.h), partitions the model into contexts
// (context_partitioner.h), gives each context's layers subclusters by the greedy FPS search
// (subcluster_balancer.h) and places them on clusters (cluster_placer.h). Deterministic: the same
// graph, bits, target and settings give the same allocation.
#include "compiler/allocation.h"
#include "core/progress.h"

namespace dfc {

class Graph;
struct QuantizedModel;

/// `model` (may be null: a float model compiles as 8-bit) gives each layer's bits. Errors name
/// the layer or the resource that does not fit.
Allocation compileModel(const Graph& graph, const QuantizedModel* model, const HwArch& hw, const CompileSettings& settings,
                        const Progress& progress = {});

}  // namespace dfc
