#pragma once
// Every action of the Studio, registered once under a dotted id ("File.OpenModel") with its
// default shortcut. Menus and the shortcut editor read this one list; a user's shortcuts are
// kept in QSettings under "shortcuts/<id>" and applied when the action is registered.
#include <QHash>
#include <QKeySequence>
#include <QObject>
#include <QStringList>

class QAction;

namespace dfc::ui {

class ActionRegistry : public QObject {
    Q_OBJECT
public:
    explicit ActionRegistry(QObject* parent = nullptr);

    /// Registers `action` (the registry does not own it); throws nothing, ignores a second id.
    QAction* add(const QString& id, QAction* action, const QKeySequence& defaultShortcut = {});
    QAction* action(const QString& id) const;
    QStringList ids() const { return mIds; }  ///< registration order
    QKeySequence defaultShortcut(const QString& id) const { return mDefaults.value(id); }

    /// Sets and remembers a user's shortcut (an empty sequence removes it).
    void setShortcut(const QString& id, const QKeySequence& shortcut);
    void resetShortcut(const QString& id);
    /// The id of another action that already uses `shortcut`, or empty.
    QString conflict(const QString& id, const QKeySequence& shortcut) const;

private:
    QStringList mIds;
    QHash<QString, QAction*> mActions;
    QHash<QString, QKeySequence> mDefaults;
};

}  // namespace dfc::ui
