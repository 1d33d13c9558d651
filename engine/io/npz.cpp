#include "io/npz.h"

#include "io/archive.h"
#include "io/atomic_file.h"
#include "io/npy.h"

namespace dfc {

TensorMap decodeNpz(std::string_view bytes, const std::string& what, const MemberFilter& accept)
{
    TensorMap out;
    for (auto& [name, data] : readArchive(bytes, what, {}, accept)) {
        std::string key = name;
        if (key.ends_with(".npy")) key.resize(key.size() - 4);
        out.emplace(key, decodeNpy(data, what + ":" + name));
    }
    return out;
}

std::string encodeNpz(const TensorMap& tensors)
{
    std::map<std::string, std::string> members;
    for (const auto& [key, t] : tensors) members[key + ".npy"] = encodeNpy(t);
    return writeArchive(members, ArchiveFormat::Zip);
}

TensorMap readNpzFile(const std::string& path) { return decodeNpz(readFile(path), path); }

void writeNpzFile(const std::string& path, const TensorMap& tensors)
{
    writeFileAtomic(path, encodeNpz(tensors));
}

}  // namespace dfc
