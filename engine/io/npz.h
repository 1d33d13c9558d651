#pragma once
// NumPy .npz: a zip of .npy members. Keys are member names without ".npy"
// ("<net>/<layer>/kernel:0").
#include <map>
#include <string>
#include <string_view>

#include "io/archive.h"
#include "ir/tensor.h"

namespace dfc {

using TensorMap = std::map<std::string, Tensor>;

/// `accept` sees each member's name before its data is unpacked (throwing refuses the archive);
/// members it declines are skipped.
TensorMap decodeNpz(std::string_view bytes, const std::string& what, const MemberFilter& accept = {});
std::string encodeNpz(const TensorMap& tensors);
TensorMap readNpzFile(const std::string& path);
void writeNpzFile(const std::string& path, const TensorMap& tensors);

}  // namespace dfc
