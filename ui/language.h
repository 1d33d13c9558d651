#pragma once
// The Studio's language: the user's choice ("system", "en", "vi"), applied while it runs.
// Installing the translators makes Qt send every widget a LanguageChange event; each widget that
// shows text retranslates itself from its changeEvent.
#include <QString>

namespace dfc::ui {

/// Installs our and Qt's translations for `choice`, replacing those installed before.
/// Returns the locale name applied (e.g. "vi", "en_US").
QString applyLanguage(const QString& choice);

/// The saved choice ("system" when none).
QString savedLanguage();
/// Saves the choice and applies it.
void setLanguage(const QString& choice);

}  // namespace dfc::ui
