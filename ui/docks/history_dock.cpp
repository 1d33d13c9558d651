#include "docks/history_dock.h"

#include <QUndoGroup>
#include <QUndoView>

#include "model_document.h"

namespace dfc::ui {

HistoryDock::HistoryDock(QUndoGroup* group, QWidget* parent) : DocumentDock("undoDock", parent), mGroup(group)
{
    setWidget(mView = new QUndoView(group));
    retranslateUi();
}

void HistoryDock::documentChanged() { mGroup->setActiveStack(document() ? document()->undoStack() : nullptr); }

void HistoryDock::retranslateUi()
{
    setWindowTitle(tr("History"));
    mView->setEmptyLabel(tr("Opened"));  // the state before the first change (Qt's default: "<empty>")
}

}  // namespace dfc::ui
