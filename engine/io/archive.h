#pragma once
// Reading and writing the container formats we use (tar, tar.gz for HAR; zip for NPZ) through
// libarchive. Reading is defensive: member paths that are absolute or climb with "..", links,
// devices and duplicate members are refused with a typed error, and so is anything beyond the
// limits below (ErrorCode::LimitExceeded, naming the limit) — checked against each member's
// declared size before a byte of it is unpacked, then against what really comes out.
#include <cstddef>
#include <functional>
#include <map>
#include <string>
#include <string_view>

namespace dfc {

enum class ArchiveFormat { TarGz, Zip };

struct ArchiveLimits {
    size_t maxMemberBytes = size_t{4} << 30;  ///< one member unpacked
    size_t maxTotalBytes = size_t{8} << 30;   ///< all members unpacked
    size_t maxMembers = 10000;
    /// Unpacked bytes per packed byte, once more than `ratioFloorBytes` are unpacked: weights
    /// compress about 1.1:1 and even pruned ones under 10:1; a block of zeros compresses 1000:1.
    double maxRatio = 100;
    size_t ratioFloorBytes = size_t{128} << 20;
};

/// Decides, from a member's name alone, whether its data is wanted (skipped members are checked
/// against the limits all the same). Throwing refuses the archive.
using MemberFilter = std::function<bool(const std::string& name)>;

/// Members by name; directories are skipped. `what` names the archive in errors.
std::map<std::string, std::string> readArchive(std::string_view bytes, const std::string& what,
                                               const ArchiveLimits& limits = {}, const MemberFilter& wanted = {});
/// Deterministic output: fixed timestamps, owners and modes, members in map order.
std::string writeArchive(const std::map<std::string, std::string>& members, ArchiveFormat format);

}  // namespace dfc
