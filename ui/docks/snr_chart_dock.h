#pragma once
// The noise measurement of the active document as a chart (Qt Charts): one bar per layer in
// graph order, its output SNR with only that layer quantized (at the chosen output, or the worst
// one), bars under 10 dB in red; a line for each layer's own SNR with all layers quantized. A
// click on a bar selects the layer everywhere; right-click offers the layer's fixes. Before a
// per-layer analysis the bars show the on-layer SNR of the last run.
#include <QStringList>

#include "docks/document_dock.h"

class QBarSet;
class QChartView;
class QComboBox;
class QLabel;

namespace dfc::ui {

class SnrChartDock : public DocumentDock {
    Q_OBJECT
public:
    static constexpr double kNoisyDb = 10;
    static constexpr int kMaxBars = 200;  ///< beyond this, the worst layers (in graph order)

    explicit SnrChartDock(QWidget* parent = nullptr);
    /// The layers drawn, left to right, and each bar's value (dB).
    QStringList layers() const { return mLayers; }
    QList<double> values() const { return mValues; }
    int noisyBars() const;
    QChartView* chartView() const { return mView; }
    /// What a click on bar `index` does (selects the layer in the document).
    void activateBar(int index);

protected:
    void documentChanged() override;
    void retranslateUi() override;

private:
    void rebuild();
    void showMenu(const QPoint& pos);

    QComboBox* mOutput;
    QLabel* mSummary;
    QChartView* mView;
    QStringList mLayers;
    QList<double> mValues;
    int mHovered = -1;
};

}  // namespace dfc::ui
