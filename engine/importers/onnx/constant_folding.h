#pragma once
// Evaluation of ONNX nodes whose inputs are all known at import time: the shape arithmetic
// (Shape → Gather → Concat → Reshape …) that exporters emit and the accelerator never runs.
// One folder per operator, registered by name like the converters (folders/*.cpp); a coverage
// test runs each against the ONNX backend suite's node tests.
#include <functional>
#include <string>
#include <vector>

#include "core/named_registry.h"
#include "importers/onnx/onnx_model.h"

namespace dfc {

using FoldInputs = std::vector<const ConstTensor*>;

struct ConstantFolder {
    /// Computes the node's outputs from constant inputs (`shapes` are the inputs' shapes);
    /// returns false for a variant it cannot fold (a Constant without a value).
    std::function<bool(const OnnxNode&, const FoldInputs&, const std::vector<const Shape*>&, std::vector<ConstTensor>&)> fold;
    bool needsValues = true;  ///< false: the input shapes are enough (Shape, Size)
    int requiredInputs = 1;   ///< inputs that must be present (the rest are optional)
};

class ConstantFolderRegistry : public NamedRegistry<ConstantFolder> {
public:
    static const ConstantFolderRegistry& instance();
};

void registerArithmeticFolders(ConstantFolderRegistry&);
void registerShapeFolders(ConstantFolderRegistry&);

/// Helpers the folders share.
namespace fold {
int64_t normAxis(int64_t axis, int64_t rank);
bool isFloatType(int32_t type);
/// Element-wise `f` over NumPy-broadcast operands.
ConstTensor binary(const ConstTensor& a, const ConstTensor& b, const std::function<double(double, double)>& f, int32_t outType);
}  // namespace fold

}  // namespace dfc
