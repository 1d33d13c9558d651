#include "core/error.h"

namespace dfc {

const char* errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return "invalid-argument";
    case ErrorCode::InvalidFormat: return "invalid-format";
    case ErrorCode::InvalidGraph: return "invalid-graph";
    case ErrorCode::Unsupported: return "unsupported";
    case ErrorCode::InputShapeNeeded: return "input-shape-needed";
    case ErrorCode::LimitExceeded: return "limit-exceeded";
    case ErrorCode::NotFound: return "not-found";
    case ErrorCode::IoError: return "io-error";
    case ErrorCode::Cancelled: return "cancelled";
    case ErrorCode::Internal: return "internal";
    }
    return "unknown";
}

std::string Error::format(ErrorCode, const std::string& message, const std::string& file,
                          const std::string& location)
{
    std::string text;
    if (!file.empty()) text += file + ": ";
    if (!location.empty()) text += "[" + location + "] ";
    return text + message;
}

Error::Error(ErrorCode code, std::string message, std::string file, std::string location)
    : std::runtime_error(format(code, message, file, location)),
      mCode(code), mMessage(std::move(message)), mFile(std::move(file)),
      mLocation(std::move(location))
{
}

Error Error::inFile(const std::string& file) const
{
    return mFile.empty() ? Error(mCode, mMessage, file, mLocation) : *this;
}

Error Error::at(const std::string& location) const
{
    return Error(mCode, mMessage, mFile, mLocation.empty() ? location : location + "." + mLocation);
}

void fail(ErrorCode code, std::string message, std::string file, std::string location)
{
    throw Error(code, std::move(message), std::move(file), std::move(location));
}

}  // namespace dfc
