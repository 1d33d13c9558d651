#pragma once
// The optimized model at a glance: the optimization and compression levels, the calibration set,
// and per layer its output and weight bits, the algorithms that ran (from the HAR) and the noise
// measured (SNR alone and on the layer, clipped share, range use, channel spread, causes); the
// table sorts, filters and exports CSV.
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace dfc::ui {

class ModelDocument;

class OptimizationSummaryWidget : public QWidget {
    Q_OBJECT
public:
    explicit OptimizationSummaryWidget(ModelDocument* doc, QWidget* parent = nullptr);
    QTableWidget* table() const { return mTable; }
    void refresh();
    /// Hides the rows whose layer, type, causes or algorithms do not contain `text`.
    void setFilter(const QString& text);
    /// The visible rows, in the order shown, as CSV with a header row.
    QString csv() const;
    bool exportCsv(const QString& path) const;  ///< atomic; false on failure

protected:
    void changeEvent(QEvent* event) override;

private:
    ModelDocument* mDoc;
    void applyFilter();

    QLabel* mSummary;
    QLineEdit* mFilter;
    QPushButton* mExport;
    QTableWidget* mTable;
};

}  // namespace dfc::ui
