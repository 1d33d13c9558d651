#pragma once
// A TFLite model, read and checked: the flatbuffer passes flatbuffers' Verifier before any field
// is read, then every index (opcodes, tensors, buffers) and every buffer size is checked against
// what the tensors declare. The importer reads only this class, never the raw flatbuffer.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "importers/onnx/onnx_tensor.h"
#include "ir/tensor.h"

namespace dfc {

namespace tfl { struct Operator; }

/// Quantization parameters of a tensor: real = scale · (q − zero_point), per `axis` or per tensor.
struct TfliteQuantization {
    std::vector<float> scales;
    std::vector<int64_t> zeroPoints;
    int axis = 0;
    bool empty() const { return scales.empty(); }
};

struct TfliteTensor {
    std::string name;  ///< unique within the model (duplicates get a suffix)
    Shape shape;       ///< static shape as stored; rank 0 for scalars
    int type = 0;      ///< tfl::TensorType
    bool constant = false;
    TfliteQuantization quantization;
};

struct TfliteOp {
    std::string name;  ///< its first output tensor's name (TFLite operators have none)
    std::string type;  ///< builtin name ("CONV_2D") or the custom code
    int builtin = 0;   ///< BuiltinOperator code; 32 (CUSTOM) for custom operators
    std::vector<int> inputs, outputs;  ///< tensor indices; -1 marks an omitted optional input
    const tfl::Operator* raw = nullptr;
};

class TfliteModel {
public:
    static TfliteModel load(const std::string& path);
    static TfliteModel fromBytes(std::string bytes, const std::string& path);

    const std::string& path() const { return mPath; }
    const std::vector<TfliteTensor>& tensors() const { return mTensors; }
    const TfliteTensor& tensor(int index) const { return mTensors.at(static_cast<size_t>(index)); }
    const std::vector<TfliteOp>& ops() const { return mOps; }
    const std::vector<int>& inputs() const { return mInputs; }
    const std::vector<int>& outputs() const { return mOutputs; }

    /// A constant tensor's values as real numbers: float16 widened, quantized data dequantized
    /// with its scales, integers as they are. Throws InvalidArgument for non-constant tensors.
    ConstTensor constant(int index) const;
    /// A custom operator's option bytes (empty for builtins).
    std::string_view customOptions(const TfliteOp& op) const;

private:
    void readTensors();
    void readOps();
    std::string_view bufferBytes(uint32_t buffer, const std::string& what) const;

    std::shared_ptr<const std::string> mBytes;  ///< the raw pointers below point into it
    std::string mPath;
    std::vector<TfliteTensor> mTensors;
    std::vector<uint32_t> mTensorBuffers;
    std::vector<TfliteOp> mOps;
    std::vector<int> mInputs, mOutputs;
};

/// True when the bytes carry the TFLite file identifier ("TFL3" at offset 4).
bool hasTfliteIdentifier(std::string_view bytes);
/// The name of a BuiltinOperator code ("CONV_2D"), or "BUILTIN_<n>" for codes we do not know.
std::string tfliteBuiltinName(int code);
/// The name of a TensorType value ("FLOAT32").
std::string tfliteTypeName(int type);

}  // namespace dfc
