#pragma once
// Constant tensors of an ONNX model, decoded from TensorProto with every size checked.
// Values are kept as double so that int64 shape arithmetic stays exact (|v| < 2^53).
#include <string>
#include <vector>

#include <onnx/onnx_pb.h>

#include "ir/tensor.h"

namespace dfc {

struct ConstTensor {
    Shape shape;                ///< as in the source model, batch included
    std::vector<double> values; ///< row-major
    int32_t dataType = onnx::TensorProto::FLOAT;

    int64_t size() const { return static_cast<int64_t>(values.size()); }
    bool isScalarLike() const { return values.size() == 1; }
    Tensor toFloat() const;
    std::vector<int64_t> toInts() const;
};

/// Decodes a TensorProto; external data is resolved relative to `baseDir` and must stay inside it.
ConstTensor decodeTensorProto(const onnx::TensorProto& t, const std::string& baseDir,
                              const std::string& what);
onnx::TensorProto encodeTensorProto(const ConstTensor& t, const std::string& name);

}  // namespace dfc
