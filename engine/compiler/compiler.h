#pragma once
// The compiler: plans every layer (layer_plan.h), partitions the model into contexts
// (context_partitioner.h), gives each context's layers subclusters by the greedy FPS search
// (subcluster_balancer.h) and places them on clusters (cluster_placer.h). Deterministic: the same
// graph, bits, target and settings give the same allocation.
#include <map>
#include <string>

#include "compiler/allocation.h"
#include "compiler/layer_cost.h"
#include "core/progress.h"

namespace dfc {

class Graph;
struct Precision;
struct QuantizedModel;

/// Compiles `graph` with each layer at `bits`. Errors name the layer or the resource that does
/// not fit.
Allocation compileModel(const Graph& graph, const LayerBitsMap& bits, const HwArch& hw, const CompileSettings& settings,
                        const Progress& progress = {});

/// The bits of a quantized model's layers.
LayerBitsMap bitsOfModel(const QuantizedModel& model);
/// The bits the quantizer will give (its precision choice, e.g. compression_level's 4-bit layers).
LayerBitsMap bitsOfPrecisions(const std::map<std::string, Precision>& precisions);

}  // namespace dfc
