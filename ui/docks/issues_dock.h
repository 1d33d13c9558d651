#pragma once
// The nodes of the source model that do not convert, with the reason. A click selects the node
// (and the views centre on it); the list follows every parse of the active document.
#include "docks/document_dock.h"

class QListWidget;

namespace dfc::ui {

class IssuesDock : public DocumentDock {
    Q_OBJECT
public:
    explicit IssuesDock(QWidget* parent = nullptr);
    int count() const;

protected:
    void documentChanged() override;
    void retranslateUi() override;

private:
    void refresh();
    QListWidget* mList;
};

}  // namespace dfc::ui
