#include "importers/tflite/tflite_model.h"

#include <array>
#include <cstring>
#include <set>

#include "core/error.h"
#include "core/half.h"
#include "importers/tflite/tflite_subset_generated.h"
#include "io/atomic_file.h"

namespace dfc {
namespace {

// BuiltinOperator names by code, as published in the TFLite schema (codes 0–161).
constexpr std::array<const char*, 162> kBuiltinNames = {
    "ADD", "AVERAGE_POOL_2D", "CONCATENATION", "CONV_2D", "DEPTHWISE_CONV_2D", "DEPTH_TO_SPACE",
    "DEQUANTIZE", "EMBEDDING_LOOKUP", "FLOOR", "FULLY_CONNECTED", "HASHTABLE_LOOKUP",
    "L2_NORMALIZATION", "L2_POOL_2D", "LOCAL_RESPONSE_NORMALIZATION", "LOGISTIC", "LSH_PROJECTION",
    "LSTM", "MAX_POOL_2D", "MUL", "RELU", "RELU_N1_TO_1", "RELU6", "RESHAPE", "RESIZE_BILINEAR",
    "RNN", "SOFTMAX", "SPACE_TO_DEPTH", "SVDF", "TANH", "CONCAT_EMBEDDINGS", "SKIP_GRAM", "CALL",
    "CUSTOM", "EMBEDDING_LOOKUP_SPARSE", "PAD", "UNIDIRECTIONAL_SEQUENCE_RNN", "GATHER",
    "BATCH_TO_SPACE_ND", "SPACE_TO_BATCH_ND", "TRANSPOSE", "MEAN", "SUB", "DIV", "SQUEEZE",
    "UNIDIRECTIONAL_SEQUENCE_LSTM", "STRIDED_SLICE", "BIDIRECTIONAL_SEQUENCE_RNN", "EXP", "TOPK_V2",
    "SPLIT", "LOG_SOFTMAX", "DELEGATE", "BIDIRECTIONAL_SEQUENCE_LSTM", "CAST", "PRELU", "MAXIMUM",
    "ARG_MAX", "MINIMUM", "LESS", "NEG", "PADV2", "GREATER", "GREATER_EQUAL", "LESS_EQUAL",
    "SELECT", "SLICE", "SIN", "TRANSPOSE_CONV", "SPARSE_TO_DENSE", "TILE", "EXPAND_DIMS", "EQUAL",
    "NOT_EQUAL", "LOG", "SUM", "SQRT", "RSQRT", "SHAPE", "POW", "ARG_MIN", "FAKE_QUANT",
    "REDUCE_PROD", "REDUCE_MAX", "PACK", "LOGICAL_OR", "ONE_HOT", "LOGICAL_AND", "LOGICAL_NOT",
    "UNPACK", "REDUCE_MIN", "FLOOR_DIV", "REDUCE_ANY", "SQUARE", "ZEROS_LIKE", "FILL", "FLOOR_MOD",
    "RANGE", "RESIZE_NEAREST_NEIGHBOR", "LEAKY_RELU", "SQUARED_DIFFERENCE", "MIRROR_PAD", "ABS",
    "SPLIT_V", "UNIQUE", "CEIL", "REVERSE_V2", "ADD_N", "GATHER_ND", "COS", "WHERE", "RANK", "ELU",
    "REVERSE_SEQUENCE", "MATRIX_DIAG", "QUANTIZE", "MATRIX_SET_DIAG", "ROUND", "HARD_SWISH", "IF",
    "WHILE", "NON_MAX_SUPPRESSION_V4", "NON_MAX_SUPPRESSION_V5", "SCATTER_ND", "SELECT_V2",
    "DENSIFY", "SEGMENT_SUM", "BATCH_MATMUL", "PLACEHOLDER_FOR_GREATER_OP_CODES", "CUMSUM",
    "CALL_ONCE", "BROADCAST_TO", "RFFT2D", "CONV_3D", "IMAG", "REAL", "COMPLEX_ABS", "HASHTABLE",
    "HASHTABLE_FIND", "HASHTABLE_IMPORT", "HASHTABLE_SIZE", "REDUCE_ALL", "CONV_3D_TRANSPOSE",
    "VAR_HANDLE", "READ_VARIABLE", "ASSIGN_VARIABLE", "BROADCAST_ARGS", "RANDOM_STANDARD_NORMAL",
    "BUCKETIZE", "RANDOM_UNIFORM", "MULTINOMIAL", "GELU", "DYNAMIC_UPDATE_SLICE", "RELU_0_TO_1",
    "UNSORTED_SEGMENT_PROD", "UNSORTED_SEGMENT_MAX", "UNSORTED_SEGMENT_SUM", "ATAN2",
    "UNSORTED_SEGMENT_MIN", "SIGN", "BITCAST", "BITWISE_XOR", "RIGHT_SHIFT"};

constexpr std::array<const char*, 18> kTypeNames = {
    "FLOAT32", "FLOAT16", "INT32", "UINT8", "INT64", "STRING", "BOOL", "INT16", "COMPLEX64",
    "INT8", "FLOAT64", "COMPLEX128", "UINT64", "RESOURCE", "VARIANT", "UINT32", "UINT16", "INT4"};

constexpr int kCustom = 32;

/// Bytes per element of the types a constant may have; 0 for types we cannot decode.
size_t elementSize(int type)
{
    using T = tfl::TensorType;
    switch (static_cast<T>(type)) {
    case T::FLOAT32: case T::INT32: case T::UINT32: return 4;
    case T::FLOAT16: case T::INT16: case T::UINT16: return 2;
    case T::INT8: case T::UINT8: case T::BOOL: return 1;
    case T::INT64: case T::FLOAT64: case T::UINT64: return 8;
    default: return 0;
    }
}

double readElement(const unsigned char* p, int type)
{
    using T = tfl::TensorType;
    auto load = [p](auto v) { std::memcpy(&v, p, sizeof v); return v; };
    switch (static_cast<T>(type)) {
    case T::FLOAT32: return load(float{});
    case T::FLOAT16: return halfToFloat(load(uint16_t{}));
    case T::INT32: return load(int32_t{});
    case T::UINT32: return load(uint32_t{});
    case T::INT16: return load(int16_t{});
    case T::UINT16: return load(uint16_t{});
    case T::INT8: return load(int8_t{});
    case T::UINT8: case T::BOOL: return *p;
    case T::INT64: return static_cast<double>(load(int64_t{}));
    case T::UINT64: return static_cast<double>(load(uint64_t{}));
    case T::FLOAT64: return load(double{});
    default: return 0;
    }
}

template <typename V>
std::vector<int> indices(const V* v)
{
    return v ? std::vector<int>(v->begin(), v->end()) : std::vector<int>{};
}

const tfl::Model& root(const std::string& bytes)
{
    return *tfl::GetModel(bytes.data());
}

}  // namespace

bool hasTfliteIdentifier(std::string_view bytes)
{
    return bytes.size() >= 8 && bytes.substr(4, 4) == "TFL3";
}

std::string tfliteBuiltinName(int code)
{
    if (code >= 0 && static_cast<size_t>(code) < kBuiltinNames.size()) return kBuiltinNames[static_cast<size_t>(code)];
    return "BUILTIN_" + std::to_string(code);
}

std::string tfliteTypeName(int type)
{
    if (type >= 0 && static_cast<size_t>(type) < kTypeNames.size()) return kTypeNames[static_cast<size_t>(type)];
    return "TYPE_" + std::to_string(type);
}

TfliteModel TfliteModel::load(const std::string& path)
{
    return fromBytes(readFile(path, size_t{2} << 30), path);
}

TfliteModel TfliteModel::fromBytes(std::string bytes, const std::string& path)
{
    if (!hasTfliteIdentifier(bytes)) {
        const std::string id = bytes.size() >= 8 ? bytes.substr(4, 4) : std::string();
        std::string shown;
        for (char c : id) shown += std::isprint(static_cast<unsigned char>(c)) ? c : '?';
        fail(ErrorCode::InvalidFormat, bytes.size() < 8 ? "not a TFLite model: the file is too short"
                                                        : "not a TFLite model: file identifier '" + shown +
                                                              "', expected 'TFL3'", path);
    }
    // The Verifier checks every offset, vector length and table against the buffer's bounds.
    flatbuffers::Verifier::Options vo;
    vo.max_depth = 64;
    vo.max_tables = 10'000'000;
    flatbuffers::Verifier verifier(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), vo);
    if (!tfl::VerifyModelBuffer(verifier))
        fail(ErrorCode::InvalidFormat, "corrupt TFLite model: the flatbuffer fails verification "
                                       "(truncated file or offsets outside it)", path);
    TfliteModel m;
    m.mBytes = std::make_shared<const std::string>(std::move(bytes));
    m.mPath = path;
    const tfl::Model& model = root(*m.mBytes);
    if (!model.subgraphs() || model.subgraphs()->size() == 0)
        fail(ErrorCode::InvalidFormat, "the model has no subgraph", path);
    if (model.version() != 3)
        fail(ErrorCode::Unsupported, "schema version " + std::to_string(model.version()) +
                                         " (only version 3 is read)", path);
    try {
        m.readTensors();
        m.readOps();
    } catch (const Error& e) {
        throw e.inFile(path);
    }
    return m;
}

void TfliteModel::readTensors()
{
    const tfl::Model& model = root(*mBytes);
    const tfl::SubGraph& g = *model.subgraphs()->Get(0);
    const size_t buffers = model.buffers() ? model.buffers()->size() : 0;
    if (!g.tensors()) fail(ErrorCode::InvalidFormat, "the main subgraph has no tensors");
    std::set<std::string> names;
    for (uint32_t i = 0; i < g.tensors()->size(); ++i) {
        const tfl::Tensor& t = *g.tensors()->Get(i);
        TfliteTensor out;
        out.name = t.name() ? t.name()->str() : std::string();
        if (out.name.empty()) out.name = "tensor_" + std::to_string(i);
        while (!names.insert(out.name).second) out.name += "_" + std::to_string(i);
        const std::string where = "tensor " + std::to_string(i) + " ('" + out.name + "')";
        out.type = static_cast<int>(t.type());
        int64_t elements = 1;
        if (t.shape())
            for (int32_t d : *t.shape()) {
                if (d < 0) fail(ErrorCode::Unsupported, "dimension " + std::to_string(d) + " is not static", {}, where);
                out.shape.push_back(d);
                if (d != 0 && elements > (int64_t{1} << 40) / d)
                    fail(ErrorCode::InvalidFormat, "the shape has more than 2^40 elements", {}, where);
                elements *= d;
            }
        if (t.buffer() >= buffers)
            fail(ErrorCode::InvalidFormat, "buffer index " + std::to_string(t.buffer()) + " is outside the " +
                                               std::to_string(buffers) + " buffers", {}, where);
        if (const tfl::QuantizationParameters* q = t.quantization()) {
            if (q->scale()) out.quantization.scales.assign(q->scale()->begin(), q->scale()->end());
            if (q->zero_point()) out.quantization.zeroPoints.assign(q->zero_point()->begin(), q->zero_point()->end());
            out.quantization.axis = q->quantized_dimension();
            const size_t n = out.quantization.scales.size();
            if (n > 1 && (out.quantization.axis < 0 || static_cast<size_t>(out.quantization.axis) >= out.shape.size() ||
                          out.shape[static_cast<size_t>(out.quantization.axis)] != static_cast<int64_t>(n)))
                fail(ErrorCode::InvalidFormat, std::to_string(n) + " scales do not match quantized dimension " +
                                                   std::to_string(out.quantization.axis), {}, where);
            if (!out.quantization.zeroPoints.empty() && out.quantization.zeroPoints.size() != n)
                fail(ErrorCode::InvalidFormat, "zero points and scales differ in number", {}, where);
        }
        const std::string_view data = bufferBytes(t.buffer(), where);
        out.constant = !data.empty();
        if (out.constant) {
            const size_t size = elementSize(out.type);
            if (size == 0)
                fail(ErrorCode::Unsupported, "constant of type " + tfliteTypeName(out.type) + " cannot be read", {}, where);
            if (data.size() != static_cast<size_t>(elements) * size)
                fail(ErrorCode::InvalidFormat, "buffer holds " + std::to_string(data.size()) + " bytes, the shape needs " +
                                                   std::to_string(elements * static_cast<int64_t>(size)), {}, where);
        }
        mTensors.push_back(std::move(out));
        mTensorBuffers.push_back(t.buffer());
    }
    auto checkList = [&](const flatbuffers::Vector<int32_t>* v, const char* what, std::vector<int>& into) {
        for (int i : indices(v)) {
            if (i < 0 || static_cast<size_t>(i) >= mTensors.size())
                fail(ErrorCode::InvalidFormat, std::string(what) + " tensor index " + std::to_string(i) + " is out of range");
            into.push_back(i);
        }
    };
    checkList(g.inputs(), "subgraph input", mInputs);
    checkList(g.outputs(), "subgraph output", mOutputs);
}

std::string_view TfliteModel::bufferBytes(uint32_t index, const std::string& what) const
{
    const tfl::Buffer* b = root(*mBytes).buffers()->Get(index);
    if (!b) return {};
    if (b->data()) return {reinterpret_cast<const char*>(b->data()->data()), b->data()->size()};
    if (b->offset() > 1) {  // large models keep data after the flatbuffer, addressed from the file start
        if (b->size() > mBytes->size() || b->offset() > mBytes->size() - b->size())
            fail(ErrorCode::InvalidFormat, "buffer " + std::to_string(index) + " lies outside the file", {}, what);
        return std::string_view(*mBytes).substr(b->offset(), b->size());
    }
    return {};
}

void TfliteModel::readOps()
{
    const tfl::Model& model = root(*mBytes);
    const tfl::SubGraph& g = *model.subgraphs()->Get(0);
    const size_t codes = model.operator_codes() ? model.operator_codes()->size() : 0;
    std::set<std::string> names;
    if (!g.operators()) return;
    for (uint32_t i = 0; i < g.operators()->size(); ++i) {
        const tfl::Operator& raw = *g.operators()->Get(i);
        const std::string where = "operator " + std::to_string(i);
        if (raw.opcode_index() >= codes)
            fail(ErrorCode::InvalidFormat, "opcode index " + std::to_string(raw.opcode_index()) + " is outside the " +
                                               std::to_string(codes) + " operator codes", {}, where);
        const tfl::OperatorCode& code = *model.operator_codes()->Get(raw.opcode_index());
        TfliteOp op;
        op.raw = &raw;
        // Old files store the code in the byte field; newer ones in the int field; take the larger.
        op.builtin = std::max<int>(code.deprecated_builtin_code(), code.builtin_code());
        op.type = op.builtin == kCustom ? (code.custom_code() ? code.custom_code()->str() : "CUSTOM")
                                        : tfliteBuiltinName(op.builtin);
        for (auto [list, into] : {std::pair{raw.inputs(), &op.inputs}, std::pair{raw.outputs(), &op.outputs}})
            for (int t : indices(list)) {
                if (t < -1 || t >= static_cast<int>(mTensors.size()))
                    fail(ErrorCode::InvalidFormat, "tensor index " + std::to_string(t) + " is out of range", {},
                         where + " (" + op.type + ")");
                into->push_back(t);
            }
        if (op.outputs.empty() || op.outputs[0] < 0)
            fail(ErrorCode::InvalidFormat, "the operator has no output", {}, where + " (" + op.type + ")");
        op.name = mTensors[static_cast<size_t>(op.outputs[0])].name;
        while (!names.insert(op.name).second) op.name += "_op" + std::to_string(i);
        mOps.push_back(std::move(op));
    }
}

ConstTensor TfliteModel::constant(int index) const
{
    const TfliteTensor& t = tensor(index);
    if (!t.constant) fail(ErrorCode::InvalidArgument, "tensor '" + t.name + "' is not a constant", mPath);
    const std::string_view data = bufferBytes(mTensorBuffers[static_cast<size_t>(index)], t.name);
    const size_t size = elementSize(t.type);
    ConstTensor c;
    c.shape = t.shape;
    c.values.resize(data.size() / size);
    const auto* p = reinterpret_cast<const unsigned char*>(data.data());
    for (size_t i = 0; i < c.values.size(); ++i) c.values[i] = readElement(p + i * size, t.type);
    const bool isFloat = t.type == static_cast<int>(tfl::TensorType::FLOAT32) ||
                         t.type == static_cast<int>(tfl::TensorType::FLOAT16) ||
                         t.type == static_cast<int>(tfl::TensorType::FLOAT64);
    c.dataType = isFloat ? onnx::TensorProto::FLOAT : onnx::TensorProto::INT64;
    const TfliteQuantization& q = t.quantization;
    if (!isFloat && !q.empty()) {  // quantized weights: back to real numbers
        int64_t inner = 1;
        for (size_t d = static_cast<size_t>(q.axis) + 1; d < t.shape.size(); ++d) inner *= t.shape[d];
        const size_t channels = q.scales.size();
        for (size_t i = 0; i < c.values.size(); ++i) {
            const size_t ch = channels > 1 ? (i / static_cast<size_t>(inner)) % channels : 0;
            const double zp = q.zeroPoints.empty() ? 0.0 : static_cast<double>(q.zeroPoints[ch]);
            c.values[i] = q.scales[ch] * (c.values[i] - zp);
        }
        c.dataType = onnx::TensorProto::FLOAT;
    }
    return c;
}

std::string_view TfliteModel::customOptions(const TfliteOp& op) const
{
    if (!op.raw->custom_options()) return {};
    return {reinterpret_cast<const char*>(op.raw->custom_options()->data()), op.raw->custom_options()->size()};
}

}  // namespace dfc
