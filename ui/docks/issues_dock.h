#pragma once
// What the last parse did and what is wrong with the model: a summary first (how much of the
// model became layers, which start/end nodes were applied and why, what fell outside the scope
// and who runs it, what to do next), then the nodes of the source model that do not convert,
// with the reason and where they lie. A click selects the node (and the views centre on it);
// both follow every parse of the active document.
#include "docks/document_dock.h"

class QLabel;
class QListWidget;

namespace dfc::ui {

class IssuesDock : public DocumentDock {
    Q_OBJECT
public:
    explicit IssuesDock(QWidget* parent = nullptr);
    int count() const;
    QString summaryText() const;  ///< the summary as plain text

signals:
    void contentChanged();  ///< after each refresh (the window may shrink the dock to fit)

protected:
    void documentChanged() override;
    void retranslateUi() override;

private:
    void refresh();
    QString summaryHtml() const;
    QLabel* mSummary;
    QListWidget* mList;
};

}  // namespace dfc::ui
