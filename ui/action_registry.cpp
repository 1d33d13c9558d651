#include "action_registry.h"

#include <QAction>
#include <QSettings>

namespace dfc::ui {

ActionRegistry::ActionRegistry(QObject* parent) : QObject(parent) {}

QAction* ActionRegistry::add(const QString& id, QAction* action, const QKeySequence& defaultShortcut)
{
    if (mActions.contains(id)) return mActions.value(id);
    mIds.append(id);
    mActions.insert(id, action);
    mDefaults.insert(id, defaultShortcut);
    action->setObjectName(id);
    const QVariant saved = QSettings().value("shortcuts/" + id);
    action->setShortcut(saved.isValid() ? QKeySequence(saved.toString(), QKeySequence::PortableText) : defaultShortcut);
    return action;
}

QAction* ActionRegistry::action(const QString& id) const { return mActions.value(id); }

void ActionRegistry::setShortcut(const QString& id, const QKeySequence& shortcut)
{
    QAction* a = action(id);
    if (!a) return;
    a->setShortcut(shortcut);
    if (shortcut == mDefaults.value(id)) QSettings().remove("shortcuts/" + id);
    else QSettings().setValue("shortcuts/" + id, shortcut.toString(QKeySequence::PortableText));
}

void ActionRegistry::resetShortcut(const QString& id) { setShortcut(id, mDefaults.value(id)); }

QString ActionRegistry::conflict(const QString& id, const QKeySequence& shortcut) const
{
    if (shortcut.isEmpty()) return {};
    for (const QString& other : mIds)
        if (other != id && mActions.value(other)->shortcut() == shortcut) return other;
    return {};
}

}  // namespace dfc::ui
