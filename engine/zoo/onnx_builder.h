#pragma once
// Builds ONNX models in code, with deterministic pseudo-random weights (seeded by the tensor
// name), for the bundled demo model and for tests of standard architectures.
#include <cstdint>
#include <string>
#include <vector>

#include <onnx/onnx_pb.h>

#include "zoo/zoo_networks.h"

namespace dfc {

class OnnxBuilder {
public:
    explicit OnnxBuilder(const std::string& graphName, int opset = 13);

    std::string input(const std::string& name, const std::vector<int64_t>& shape);
    void output(const std::string& tensor);
    /// Weights uniform in ±scale, deterministic per name.
    std::string weight(const std::string& name, const std::vector<int64_t>& shape, float scale,
                       float offset = 0.0f);
    std::string constant(const std::string& name, const std::vector<int64_t>& shape,
                         const std::vector<float>& values);
    std::string intConstant(const std::string& name, const std::vector<int64_t>& values);
    std::string node(const std::string& op, const std::vector<std::string>& inputs,
                     std::vector<std::pair<std::string, std::vector<int64_t>>> intAttrs = {},
                     const std::string& prefix = {});

    // Building blocks used by the zoo.
    std::string conv(const std::string& x, int64_t cin, int64_t cout, int64_t k, int64_t stride,
                     int64_t groups = 1, bool bias = false);
    std::string batchNorm(const std::string& x, int64_t c);
    std::string convBn(const std::string& x, int64_t cin, int64_t cout, int64_t k, int64_t stride,
                       int64_t groups = 1) { return batchNorm(conv(x, cin, cout, k, stride, groups), cout); }
    std::string relu(const std::string& x) { return node("Relu", {x}); }
    std::string relu6(const std::string& x);
    std::string add(const std::string& a, const std::string& b) { return node("Add", {a, b}); }
    std::string classifier(const std::string& x, int64_t c, int64_t classes);

    onnx::ModelProto finish();

private:
    std::string fresh(const std::string& prefix);
    onnx::ModelProto mModel;
    onnx::GraphProto* mGraph;
    int mCounter = 0;
};

/// Builds a network by name (throws InvalidArgument listing the known names) for a batch size.
onnx::ModelProto buildZooNetwork(const std::string& name, int64_t batch = 1);

}  // namespace dfc
