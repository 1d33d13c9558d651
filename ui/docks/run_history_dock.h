#pragma once
// The document's optimization runs, newest last: levels, calibration data (items and a
// fingerprint, so a change of data shows), 16-bit layers, output SNR, time. Two selected runs
// (or one and the run before it) are compared: their on-layer SNR along the graph overlaid, and
// the per-layer deltas the engine computes (compareNoise), largest change first. A run's script
// can be restored (undoable).
#include <QPair>

#include "docks/document_dock.h"

class QChartView;
class QLabel;
class QPushButton;
class QTableWidget;
class QTreeWidget;

namespace dfc::ui {

class RunHistoryDock : public DocumentDock {
    Q_OBJECT
public:
    explicit RunHistoryDock(QWidget* parent = nullptr);
    QTreeWidget* runList() const { return mRuns; }
    QTableWidget* deltaTable() const { return mDeltas; }
    QChartView* chartView() const { return mChart; }
    /// Compares runs by their index in ModelDocument::runs() (earlier first).
    void compare(int before, int after);
    QPair<int, int> compared() const { return mCompared; }
    /// Puts run `index`'s script back into the document (one undo step).
    void restoreScript(int index);

protected:
    void documentChanged() override;
    void retranslateUi() override;

private:
    void rebuildList();
    void selectionChanged();

    QTreeWidget* mRuns;
    QLabel* mSummary;
    QChartView* mChart;
    QTableWidget* mDeltas;
    QPushButton* mRestore;
    QPair<int, int> mCompared{-1, -1};
};

}  // namespace dfc::ui
