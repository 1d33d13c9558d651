#pragma once
// Settings → Keyboard shortcuts: every registered action with its shortcut, editable in place,
// conflicts named, defaults restorable. Reads the same ActionRegistry the menus are built from.
#include <QDialog>

class QTableWidget;

namespace dfc::ui {

class ActionRegistry;

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    explicit ShortcutsDialog(ActionRegistry* registry, QWidget* parent = nullptr);

    /// Applies the edited shortcuts (also what OK does); false with a message on a conflict.
    bool apply();
    QTableWidget* table() const { return mTable; }

private:
    void fill();

    ActionRegistry* mRegistry;
    QTableWidget* mTable;
};

}  // namespace dfc::ui
