#pragma once
// TFLite → ONNX graph, so that one importer (engine/importers/onnx: scope, suggestion,
// converters, fusion passes) serves both formats. TFLite tensors are channel-last; their ONNX
// counterparts are channel-first when they have rank 4 and identical otherwise, so weights,
// axes, paddings and permutations are rewritten here, and reshapes between the two layouts get
// explicit transposes only where the memory order differs. Every ONNX node records the TFLite
// operator it came from, so that reports and layer mappings speak in TFLite names.
#include <functional>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>
#include <onnx/onnx_pb.h>

#include "core/named_registry.h"
#include "importers/tflite/tflite_model.h"

namespace dfc {

struct TfliteLowering {
    onnx::ModelProto model;
    std::map<std::string, std::string> opOfNode;  ///< ONNX node → TFLite operator name
    std::map<std::string, std::vector<std::string>> nodesOfOp;  ///< in creation order
    std::set<std::string> foldedOps;  ///< computed at import time (DEQUANTIZE of constant weights)
    nlohmann::ordered_json quantization = nlohmann::ordered_json::object();  ///< tensor → scales
};

TfliteLowering lowerTfliteToOnnx(const TfliteModel& model);

/// The ONNX axis of a TFLite axis for a tensor of the given rank (rank 4: NHWC → NCHW).
int64_t onnxAxis(int64_t tfliteAxis, size_t rank);

class TfliteLoweringContext {
public:
    TfliteLoweringContext(const TfliteModel& model, TfliteLowering& out);

    const TfliteModel& model;
    const TfliteOp* op = nullptr;  ///< the operator being lowered

    /// The ONNX value of TFLite tensor `t` (activations by name; constants as initializers in
    /// the ONNX layout of their own rank).
    std::string input(int t);
    /// A constant operand broadcast-ready for an ONNX value of `rank` (numpy rules in TFLite
    /// layout, then the layout change).
    std::string broadcastConstant(int t, size_t rank);
    /// The constant value of `t` (stored, or folded by an earlier operator), if any.
    std::optional<ConstTensor> constant(int t) const;
    bool isConstant(int t) const { return t >= 0 && (mFolded.count(t) || model.tensor(t).constant); }
    ConstTensor requireConstant(int t, const std::string& what) const;
    void foldTo(int t, ConstTensor value) { mFolded[t] = std::move(value); }

    const std::string& output(int t) const { return model.tensor(t).name; }
    const Shape& shape(int t) const { return model.tensor(t).shape; }
    size_t rank(int t) const { return model.tensor(t).shape.size(); }

    std::string initializer(const ConstTensor& c, const std::string& hint);
    std::string ints(const std::vector<int64_t>& values, const std::string& hint);
    std::string floats(const std::vector<float>& values, const Shape& shape, const std::string& hint);
    std::string temp(const std::string& hint);
    /// Adds a node of the current operator; the first keeps the operator's name.
    onnx::NodeProto& node(const std::string& opType, const std::vector<std::string>& inputs,
                          const std::vector<std::string>& outputs, const std::string& domain = {});
    /// `x` with a fused activation applied, written to `out` (a plain copy when none).
    void fusedActivation(int activation, const std::string& x, const std::string& out);
    /// Name of the value a fused operator writes before its activation.
    std::string preActivation(int activation, int outTensor);
    /// A TFLite reshape of the value `x` (TFLite shape `from`) to TFLite shape `to`, written to
    /// `out`; transposes only when the layouts' memory orders differ.
    void reshape(const std::string& x, const Shape& from, const Shape& to, const std::string& out);

private:
    TfliteLowering& mOut;
    std::map<int, ConstTensor> mFolded;
    std::map<int, std::string> mConstantNames;
    std::set<std::string> mNames;
    int mCounter = 0;
};

using TfliteLowerer = std::function<void(TfliteLoweringContext&)>;

class TfliteLoweringRegistry : public NamedRegistry<TfliteLowerer> {
public:
    static const TfliteLoweringRegistry& instance();
};

void registerTfliteConvLowerings(TfliteLoweringRegistry&);
void registerTfliteElementwiseLowerings(TfliteLoweringRegistry&);
void registerTfliteShapeLowerings(TfliteLoweringRegistry&);

[[noreturn]] void unsupportedTflite(const std::string& reason);

void setInts(onnx::NodeProto& n, const std::string& name, const std::vector<int64_t>& values);
void setInt(onnx::NodeProto& n, const std::string& name, int64_t value);
void setFloat(onnx::NodeProto& n, const std::string& name, float value);
void setString(onnx::NodeProto& n, const std::string& name, const std::string& value);

/// Axis permutations between the layouts of a rank-4 tensor.
extern const std::vector<int64_t> kTfliteToOnnxPerm;  ///< {0, 3, 1, 2}: NHWC data → NCHW
extern const std::vector<int64_t> kOnnxToTflitePerm;  ///< {0, 2, 3, 1}
/// `c` with its axes permuted (numpy.transpose semantics).
ConstTensor transposeConstant(const ConstTensor& c, const std::vector<int64_t>& perm);
Shape onnxShapeOf(const Shape& tfliteShape);

}  // namespace dfc
