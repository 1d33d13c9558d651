#include "docks/history_dock.h"

#include <QUndoGroup>
#include <QUndoView>

#include "model_document.h"

namespace dfc::ui {

HistoryDock::HistoryDock(QUndoGroup* group, QWidget* parent) : DocumentDock("undoDock", parent), mGroup(group)
{
    setWidget(new QUndoView(group));
    retranslateUi();
}

void HistoryDock::documentChanged() { mGroup->setActiveStack(document() ? document()->undoStack() : nullptr); }

void HistoryDock::retranslateUi() { setWindowTitle(tr("History")); }

}  // namespace dfc::ui
