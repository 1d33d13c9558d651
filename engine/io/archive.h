#pragma once
// Reading and writing the container formats we use (tar, tar.gz for HAR; zip for NPZ) through
// libarchive. Reading is defensive: member paths that are absolute or climb with "..", links,
// devices and absurd sizes are refused with a typed error.
#include <map>
#include <string>
#include <string_view>

namespace dfc {

enum class ArchiveFormat { TarGz, Zip };

struct ArchiveLimits {
    size_t maxMemberBytes = size_t{4} << 30;
    size_t maxTotalBytes = size_t{16} << 30;
    size_t maxMembers = 100000;
};

/// Members by name; directories are skipped. `what` names the archive in errors.
std::map<std::string, std::string> readArchive(std::string_view bytes, const std::string& what,
                                               const ArchiveLimits& limits = {});
/// Deterministic output: fixed timestamps, owners and modes, members in map order.
std::string writeArchive(const std::map<std::string, std::string>& members, ArchiveFormat format);

}  // namespace dfc
