#pragma once
// Writes small TFLite models for tests with our schema subset's generated builders: tensors,
// constant buffers (float32, float16, int8 with scales), operators with typed options.
#include <map>
#include <string>
#include <vector>

#include "importers/tflite/tflite_subset_generated.h"
#include "ir/tensor.h"

namespace dfc::test {

class TfliteBuilder {
public:
    using Options = std::pair<tfl::BuiltinOptions, flatbuffers::Offset<void>>;

    TfliteBuilder();
    flatbuffers::FlatBufferBuilder fbb;

    int tensor(const std::string& name, const Shape& shape);
    int constant(const std::string& name, const Tensor& values);
    int constantHalf(const std::string& name, const Tensor& values);  ///< FLOAT16 buffer
    /// INT8 per-channel (axis 0) symmetric quantization of `values`.
    int constantInt8(const std::string& name, const Tensor& values);
    int constantInts(const std::string& name, const Shape& shape, const std::vector<int32_t>& values);
    /// `values` quantized with the given per-channel (axis 0) or per-tensor scales, zero point 0,
    /// stored as INT8 or INT32 (biases).
    int constantQuantized(const std::string& name, const Tensor& values, tfl::TensorType type,
                          const std::vector<float>& scales);
    /// An activation tensor of a quantized model (INT8/UINT8 with one scale and zero point).
    int quantizedTensor(const std::string& name, const Shape& shape, tfl::TensorType type, float scale, int64_t zeroPoint);

    void op(int builtin, const std::vector<int>& inputs, const std::vector<int>& outputs, Options options = {});
    void customOp(const std::string& code, const std::vector<int>& inputs, const std::vector<int>& outputs,
                  const std::vector<uint8_t>& options);
    std::string finish(const std::vector<int>& inputs, const std::vector<int>& outputs);

private:
    int addTensor(const std::string& name, const Shape& shape, tfl::TensorType type, const std::string& bytes,
                  flatbuffers::Offset<tfl::QuantizationParameters> q = 0);
    int code(int builtin, const std::string& custom);
    std::vector<flatbuffers::Offset<tfl::Tensor>> mTensors;
    std::vector<flatbuffers::Offset<tfl::Buffer>> mBuffers;
    std::vector<flatbuffers::Offset<tfl::Operator>> mOps;
    std::vector<flatbuffers::Offset<tfl::OperatorCode>> mCodes;
    std::map<std::string, int> mCodeIndex;
};

}  // namespace dfc::test
