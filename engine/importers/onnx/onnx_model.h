#pragma once
// An ONNX model prepared for conversion: parsed and validated, input shapes fixed, shapes
// inferred (ONNX's own inference), shape sub-graphs folded into constants, nodes named and
// topologically ordered. Everything the converters need to read, nothing they write.
#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include <onnx/onnx_pb.h>

#include "core/progress.h"
#include "importers/onnx/onnx_tensor.h"

namespace dfc {

struct OnnxNode {
    const onnx::NodeProto* proto = nullptr;
    std::string name;  ///< the node's name, or "<op>_<index>" when it has none
    std::string op;
    std::vector<std::string> inputs, outputs;  ///< "" marks an omitted optional input
    bool folded = false;  ///< computed at import time; its outputs are constants

    bool hasAttr(const std::string& key) const;
    int64_t attrInt(const std::string& key, int64_t def) const;
    float attrFloat(const std::string& key, float def) const;
    std::string attrString(const std::string& key, const std::string& def) const;
    std::vector<int64_t> attrInts(const std::string& key, std::vector<int64_t> def = {}) const;
    std::vector<float> attrFloats(const std::string& key) const;
    const onnx::TensorProto* attrTensor(const std::string& key) const;
};

class OnnxModel {
public:
    /// inputShapes: graph input name → full shape (batch included), for dynamic dimensions.
    static OnnxModel load(const std::string& path, const std::map<std::string, Shape>& inputShapes,
                          const Progress& progress = {});
    static OnnxModel fromProto(onnx::ModelProto proto, const std::string& path,
                               const std::map<std::string, Shape>& inputShapes,
                               const Progress& progress = {});

    const std::string& path() const { return mPath; }
    int64_t opset() const { return mOpset; }
    const onnx::ModelProto& proto() const { return *mProto; }
    const std::vector<OnnxNode>& nodes() const { return mNodes; }
    const std::vector<std::string>& graphInputs() const { return mInputs; }
    const std::vector<std::string>& graphOutputs() const { return mOutputs; }

    const ConstTensor* constant(const std::string& tensor) const;
    const Shape* shape(const std::string& tensor) const;  ///< null when not fully known
    const OnnxNode* producer(const std::string& tensor) const;
    std::vector<const OnnxNode*> consumers(const std::string& tensor) const;
    const OnnxNode* node(const std::string& name) const;

private:
    void indexGraph();
    void topoSortNodes();
    void applyInputShapes(const std::map<std::string, Shape>& inputShapes);
    void checkWindowAttributes() const;
    void inferShapes();
    bool foldConstants();

    // Held by pointer: OnnxNode keeps pointers into it, which must survive moves.
    std::unique_ptr<onnx::ModelProto> mProto = std::make_unique<onnx::ModelProto>();
    std::string mPath, mBaseDir;
    int64_t mOpset = 0;
    std::vector<OnnxNode> mNodes;
    std::vector<std::string> mInputs, mOutputs;
    std::map<std::string, ConstTensor> mConstants;
    std::map<std::string, Shape> mShapes;
    std::map<std::string, size_t> mProducer;
    std::map<std::string, std::vector<size_t>> mConsumers;
    std::map<std::string, size_t> mNodeByName;
    std::vector<onnx::ValueInfoProto> mDeclared;  ///< value_info as the model declared it
    bool mDeclaredCaptured = false;
};


}  // namespace dfc
