#include "shortcuts_dialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include "action_registry.h"

namespace dfc::ui {

ShortcutsDialog::ShortcutsDialog(ActionRegistry* registry, QWidget* parent)
    : QDialog(parent), mRegistry(registry), mTable(new QTableWidget)
{
    setObjectName("shortcutsDialog");
    setWindowTitle(tr("Keyboard shortcuts"));
    mTable->setColumnCount(3);
    mTable->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut"), tr("Default")});
    mTable->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    mTable->verticalHeader()->hide();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply()) accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        for (int row = 0; row < mTable->rowCount(); ++row) {
            const QString id = mTable->item(row, 0)->data(Qt::UserRole).toString();
            static_cast<QKeySequenceEdit*>(mTable->cellWidget(row, 1))->setKeySequence(mRegistry->defaultShortcut(id));
        }
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(mTable);
    layout->addWidget(buttons);
    resize(620, 520);
    fill();
}

void ShortcutsDialog::fill()
{
    const QStringList ids = mRegistry->ids();
    mTable->setRowCount(int(ids.size()));
    for (int row = 0; row < ids.size(); ++row) {
        QAction* a = mRegistry->action(ids[row]);
        auto* name = new QTableWidgetItem(a->text().remove('&'));
        name->setData(Qt::UserRole, ids[row]);
        name->setToolTip(ids[row]);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        mTable->setItem(row, 0, name);
        mTable->setCellWidget(row, 1, new QKeySequenceEdit(a->shortcut()));
        auto* def = new QTableWidgetItem(mRegistry->defaultShortcut(ids[row]).toString(QKeySequence::NativeText));
        def->setFlags(def->flags() & ~Qt::ItemIsEditable);
        mTable->setItem(row, 2, def);
    }
}

bool ShortcutsDialog::apply()
{
    QHash<QString, QString> byShortcut;  // edited shortcut → action text
    for (int row = 0; row < mTable->rowCount(); ++row) {
        const QKeySequence seq = static_cast<QKeySequenceEdit*>(mTable->cellWidget(row, 1))->keySequence();
        if (seq.isEmpty()) continue;
        const QString text = mTable->item(row, 0)->text(), key = seq.toString(QKeySequence::PortableText);
        if (byShortcut.contains(key)) {
            QMessageBox::warning(this, windowTitle(), tr("%1 is used by both “%2” and “%3”.")
                                                          .arg(seq.toString(QKeySequence::NativeText), byShortcut.value(key), text));
            return false;
        }
        byShortcut.insert(key, text);
    }
    for (int row = 0; row < mTable->rowCount(); ++row)
        mRegistry->setShortcut(mTable->item(row, 0)->data(Qt::UserRole).toString(),
                               static_cast<QKeySequenceEdit*>(mTable->cellWidget(row, 1))->keySequence());
    return true;
}

}  // namespace dfc::ui
