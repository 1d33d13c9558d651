#include "language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>
#include <memory>

namespace dfc::ui {
namespace {

struct Installed {
    std::unique_ptr<QTranslator> ours, qt;
};

Installed& installed()
{
    static Installed translators;
    return translators;
}

}  // namespace

QString applyLanguage(const QString& choice)
{
    const QLocale locale = choice == "system" || choice.isEmpty() ? QLocale::system() : QLocale(choice);
    Installed& now = installed();
    bool removed = false;
    for (auto* t : {&now.ours, &now.qt})
        if (*t) {
            removed = true;
            QCoreApplication::removeTranslator(t->get());
            t->reset();
        }
    // English is the source language: no translator, and removing the others is the change.
    auto ours = std::make_unique<QTranslator>(), qt = std::make_unique<QTranslator>();
    if (ours->load(locale, "dataflow-studio", "_", ":/i18n")) {
        QCoreApplication::installTranslator(ours.get());
        now.ours = std::move(ours);
    }
    if (qt->load(locale, "qtbase", "_", QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        now.qt = std::move(qt);
    }
    if (!removed && !now.ours && !now.qt) {
        // Nothing installed or removed sends no event; the caller asked for a change all the same.
        QEvent change(QEvent::LanguageChange);
        QCoreApplication::sendEvent(QCoreApplication::instance(), &change);
    }
    return locale.name();
}

QString savedLanguage() { return QSettings().value("ui/language", "system").toString(); }

void setLanguage(const QString& choice)
{
    QSettings().setValue("ui/language", choice);
    applyLanguage(choice);
}

}  // namespace dfc::ui
