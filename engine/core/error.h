#pragma once
// dfc::Error — the one error type of the engine. It carries a stable code, the file it
// concerns and a location inside it (node name, JSON path, line:col, byte offset), so the CLI
// prints one clear line and the GUI can jump to the cause.
#include <stdexcept>
#include <string>

namespace dfc {

enum class ErrorCode {
    InvalidArgument,  ///< a caller passed something unusable (bad option, unknown layer name)
    InvalidFormat,    ///< a file is malformed (truncated, lying header, bad JSON)
    InvalidGraph,     ///< a graph is inconsistent (cycle, dangling edge, shape mismatch)
    Unsupported,      ///< valid input that we do not handle (unknown op, attribute value)
    InputShapeNeeded, ///< a model input has symbolic dimensions: the caller must give its shape (location: the input)
    LimitExceeded,    ///< input beyond a safety limit (size, count, unpacked/packed ratio); the message names it
    NotFound,         ///< a file, member or name does not exist
    IoError,          ///< the operating system refused a read or write
    Cancelled,        ///< the user cancelled a long operation
    Internal,         ///< a broken invariant: a bug in this program
};

const char* errorCodeName(ErrorCode code);

class Error : public std::runtime_error {
public:
    Error(ErrorCode code, std::string message, std::string file = {}, std::string location = {});

    ErrorCode code() const { return mCode; }
    const std::string& message() const { return mMessage; }
    const std::string& file() const { return mFile; }
    const std::string& location() const { return mLocation; }

    /// Returns a copy of this error with the file filled in when it was not known yet.
    Error inFile(const std::string& file) const;
    /// Returns a copy of this error with a location prefix (outermost first), e.g. "layers.conv1".
    Error at(const std::string& location) const;

private:
    static std::string format(ErrorCode, const std::string&, const std::string&, const std::string&);
    ErrorCode mCode;
    std::string mMessage, mFile, mLocation;
};

[[noreturn]] void fail(ErrorCode code, std::string message, std::string file = {},
                       std::string location = {});

}  // namespace dfc
