#pragma once
// The engine's typed parse reasons (UnsupportedReason, ScopeReason) in the user's language, with
// what to do about them. The engine's English text() stays for the CLI and the HAR.
#include <QCoreApplication>
#include <QString>

#include "ir/unsupported_reason.h"

namespace dfc::ui {

class ParseReasons {
    Q_DECLARE_TR_FUNCTIONS(ParseReasons)

public:
    static QString describe(const UnsupportedReason& reason);
    static QString describe(const ScopeReason& reason);
    /// What the user can do about an unsupported node inside or outside the parsed scope.
    static QString advice(const UnsupportedReason& reason, bool insideScope);
};

}  // namespace dfc::ui
