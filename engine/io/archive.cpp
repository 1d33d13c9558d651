#include "io/archive.h"

#include <algorithm>
#include <cstdio>
#include <memory>
#include <set>

#include <archive.h>
#include <archive_entry.h>

#include "core/error.h"

namespace dfc {
namespace {

struct ReadDeleter {
    void operator()(archive* a) const { archive_read_free(a); }
};
struct WriteDeleter {
    void operator()(archive* a) const { archive_write_free(a); }
};

bool unsafePath(const std::string& p)
{
    if (p.empty() || p[0] == '/' || p.find('\\') != std::string::npos) return true;
    size_t start = 0;
    while (start <= p.size()) {
        size_t end = p.find('/', start);
        if (end == std::string::npos) end = p.size();
        if (p.compare(start, end - start, "..") == 0) return true;
        start = end + 1;
    }
    return false;
}

}  // namespace

namespace {

std::string megabytes(size_t bytes)
{
    char text[32];
    std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / 1e6);
    return text;
}

/// The running account of what an archive unpacks to, against the limits.
class UnpackBudget {
public:
    UnpackBudget(const ArchiveLimits& limits, size_t packedBytes, const std::string& what)
        : mLimits(limits), mPacked(packedBytes), mWhat(what)
    {
    }

    void addMember(const std::string& name)
    {
        if (++mMembers > mLimits.maxMembers)
            fail(ErrorCode::LimitExceeded, "more than " + std::to_string(mLimits.maxMembers) + " members (limit: members per archive)",
                 mWhat);
        mMemberBytes = 0;
        mName = name;
    }
    /// `bytes` more of the current member (declared ahead, or unpacked).
    void add(size_t bytes)
    {
        mMemberBytes += bytes;
        mTotal += bytes;
        if (mMemberBytes > mLimits.maxMemberBytes)
            fail(ErrorCode::LimitExceeded, "the member unpacks to more than " + megabytes(mLimits.maxMemberBytes) +
                                               " (limit: bytes per member)", mWhat, mName);
        if (mTotal > mLimits.maxTotalBytes)
            fail(ErrorCode::LimitExceeded, "the archive unpacks to more than " + megabytes(mLimits.maxTotalBytes) +
                                               " (limit: bytes per archive)", mWhat, mName);
        const double allowed = std::max(static_cast<double>(mLimits.ratioFloorBytes), mLimits.maxRatio * static_cast<double>(mPacked));
        if (static_cast<double>(mTotal) > allowed)
            fail(ErrorCode::LimitExceeded, "the archive unpacks to " + megabytes(mTotal) + " or more from " + megabytes(mPacked) +
                                               ", beyond " + std::to_string(static_cast<int>(mLimits.maxRatio)) +
                                               "x its size: refused as a likely archive bomb (limit: unpacked/packed ratio)",
                 mWhat, mName);
    }
    /// Replaces the declared size of the current member by what really came out.
    void unpacked(size_t declared, size_t actual)
    {
        mMemberBytes -= declared;
        mTotal -= declared;
        add(actual);
    }

private:
    const ArchiveLimits& mLimits;
    size_t mPacked, mMembers = 0, mMemberBytes = 0, mTotal = 0;
    std::string mWhat, mName;
};

/// Reads the current member's data, staying within the budget at every block.
std::string readMemberData(archive* a, UnpackBudget& budget, size_t declared, const std::string& what, const std::string& name)
{
    std::string data;
    data.reserve(declared);
    char buf[1 << 16];
    size_t beyondDeclared = 0;
    for (;;) {
        const la_ssize_t n = archive_read_data(a, buf, sizeof buf);
        if (n == 0) break;
        if (n < 0) fail(ErrorCode::InvalidFormat, std::string("corrupt member data: ") + archive_error_string(a), what, name);
        // Beyond what the header said (zip entries may not say): within the budget before the
        // bytes are kept, so a lying member never grows past the limit.
        const size_t after = data.size() + static_cast<size_t>(n);
        if (after > declared) {
            budget.add(after - declared - beyondDeclared);
            beyondDeclared = after - declared;
        }
        data.append(buf, static_cast<size_t>(n));
    }
    if (data.size() < declared) budget.unpacked(declared, data.size());
    return data;
}

}  // namespace

std::map<std::string, std::string> readArchive(std::string_view bytes, const std::string& what,
                                               const ArchiveLimits& limits, const MemberFilter& wanted)
{
    std::unique_ptr<archive, ReadDeleter> a(archive_read_new());
    archive_read_support_filter_gzip(a.get());
    archive_read_support_filter_none(a.get());
    archive_read_support_format_tar(a.get());
    archive_read_support_format_gnutar(a.get());
    archive_read_support_format_zip(a.get());
    if (archive_read_open_memory(a.get(), bytes.data(), bytes.size()) != ARCHIVE_OK)
        fail(ErrorCode::InvalidFormat,
             std::string("not a readable archive: ") + archive_error_string(a.get()), what);
    std::map<std::string, std::string> members;
    std::set<std::string> seen;
    UnpackBudget budget(limits, bytes.size(), what);
    archive_entry* entry = nullptr;
    for (;;) {
        int rc = archive_read_next_header(a.get(), &entry);
        if (rc == ARCHIVE_EOF) break;
        if (rc < ARCHIVE_WARN)
            fail(ErrorCode::InvalidFormat,
                 std::string("corrupt archive: ") + archive_error_string(a.get()), what);
        const char* rawName = archive_entry_pathname(entry);
        std::string name = rawName ? rawName : "";
        while (name.starts_with("./")) name.erase(0, 2);
        const auto type = archive_entry_filetype(entry);
        if (type == AE_IFDIR) continue;
        if (unsafePath(name))
            fail(ErrorCode::InvalidFormat, "member path escapes the archive", what, name);
        if (type != AE_IFREG || archive_entry_hardlink(entry) || archive_entry_symlink(entry))
            fail(ErrorCode::InvalidFormat, "member is a link or special file", what, name);
        if (!seen.insert(name).second) fail(ErrorCode::InvalidFormat, "member appears twice", what, name);
        budget.addMember(name);
        const la_int64_t declared = archive_entry_size_is_set(entry) ? archive_entry_size(entry) : 0;
        if (declared < 0) fail(ErrorCode::InvalidFormat, "member size is negative", what, name);
        budget.add(static_cast<size_t>(declared));  // refused here, before a byte is unpacked
        if (wanted && !wanted(name)) continue;  // libarchive skips its data
        members[name] = readMemberData(a.get(), budget, static_cast<size_t>(declared), what, name);
    }
    return members;
}

std::string writeArchive(const std::map<std::string, std::string>& members, ArchiveFormat format)
{
    std::unique_ptr<archive, WriteDeleter> a(archive_write_new());
    if (format == ArchiveFormat::TarGz) {
        archive_write_set_format_pax_restricted(a.get());
        archive_write_add_filter_gzip(a.get());
        // No timestamp in the gzip header (identical inputs → identical bytes). Level 0 stores:
        // float weights barely compress, and deflate costs ~75 ms per MB of them (3.5 s for
        // ResNet-18), so the archive stays a valid .tar.gz without the wait.
        archive_write_set_filter_option(a.get(), "gzip", "timestamp", nullptr);
        archive_write_set_filter_option(a.get(), "gzip", "compression-level", "0");
    } else {
        archive_write_set_format_zip(a.get());
        archive_write_set_option(a.get(), "zip", "compression", "store");
    }
    archive_write_set_bytes_in_last_block(a.get(), 1);
    std::string out;
    auto writer = [](archive*, void* user, const void* buf, size_t n) -> la_ssize_t {
        static_cast<std::string*>(user)->append(static_cast<const char*>(buf), n);
        return static_cast<la_ssize_t>(n);
    };
    if (archive_write_open2(a.get(), &out, nullptr, writer, nullptr, nullptr) != ARCHIVE_OK)
        fail(ErrorCode::Internal, std::string("archive: ") + archive_error_string(a.get()));
    for (const auto& [name, data] : members) {
        std::unique_ptr<archive_entry, void (*)(archive_entry*)> e(archive_entry_new(),
                                                                   archive_entry_free);
        archive_entry_set_pathname(e.get(), name.c_str());
        archive_entry_set_size(e.get(), static_cast<la_int64_t>(data.size()));
        archive_entry_set_filetype(e.get(), AE_IFREG);
        archive_entry_set_perm(e.get(), 0644);
        archive_entry_set_mtime(e.get(), 315532800, 0);  // 1980-01-01: valid for zip too
        if (archive_write_header(a.get(), e.get()) != ARCHIVE_OK ||
            archive_write_data(a.get(), data.data(), data.size()) !=
                static_cast<la_ssize_t>(data.size()))
            fail(ErrorCode::Internal, std::string("archive: ") + archive_error_string(a.get()));
    }
    if (archive_write_close(a.get()) != ARCHIVE_OK)
        fail(ErrorCode::Internal, std::string("archive: ") + archive_error_string(a.get()));
    return out;
}

}  // namespace dfc
