#pragma once
// Splits a model into contexts: one when its layers fit the caps of one context (or when the
// policy says so), else the fewest contiguous runs of the topological order that each fit, with
// the inter-context tensors going through host memory. Says why in plain language: which units
// ran out first, by how much, and which layers need the most of them.
#include <string>
#include <vector>

#include "compiler/layer_plan.h"

namespace dfc {

/// What one context can hold under the caps (control may exceed 1: merged layers share units).
UnitCounts contextCapacity(const HwArch& hw, const ResourceCaps& caps);
/// Units of a planned layer at its fewest subclusters.
UnitCounts minimalUnits(const PlannedLayer& p, const HwArch& hw);

struct Partition {
    std::vector<std::vector<size_t>> contexts;  ///< indexes into the plan, on-chip layers only
    std::string why;
};

/// Throws InvalidArgument (a layer alone exceeds a context, or the policy forbids the contexts
/// the model needs), with the layer or the resource named.
Partition partitionContexts(const std::vector<PlannedLayer>& plan, const HwArch& hw, const CompileSettings& settings);

}  // namespace dfc
