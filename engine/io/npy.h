#pragma once
// NumPy .npy (format 1.0–3.0) encoding and decoding. Decoding trusts nothing: the header must
// parse, the dtype must be known and the data size must equal shape × item size exactly.
#include <string>
#include <string_view>

#include "ir/tensor.h"

namespace dfc {

/// Decodes any numeric little-endian/byte dtype (f2 f4 f8 i1..i8 u1..u8 b1) into float32.
/// `what` names the source in errors (file or archive member).
Tensor decodeNpy(std::string_view bytes, const std::string& what);

/// A validated .npy before conversion: dtype code without byte order ("i4", "f8"), shape, and
/// a view of the data bytes (exactly shape × item size).
struct NpyRaw {
    std::string code;
    Shape shape;
    bool fortranOrder = false;
    std::string_view data;
};
NpyRaw decodeNpyRaw(std::string_view bytes, const std::string& what);
/// Exact integer and double arrays (quantized parameters must not pass through float32).
std::vector<int32_t> npyInt32(const NpyRaw& raw, const std::string& what);    ///< i1/i2/i4/u1/u2 only
std::vector<double> npyFloat64(const NpyRaw& raw, const std::string& what);   ///< f4/f8 only
std::vector<int64_t> npyInt64(const NpyRaw& raw, const std::string& what);    ///< any signed integer or u1/u2/u4
std::string encodeNpyInt32(const Shape& shape, const std::vector<int32_t>& values);
std::string encodeNpyInt64(const Shape& shape, const std::vector<int64_t>& values);
std::string encodeNpyFloat64(const Shape& shape, const std::vector<double>& values);
/// Encodes as '<f4', C order, format 1.0 with a 64-byte aligned header.
std::string encodeNpy(const Tensor& t);

Tensor readNpyFile(const std::string& path);
void writeNpyFile(const std::string& path, const Tensor& t);

}  // namespace dfc
