#include "profile_layer_table.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

#include "compile_fixes.h"
#include "core/error.h"
#include "io/atomic_file.h"
#include "model_document.h"
#include "text_util.h"

namespace dfc::ui {

namespace {

constexpr int kSortRole = Qt::UserRole + 1;

/// A report value as a cell: numbers sort as numbers, arrays read "0, 1", null reads "—".
QStandardItem* cellOf(const nlohmann::ordered_json& v)
{
    auto* item = new QStandardItem;
    if (v.is_number()) {
        const double d = v.get<double>();
        item->setText(v.is_number_integer() ? QString::number(v.get<int64_t>()) : QString::number(d, 'g', 6));
        item->setData(d, kSortRole);
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    } else if (v.is_boolean()) {
        item->setText(v.get<bool>() ? ProfileLayerTable::tr("yes") : QString());
        item->setData(v.get<bool>() ? 1 : 0, kSortRole);
    } else if (v.is_array()) {
        QStringList parts;
        for (const auto& e : v) parts << (e.is_string() ? toQ(e.get<std::string>()) : toQ(e.dump()));
        item->setText(parts.join(", "));
        item->setData(item->text(), kSortRole);
    } else if (v.is_null()) {
        item->setText(QStringLiteral("—"));
        item->setData(-1e300, kSortRole);
    } else {
        item->setText(v.is_string() ? toQ(v.get<std::string>()) : toQ(v.dump()));
        item->setData(item->text(), kSortRole);
    }
    item->setEditable(false);
    return item;
}

QString csvField(QString s)
{
    if (s == QStringLiteral("—")) return {};
    if (s.contains(',') || s.contains('"') || s.contains('\n')) s = '"' + s.replace('"', "\"\"") + '"';
    return s;
}

}  // namespace

ProfileLayerTable::ProfileLayerTable(ModelDocument* doc, QWidget* parent) : QWidget(parent), mDoc(doc)
{
    mModel = new QStandardItemModel(this);
    mProxy = new QSortFilterProxyModel(this);
    mProxy->setSourceModel(mModel);
    mProxy->setSortRole(kSortRole);
    mProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    mProxy->setFilterKeyColumn(-1);  // name, type, bottleneck: any column
    mView = new QTableView(this);
    mView->setObjectName("profileLayers");
    mView->setModel(mProxy);
    mView->setSortingEnabled(true);
    mView->setSelectionBehavior(QAbstractItemView::SelectRows);
    mView->verticalHeader()->hide();
    mView->verticalHeader()->setDefaultSectionSize(mView->fontMetrics().height() + 6);
    mView->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    mView->horizontalHeader()->setToolTip(tr("Right-click to choose the columns"));
    connect(mView->horizontalHeader(), &QWidget::customContextMenuRequested, this, &ProfileLayerTable::showColumnMenu);
    mFilter = new QLineEdit(this);
    mFilter->setObjectName("profileLayerFilter");
    mFilter->setPlaceholderText(tr("Filter layers (name, type, …)"));
    mFilter->setClearButtonEnabled(true);
    connect(mFilter, &QLineEdit::textChanged, mProxy, &QSortFilterProxyModel::setFilterFixedString);
    auto* exportButton = new QPushButton(tr("Export CSV…"), this);
    connect(exportButton, &QPushButton::clicked, this, &ProfileLayerTable::exportCsv);
    auto* columns = new QPushButton(tr("Columns…"), this);
    connect(columns, &QPushButton::clicked, this, [this, columns] { showColumnMenu(columns->geometry().bottomLeft()); });
    auto* top = new QHBoxLayout;
    top->addWidget(mFilter, 1);
    top->addWidget(columns);
    top->addWidget(exportButton);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(mView, 1);
    connect(mView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QStringList names;
        for (const QModelIndex& i : mView->selectionModel()->selectedRows(0)) names << i.data().toString();
        if (mDoc && !names.isEmpty()) mDoc->select(ModelDocument::Side::Parsed, names, "profileLayers");
    });
    if (mDoc) connect(mDoc, &ModelDocument::selectionChanged, this, &ProfileLayerTable::followSelection);
    // A row's what-ifs: the script line, then a re-compile in the background.
    mView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(mView, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QModelIndex at = mView->indexAt(pos);
        if (!at.isValid() || !mDoc) return;
        const QString layer = mProxy->index(at.row(), 0).data().toString();
        QMenu menu;
        menu.addSection(layer);
        CompileFixes::addActions(menu, mDoc, layer, this);
        menu.exec(mView->viewport()->mapToGlobal(pos));
    });
}

void ProfileLayerTable::setReport(const nlohmann::ordered_json& report)
{
    // A new report keeps the user's column choice; the first hides the per-unit details.
    QStringList hidden = {"clusters", "parts", "input_aligners", "l3_weight_cuts", "l3_output_cuts", "lane_use"};
    if (!mKeys.isEmpty()) {
        hidden.clear();
        for (int c = 0; c < mKeys.size(); ++c)
            if (mView->isColumnHidden(c)) hidden << mKeys[c];
    }
    mModel->clear();
    mKeys.clear();
    mNetwork = QString::fromStdString(report.value("network", std::string("model")));
    const auto& layers = report["layers"];
    if (!layers.is_array() || layers.empty()) return;
    for (auto it = layers.front().begin(); it != layers.front().end(); ++it) mKeys << toQ(it.key());
    mModel->setHorizontalHeaderLabels(mKeys);
    for (const auto& l : layers) {
        QList<QStandardItem*> row;
        for (const QString& k : mKeys) row << cellOf(l.contains(k.toStdString()) ? l[k.toStdString()] : nlohmann::ordered_json());
        mModel->appendRow(row);
    }
    for (const QString& k : mKeys) setColumnShown(k, !hidden.contains(k));
    // The report's order (the graph's) until the user sorts.
    mView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    mProxy->sort(-1);
    mView->resizeColumnsToContents();
    followSelection();
}

void ProfileLayerTable::setColumnShown(const QString& key, bool shown)
{
    const int c = int(mKeys.indexOf(key));
    if (c >= 0) mView->setColumnHidden(c, !shown);
}

bool ProfileLayerTable::isColumnShown(const QString& key) const
{
    const int c = int(mKeys.indexOf(key));
    return c >= 0 && !mView->isColumnHidden(c);
}

void ProfileLayerTable::showColumnMenu(const QPoint& pos)
{
    QMenu menu;
    for (const QString& k : mKeys) {
        QAction* a = menu.addAction(k);
        a->setCheckable(true);
        a->setChecked(isColumnShown(k));
        a->setEnabled(k != "name");  // the row's identity stays
        connect(a, &QAction::toggled, this, [this, k](bool on) { setColumnShown(k, on); });
    }
    menu.exec(mView->horizontalHeader()->mapToGlobal(pos));
}

QString ProfileLayerTable::visibleCsv() const
{
    QStringList header;
    QList<int> columns;
    for (int c = 0; c < mKeys.size(); ++c)
        if (!mView->isColumnHidden(c)) columns << c, header << mKeys[c];
    QString csv = header.join(',') + "\n";
    for (int r = 0; r < mProxy->rowCount(); ++r) {
        QStringList fields;
        for (int c : columns) fields << csvField(mProxy->index(r, c).data().toString());
        csv += fields.join(',') + "\n";
    }
    return csv;
}

QString ProfileLayerTable::cellText(const QString& layer, const QString& key) const
{
    const int c = int(mKeys.indexOf(key));
    for (int r = 0; c >= 0 && r < mModel->rowCount(); ++r)
        if (mModel->item(r, 0)->text() == layer) return mModel->item(r, c)->text();
    return {};
}

void ProfileLayerTable::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export layers as CSV"), mNetwork + "_layers.csv",
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty()) return;
    try {
        writeFileAtomic(path.toStdString(), visibleCsv().toStdString());
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Export layers as CSV"), toQ(e.what()));
    }
}

void ProfileLayerTable::followSelection()
{
    if (!mDoc || mDoc->selectionSide() != ModelDocument::Side::Parsed) return;
    const QStringList selected = mDoc->selection();
    const QSignalBlocker block(mView->selectionModel());
    mView->clearSelection();
    for (int r = 0; r < mProxy->rowCount(); ++r)
        if (selected.contains(mProxy->index(r, 0).data().toString())) {
            mView->selectionModel()->select(mProxy->index(r, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
            mView->scrollTo(mProxy->index(r, 0));
        }
    mView->viewport()->update();
}

}  // namespace dfc::ui
