#pragma once
// The optimized model at a glance: the optimization and compression levels, the calibration set,
// and per layer its output and weight bits and the algorithms that ran (from the HAR).
#include <QWidget>

class QLabel;
class QTableWidget;

namespace dfc::ui {

class ModelDocument;

class OptimizationSummaryWidget : public QWidget {
    Q_OBJECT
public:
    explicit OptimizationSummaryWidget(ModelDocument* doc, QWidget* parent = nullptr);
    QTableWidget* table() const { return mTable; }
    void refresh();

protected:
    void changeEvent(QEvent* event) override;

private:
    ModelDocument* mDoc;
    QLabel* mSummary;
    QTableWidget* mTable;
};

}  // namespace dfc::ui
