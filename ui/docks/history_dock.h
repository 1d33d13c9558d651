#pragma once
// The active document's undo history (scope, input shapes, and later script edits): click an
// entry to go back to it.
#include "docks/document_dock.h"

class QUndoGroup;
class QUndoView;

namespace dfc::ui {

class HistoryDock : public DocumentDock {
    Q_OBJECT
public:
    explicit HistoryDock(QUndoGroup* group, QWidget* parent = nullptr);

protected:
    void documentChanged() override;
    void retranslateUi() override;

private:
    QUndoGroup* mGroup;
    QUndoView* mView = nullptr;
};

}  // namespace dfc::ui
