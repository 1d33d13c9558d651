#pragma once
// A compiled binary (.hef) as the Studio words it: target, contexts, estimated FPS, each stream's
// format and quantization. Properties shows it for a compiled model; File → Open binary for a
// .hef alone.
#include <QCoreApplication>
#include <QString>

#include "hef/hef.h"

namespace dfc::ui {

class BinaryText {
    Q_DECLARE_TR_FUNCTIONS(BinaryText)

public:
    static QString describeStream(const HefStream& stream);
    static QString describeBinary(const HefInfo& info);
};

}  // namespace dfc::ui
