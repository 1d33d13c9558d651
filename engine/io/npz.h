#pragma once
// NumPy .npz: a zip of .npy members. Keys are member names without ".npy"
// ("<net>/<layer>/kernel:0").
#include <map>
#include <string>
#include <string_view>

#include "ir/tensor.h"

namespace dfc {

using TensorMap = std::map<std::string, Tensor>;

TensorMap decodeNpz(std::string_view bytes, const std::string& what);
std::string encodeNpz(const TensorMap& tensors);
TensorMap readNpzFile(const std::string& path);
void writeNpzFile(const std::string& path, const TensorMap& tensors);

}  // namespace dfc
