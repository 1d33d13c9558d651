#include "optimization_summary_widget.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <cmath>
#include <QTableWidget>
#include <QVBoxLayout>

#include "layer_fixes.h"
#include "model_document.h"
#include "noise_text.h"

namespace dfc::ui {
namespace {
constexpr int kColumns = 12;
}

OptimizationSummaryWidget::OptimizationSummaryWidget(ModelDocument* doc, QWidget* parent)
    : QWidget(parent), mDoc(doc), mSummary(new QLabel), mFilter(new QLineEdit), mExport(new QPushButton), mTable(new QTableWidget)
{
    setObjectName("optimizationSummary");
    mSummary->setWordWrap(true);
    mFilter->setClearButtonEnabled(true);
    mFilter->setObjectName("layerFilter");
    connect(mFilter, &QLineEdit::textChanged, this, &OptimizationSummaryWidget::applyFilter);
    connect(mExport, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the layer table"), "layers.csv", tr("CSV (*.csv)"));
        if (!path.isEmpty() && !exportCsv(path)) QMessageBox::warning(this, tr("Export the layer table"), tr("Could not write %1").arg(path));
    });
    mTable->setColumnCount(kColumns);
    mTable->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(mTable, &QWidget::customContextMenuRequested, this, [this](const QPoint& pos) {
        const QTableWidgetItem* item = mTable->itemAt(pos);
        if (!item) return;
        QMenu menu;
        LayerFixes::addActions(menu, mDoc, mTable->item(item->row(), 0)->text(), this);
        menu.exec(mTable->viewport()->mapToGlobal(pos));
    });
    mTable->verticalHeader()->hide();
    mTable->setSortingEnabled(true);
    mTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    mTable->horizontalHeader()->setSectionResizeMode(kColumns - 1, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    bar->addWidget(mFilter, 1);
    bar->addWidget(mExport);
    layout->addWidget(mSummary);
    layout->addLayout(bar);
    layout->addWidget(mTable, 1);
    connect(mTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = mTable->selectionModel()->selectedRows();
        QStringList layers;
        for (const QModelIndex& r : rows) layers.append(mTable->item(r.row(), 0)->text());
        if (!layers.isEmpty()) mDoc->select(ModelDocument::Side::Parsed, layers, "optimization");
    });
    connect(doc, &ModelDocument::pipelineChanged, this, &OptimizationSummaryWidget::refresh);
    connect(doc, &ModelDocument::noiseAnalyzed, this, &OptimizationSummaryWidget::refresh);
    connect(doc, &ModelDocument::runsChanged, this, &OptimizationSummaryWidget::refresh);
    refresh();
}

void OptimizationSummaryWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) refresh();
    QWidget::changeEvent(event);
}

void OptimizationSummaryWidget::refresh()
{
    mTable->setSortingEnabled(false);
    mTable->setRowCount(0);
    mTable->setHorizontalHeaderLabels({tr("Layer"), tr("Type"), tr("Output bits"), tr("Weight bits"), tr("SNR alone (dB)"),
                                       tr("SNR on layer (dB)"), tr("Clipped (%)"), tr("Range use (%)"), tr("Channel spread"),
                                       tr("Weight range use (%)"), tr("Causes"), tr("Algorithms")});
    mFilter->setPlaceholderText(tr("Filter layers by name, type, cause or algorithm"));
    mExport->setText(tr("Export CSV…"));
    if (!mDoc->isStageAvailable(ModelDocument::Stage::Optimized)) {
        mSummary->setText(tr("This model is not optimized yet."));
        return;
    }
    const Har& har = mDoc->runner().har();
    const auto& q = har.metadata.value("quantization", nlohmann::ordered_json::object());
    if (!q.is_object() || !q.contains("layers")) {
        mSummary->setText(tr("Full-precision model (state fp_optimized): the model script's modifications are applied; "
                             "it is not quantized yet."));
        return;
    }
    const auto& cal = har.metadata.value("calibration", nlohmann::ordered_json::object());
    mSummary->setText(tr("optimization_level %1, compression_level %2; calibration: %3 items (%4)")
                          .arg(q.value("optimization_level", 0))
                          .arg(q.value("compression_level", 0))
                          .arg(cal.is_object() ? cal.value("size", 0) : 0)
                          .arg(QString::fromStdString(cal.is_object() ? cal.value("source", std::string()) : std::string())));
    std::map<std::string, const LayerNoise*> noise;
    if (const NoiseReport* r = mDoc->noiseMeasurement())
        for (const LayerNoise& n : r->layers) noise[n.layer] = &n;
    const auto& layers = q["layers"];
    mTable->setRowCount(int(layers.size()));
    int row = 0;
    for (auto it = layers.begin(); it != layers.end(); ++it, ++row) {
        const Layer* l = mDoc->graph().find(it.key());
        QStringList algorithms;
        if (it.value().contains("algorithms") && it.value()["algorithms"].is_array())
            for (const auto& a : it.value()["algorithms"])
                if (a.is_string()) algorithms.append(QString::fromStdString(a.get<std::string>()));
        auto number = [](const nlohmann::ordered_json& e, const char* key) {
            auto* item = new QTableWidgetItem;
            if (e.contains(key) && e[key].is_number_integer()) item->setData(Qt::DisplayRole, e[key].get<int>());
            return item;
        };
        mTable->setItem(row, 0, new QTableWidgetItem(QString::fromStdString(it.key())));
        mTable->setItem(row, 1, new QTableWidgetItem(l ? QString::fromStdString(l->type()) : QString()));
        mTable->setItem(row, 2, number(it.value(), "output_bits"));
        mTable->setItem(row, 3, number(it.value(), "weight_bits"));
        auto value = [](std::optional<double> v, int decimals = 1) {
            auto* item = new QTableWidgetItem;
            if (v) item->setData(Qt::DisplayRole, std::round(*v * std::pow(10, decimals)) / std::pow(10, decimals));
            return item;
        };
        const auto found = noise.find(it.key());
        const LayerNoise* n = found == noise.end() ? nullptr : found->second;
        const bool alone = n && !n->outputSnrDb.empty();
        QTableWidgetItem* snr = value(alone ? std::optional(n->worstOutputSnrDb()) : std::nullopt);
        if (alone && n->worstOutputSnrDb() < 10) snr->setForeground(QColor(200, 30, 30));
        mTable->setItem(row, 4, snr);
        mTable->setItem(row, 5, value(n ? std::optional(n->onLayerSnrDb) : std::nullopt));
        mTable->setItem(row, 6, value(n ? std::optional(n->clippedShare * 100) : std::nullopt, 2));
        mTable->setItem(row, 7, value(n ? std::optional(n->rangeUse * 100) : std::nullopt));
        mTable->setItem(row, 8, value(n ? std::optional(n->channelSpread) : std::nullopt));
        mTable->setItem(row, 9, value(n && l && l->hasWeight("kernel") ? std::optional(n->weightRangeUse * 100) : std::nullopt));
        QStringList causes;
        if (n)
            for (NoiseCause c : n->causes) causes << NoiseText::causeName(c);
        auto* causeItem = new QTableWidgetItem(causes.join(", "));
        if (n) causeItem->setToolTip(NoiseText::explanations(*n));
        mTable->setItem(row, 10, causeItem);
        mTable->setItem(row, 11, new QTableWidgetItem(algorithms.join(", ")));
    }
    mTable->setSortingEnabled(true);
    applyFilter();
}

void OptimizationSummaryWidget::setFilter(const QString& text) { mFilter->setText(text); }

void OptimizationSummaryWidget::applyFilter()
{
    const QString text = mFilter->text().trimmed();
    for (int r = 0; r < mTable->rowCount(); ++r) {
        bool match = text.isEmpty();
        for (int c : {0, 1, 10, 11})
            match = match || (mTable->item(r, c) && mTable->item(r, c)->text().contains(text, Qt::CaseInsensitive));
        mTable->setRowHidden(r, !match);
    }
}

QString OptimizationSummaryWidget::csv() const
{
    auto field = [](QString v) {
        if (v.contains(',') || v.contains('"') || v.contains('\n')) v = '"' + v.replace("\"", "\"\"") + '"';
        return v;
    };
    QStringList lines, header;
    for (int c = 0; c < mTable->columnCount(); ++c) header << field(mTable->horizontalHeaderItem(c)->text());
    lines << header.join(',');
    for (int r = 0; r < mTable->rowCount(); ++r) {
        if (mTable->isRowHidden(r)) continue;
        QStringList cells;
        for (int c = 0; c < mTable->columnCount(); ++c) cells << field(mTable->item(r, c) ? mTable->item(r, c)->text() : QString());
        lines << cells.join(',');
    }
    return lines.join('\n') + '\n';
}

bool OptimizationSummaryWidget::exportCsv(const QString& path) const
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) return false;
    f.write(csv().toUtf8());
    return f.commit();
}

}  // namespace dfc::ui
