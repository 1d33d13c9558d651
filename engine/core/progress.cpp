#include "core/progress.h"

#include "core/error.h"

namespace dfc {

void Progress::checkCancelled() const
{
    if (cancel.cancelled()) fail(ErrorCode::Cancelled, "operation cancelled by the user");
}

}  // namespace dfc
