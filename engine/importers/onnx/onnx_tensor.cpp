#include "importers/onnx/onnx_tensor.h"

#include <cstring>
#include <filesystem>
#include <fstream>

#include "core/error.h"
#include "core/half.h"

namespace dfc {
namespace {

size_t itemSize(int32_t type)
{
    using T = onnx::TensorProto;
    switch (type) {
    case T::FLOAT: case T::INT32: case T::UINT32: return 4;
    case T::DOUBLE: case T::INT64: case T::UINT64: return 8;
    case T::INT16: case T::UINT16: case T::FLOAT16: case T::BFLOAT16: return 2;
    case T::INT8: case T::UINT8: case T::BOOL: return 1;
    default: return 0;
    }
}

template <typename T> void decodeRaw(const char* p, std::vector<double>& out)
{
    for (size_t i = 0; i < out.size(); ++i) {
        T v;
        std::memcpy(&v, p + i * sizeof(T), sizeof(T));
        out[i] = static_cast<double>(v);
    }
}

std::string readExternal(const onnx::TensorProto& t, const std::string& baseDir,
                         const std::string& what)
{
    std::string location;
    int64_t offset = 0, length = -1;
    for (const auto& kv : t.external_data()) {
        if (kv.key() == "location") location = kv.value();
        else if (kv.key() == "offset") offset = std::stoll(kv.value());
        else if (kv.key() == "length") length = std::stoll(kv.value());
    }
    namespace fs = std::filesystem;
    const fs::path rel(location);
    if (location.empty() || rel.is_absolute() ||
        std::any_of(rel.begin(), rel.end(), [](const fs::path& p) { return p == ".."; }))
        fail(ErrorCode::InvalidFormat, "external data location '" + location +
                                           "' must be a path inside the model's folder",
             what, "initializer " + t.name());
    const fs::path file = fs::path(baseDir) / rel;
    std::ifstream in(file, std::ios::binary);
    if (!in)
        fail(ErrorCode::NotFound, "external data file '" + file.string() + "' is missing", what,
             "initializer " + t.name());
    in.seekg(0, std::ios::end);
    const int64_t size = in.tellg();
    if (length < 0) length = size - offset;
    if (offset < 0 || length < 0 || offset + length > size)
        fail(ErrorCode::InvalidFormat, "external data range runs past the end of '" +
                                           file.string() + "'", what, "initializer " + t.name());
    std::string bytes(static_cast<size_t>(length), '\0');
    in.seekg(offset);
    in.read(bytes.data(), length);
    return bytes;
}

}  // namespace

Tensor ConstTensor::toFloat() const
{
    std::vector<float> f(values.begin(), values.end());
    return Tensor(shape, std::move(f));
}

std::vector<int64_t> ConstTensor::toInts() const
{
    return std::vector<int64_t>(values.begin(), values.end());
}

ConstTensor decodeTensorProto(const onnx::TensorProto& t, const std::string& baseDir,
                              const std::string& what)
{
    using T = onnx::TensorProto;
    const std::string where = "initializer " + t.name();
    ConstTensor c;
    c.dataType = t.data_type();
    int64_t count = 1;
    for (int64_t d : t.dims()) {
        if (d < 0 || (d > 0 && count > (int64_t{1} << 36) / d))
            fail(ErrorCode::InvalidFormat, "absurd tensor dimensions", what, where);
        c.shape.push_back(d);
        count *= d;
    }
    const size_t item = itemSize(c.dataType);
    if (item == 0)
        fail(ErrorCode::Unsupported, "tensor data type " + std::to_string(c.dataType) + " is not numeric",
             what, where);
    c.values.resize(static_cast<size_t>(count));
    std::string external;
    const std::string* raw = nullptr;
    if (t.data_location() == T::EXTERNAL) {
        external = readExternal(t, baseDir, what);
        raw = &external;
    } else if (t.has_raw_data()) {
        raw = &t.raw_data();
    }
    if (raw) {
        if (raw->size() != static_cast<size_t>(count) * item)
            fail(ErrorCode::InvalidFormat,
                 "raw data holds " + std::to_string(raw->size()) + " bytes, shape needs " +
                     std::to_string(count * item), what, where);
        const char* p = raw->data();
        switch (c.dataType) {
        case T::FLOAT: decodeRaw<float>(p, c.values); break;
        case T::DOUBLE: decodeRaw<double>(p, c.values); break;
        case T::INT64: decodeRaw<int64_t>(p, c.values); break;
        case T::UINT64: decodeRaw<uint64_t>(p, c.values); break;
        case T::INT32: decodeRaw<int32_t>(p, c.values); break;
        case T::UINT32: decodeRaw<uint32_t>(p, c.values); break;
        case T::INT16: decodeRaw<int16_t>(p, c.values); break;
        case T::UINT16: decodeRaw<uint16_t>(p, c.values); break;
        case T::INT8: decodeRaw<int8_t>(p, c.values); break;
        case T::UINT8: case T::BOOL: decodeRaw<uint8_t>(p, c.values); break;
        case T::FLOAT16:
        case T::BFLOAT16:
            for (int64_t i = 0; i < count; ++i) {
                uint16_t h;
                std::memcpy(&h, p + 2 * i, 2);
                c.values[i] = c.dataType == T::FLOAT16 ? halfToFloat(h) : bfloat16ToFloat(h);
            }
            break;
        }
        return c;
    }
    auto take = [&](const auto& field) {
        if (static_cast<int64_t>(field.size()) != count)
            fail(ErrorCode::InvalidFormat, "typed data holds " + std::to_string(field.size()) +
                                               " values, shape needs " + std::to_string(count),
                 what, where);
        for (int64_t i = 0; i < count; ++i) c.values[i] = static_cast<double>(field.Get(i));
    };
    switch (c.dataType) {
    case T::FLOAT: take(t.float_data()); break;
    case T::DOUBLE: take(t.double_data()); break;
    case T::INT64: take(t.int64_data()); break;
    case T::UINT64: case T::UINT32: take(t.uint64_data()); break;
    case T::FLOAT16:
        take(t.int32_data());
        for (double& v : c.values) v = halfToFloat(static_cast<uint16_t>(v));
        break;
    case T::BFLOAT16:
        take(t.int32_data());
        for (double& v : c.values) v = bfloat16ToFloat(static_cast<uint16_t>(v));
        break;
    default: take(t.int32_data()); break;
    }
    return c;
}

onnx::TensorProto encodeTensorProto(const ConstTensor& c, const std::string& name)
{
    onnx::TensorProto t;
    t.set_name(name);
    for (int64_t d : c.shape) t.add_dims(d);
    const bool isFloat = c.dataType == onnx::TensorProto::FLOAT || c.dataType == onnx::TensorProto::DOUBLE ||
                         c.dataType == onnx::TensorProto::FLOAT16 || c.dataType == onnx::TensorProto::BFLOAT16;
    t.set_data_type(isFloat ? onnx::TensorProto::FLOAT : onnx::TensorProto::INT64);
    for (double v : c.values) {
        if (isFloat) t.add_float_data(static_cast<float>(v));
        else t.add_int64_data(static_cast<int64_t>(v));
    }
    return t;
}

}  // namespace dfc
