#pragma once
// The profiler's per-layer rows as a table: every column of the report (a header menu hides and
// shows them), sorted by any column (numbers as numbers), filtered by name or type, exported as
// CSV with what is shown. A click selects the layer in the document; the document's selection
// selects the row.
#include <QWidget>

#include <nlohmann/json.hpp>

class QLineEdit;
class QSortFilterProxyModel;
class QStandardItemModel;
class QTableView;

namespace dfc::ui {

class ModelDocument;

class ProfileLayerTable : public QWidget {
    Q_OBJECT
public:
    /// `doc` nullptr: a report without its model (opened from a file): no selection, no what-ifs.
    explicit ProfileLayerTable(ModelDocument* doc, QWidget* parent = nullptr);

    void setReport(const nlohmann::ordered_json& report);
    QTableView* view() const { return mView; }
    QLineEdit* filterEdit() const { return mFilter; }
    /// The report's layer keys, one per column.
    QStringList columnKeys() const { return mKeys; }
    void setColumnShown(const QString& key, bool shown);
    bool isColumnShown(const QString& key) const;
    /// The rows and columns shown, as CSV (a header line, then one line per row shown).
    QString visibleCsv() const;
    /// The cell shown for `layer` in the column of `key` ("" when there is no such row).
    QString cellText(const QString& layer, const QString& key) const;

private:
    void showColumnMenu(const QPoint& pos);
    void exportCsv();
    void followSelection();

    ModelDocument* mDoc;
    QStandardItemModel* mModel;
    QSortFilterProxyModel* mProxy;
    QTableView* mView;
    QLineEdit* mFilter;
    QStringList mKeys;
    QString mNetwork;  ///< the report's, for file names
};

}  // namespace dfc::ui
