#include "optimization_summary_widget.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <cmath>
#include <QTableWidget>
#include <QVBoxLayout>

#include "layer_fixes.h"
#include "model_document.h"

namespace dfc::ui {

OptimizationSummaryWidget::OptimizationSummaryWidget(ModelDocument* doc, QWidget* parent)
    : QWidget(parent), mDoc(doc), mSummary(new QLabel), mTable(new QTableWidget)
{
    setObjectName("optimizationSummary");
    mSummary->setWordWrap(true);
    mTable->setColumnCount(6);
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
    mTable->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(mSummary);
    layout->addWidget(mTable, 1);
    connect(mTable, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = mTable->selectionModel()->selectedRows();
        QStringList layers;
        for (const QModelIndex& r : rows) layers.append(mTable->item(r.row(), 0)->text());
        if (!layers.isEmpty()) mDoc->select(ModelDocument::Side::Parsed, layers, "optimization");
    });
    connect(doc, &ModelDocument::pipelineChanged, this, &OptimizationSummaryWidget::refresh);
    connect(doc, &ModelDocument::noiseAnalyzed, this, &OptimizationSummaryWidget::refresh);
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
    mTable->setHorizontalHeaderLabels({tr("Layer"), tr("Type"), tr("Output bits"), tr("Weight bits"), tr("SNR alone (dB)"), tr("Algorithms")});
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
    std::map<std::string, double> snrAlone;  // the worst output SNR with only that layer quantized
    if (mDoc->noiseReport())
        for (const LayerNoise& n : mDoc->noiseReport()->layers)
            if (!n.outputSnrDb.empty()) snrAlone[n.layer] = *std::min_element(n.outputSnrDb.begin(), n.outputSnrDb.end());
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
        auto* snr = new QTableWidgetItem;
        if (auto found = snrAlone.find(it.key()); found != snrAlone.end()) {
            snr->setData(Qt::DisplayRole, std::round(found->second * 10) / 10);
            if (found->second < 10) snr->setForeground(QColor(200, 30, 30));
        }
        mTable->setItem(row, 4, snr);
        mTable->setItem(row, 5, new QTableWidgetItem(algorithms.join(", ")));
    }
    mTable->setSortingEnabled(true);
}

}  // namespace dfc::ui
