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
/// Encodes as '<f4', C order, format 1.0 with a 64-byte aligned header.
std::string encodeNpy(const Tensor& t);

Tensor readNpyFile(const std::string& path);
void writeNpyFile(const std::string& path, const Tensor& t);

}  // namespace dfc
