#pragma once
// The document's compiles, newest last: target, host link, contexts, FPS at batch 1 and 8,
// latency, power. Two selected compiles (or one and the one before it) are compared from their
// reports (the engine's compareReports): the headline numbers side by side and each layer's FPS,
// context and subclusters in both, largest change first; a row selects its layer. A compile's
// script, target and host link can be restored as one undoable step.
#include <QPair>

#include "docks/document_dock.h"

class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace dfc::ui {

class CompileHistoryDock : public DocumentDock {
    Q_OBJECT
public:
    explicit CompileHistoryDock(QWidget* parent = nullptr);
    QTreeWidget* compileList() const { return mCompiles; }
    QTableWidget* summaryTable() const { return mSummary; }
    QTableWidget* layerTable() const { return mLayers; }
    /// Compares compiles by their index in ModelDocument::compiles() (earlier first).
    void compare(int before, int after);
    QPair<int, int> compared() const { return mCompared; }
    /// Puts compile `index`'s script, target and host link back (one undo step).
    void restoreChoices(int index);

protected:
    void documentChanged() override;
    void retranslateUi() override;

private:
    void rebuildList();
    void selectionChanged();

    QTreeWidget* mCompiles;
    QLabel* mText;
    QTableWidget* mSummary;
    QTableWidget* mLayers;
    QPushButton* mRestore;
    QPair<int, int> mCompared{-1, -1};
};

}  // namespace dfc::ui
