#include "docks/run_history_dock.h"

#include <QChart>
#include <QChartView>
#include <QHeaderView>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "chart_style.h"
#include "docks/compare_selection.h"
#include "model_document.h"
#include "text_util.h"

namespace dfc::ui {
namespace {

QString worstOutput(const NoiseReport& r)
{
    if (r.fullOutputSnrDb.empty()) return {};
    return QString::number(*std::min_element(r.fullOutputSnrDb.begin(), r.fullOutputSnrDb.end()), 'f', 1);
}

QTableWidgetItem* numberItem(double v)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, std::round(v * 100) / 100);
    return item;
}

}  // namespace

RunHistoryDock::RunHistoryDock(QWidget* parent) : DocumentDock("runHistoryDock", parent)
{
    auto* body = new QWidget(this);
    mRuns = new QTreeWidget(body);
    mRuns->setObjectName("optimizationRuns");
    mRuns->setRootIsDecorated(false);
    mRuns->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mRuns->setColumnCount(7);
    mSummary = new QLabel(body);
    mSummary->setWordWrap(true);
    mChart = new QChartView(body);
    mChart->setRenderHint(QPainter::Antialiasing);
    mChart->setMinimumHeight(160);
    mDeltas = new QTableWidget(body);
    mDeltas->setObjectName("runDeltas");
    mDeltas->setColumnCount(4);
    mDeltas->verticalHeader()->hide();
    mDeltas->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mDeltas->setSelectionBehavior(QAbstractItemView::SelectRows);
    mDeltas->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    mRestore = new QPushButton(body);
    auto* split = new QSplitter(Qt::Vertical, body);
    split->addWidget(mRuns);
    split->addWidget(mChart);
    split->addWidget(mDeltas);
    // The chart is the comparison; the list of runs needs a few rows.
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 3);
    split->setStretchFactor(2, 2);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(split, 1);
    layout->addWidget(mSummary);
    layout->addWidget(mRestore);
    setWidget(body);
    connect(mRuns, &QTreeWidget::itemSelectionChanged, this, &RunHistoryDock::selectionChanged);
    connect(mRestore, &QPushButton::clicked, this, [this] {
        const auto items = mRuns->selectedItems();
        if (!items.isEmpty()) restoreScript(mRuns->indexOfTopLevelItem(items.last()));
    });
    connect(mDeltas, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = mDeltas->selectionModel()->selectedRows();
        if (document() && rows.size() == 1)
            document()->select(ModelDocument::Side::Parsed, {mDeltas->item(rows.first().row(), 0)->text()}, "runHistory");
    });
    retranslateUi();
    documentChanged();
}

void RunHistoryDock::documentChanged()
{
    if (ModelDocument* doc = document()) connect(doc, &ModelDocument::runsChanged, this, &RunHistoryDock::rebuildList);
    rebuildList();
}

void RunHistoryDock::retranslateUi()
{
    setWindowTitle(tr("Optimization runs"));
    mRuns->setHeaderLabels({tr("#"), tr("Finished"), tr("Levels"), tr("Calibration"), tr("16-bit layers"), tr("Output SNR (dB)"), tr("Time (s)")});
    mDeltas->setHorizontalHeaderLabels({tr("Layer"), tr("Before (dB)"), tr("After (dB)"), tr("Change (dB)")});
    mRestore->setText(tr("Restore this run's script"));
    mRestore->setToolTip(tr("Puts the selected run's model script back (undoable); Re-optimize then reproduces the run"));
    rebuildList();
}

void RunHistoryDock::rebuildList()
{
    const QSignalBlocker block(mRuns);
    mRuns->clear();
    if (document()) {
        for (const OptimizationRun& r : document()->runs()) {
            auto* item = new QTreeWidgetItem(mRuns);
            item->setText(0, QString::number(r.number));
            item->setText(1, QLocale().toString(r.finished, QLocale::ShortFormat));
            item->setText(2, tr("opt %1, comp %2").arg(r.optimizationLevel).arg(r.compressionLevel));
            item->setText(3, tr("%n item(s), %1", "", int(r.calibrationItems)).arg(r.calibrationFingerprint.left(8)));
            item->setToolTip(3, r.calibrationSource);
            item->setText(4, QString::number(r.sixteenBitLayers));
            item->setText(5, worstOutput(r.quality));
            item->setText(6, QString::number(r.seconds, 'f', 1));
            item->setToolTip(0, r.script);
        }
    }
    selectNewestTwo(mRuns);
    selectionChanged();
}

void RunHistoryDock::selectionChanged()
{
    mRestore->setEnabled(!mRuns->selectedItems().isEmpty());
    const QPair<int, int> pair = comparedPair(mRuns);
    compare(pair.first, pair.second);
}

void RunHistoryDock::compare(int before, int after)
{
    mCompared = {before, after};
    mDeltas->setSortingEnabled(false);
    mDeltas->setRowCount(0);
    QChart* chart = newStudioChart(this);
    const auto& runs = document() ? document()->runs() : QList<OptimizationRun>();
    if (before < 0 || after < 0 || before >= runs.size() || after >= runs.size()) {
        mSummary->setText(runs.size() < 2 ? tr("Each optimization run is kept here; two runs are compared layer by layer.")
                                          : tr("Select two runs to compare them."));
        mChart->setChart(chart);
        return;
    }
    const OptimizationRun &a = runs[before], &b = runs[after];
    const std::vector<LayerNoiseDelta> deltas = compareNoise(a.quality, b.quality);
    auto* lineA = new QLineSeries;
    auto* lineB = new QLineSeries;
    lineA->setName(tr("run %1").arg(a.number));
    lineB->setName(tr("run %1").arg(b.number));
    double lo = 0, hi = 10;
    mDeltas->setRowCount(int(deltas.size()));
    for (size_t i = 0; i < deltas.size(); ++i) {
        const LayerNoiseDelta& d = deltas[i];
        lineA->append(double(i), std::min(d.onLayerBefore, kSnrCapDb));
        lineB->append(double(i), std::min(d.onLayerAfter, kSnrCapDb));
        hi = std::max({hi, std::min(d.onLayerBefore, kSnrCapDb), std::min(d.onLayerAfter, kSnrCapDb)});
        lo = std::min({lo, d.onLayerBefore, d.onLayerAfter});
        mDeltas->setItem(int(i), 0, new QTableWidgetItem(toQ(d.layer)));
        mDeltas->setItem(int(i), 1, numberItem(d.onLayerBefore));
        mDeltas->setItem(int(i), 2, numberItem(d.onLayerAfter));
        QTableWidgetItem* change = numberItem(d.onLayerDelta());
        if (d.onLayerDelta() > 0.05) change->setForeground(QColor(30, 140, 60));
        if (d.onLayerDelta() < -0.05) change->setForeground(QColor(200, 30, 30));
        mDeltas->setItem(int(i), 3, change);
    }
    lineB->setPen(QPen(QColor(240, 150, 30), 2));
    lineA->setPen(QPen(QColor(70, 130, 180), 2, Qt::DashLine));
    chart->addSeries(lineA);
    chart->addSeries(lineB);
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    x->setRange(0, std::max<double>(1, double(deltas.size()) - 1));
    x->setLabelFormat("%d");
    x->setTitleText(tr("layer (graph order)"));
    y->setRange(std::floor(lo / 10) * 10, std::ceil((hi + 2) / 10) * 10);
    y->setLabelFormat("%.0f");
    y->setTitleText(tr("dB"));
    chart->setTitle(tr("SNR on the layer, all quantized"));
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QLineSeries* s : {lineA, lineB}) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
    mChart->setChart(chart);
    mDeltas->setSortingEnabled(true);
    mDeltas->sortByColumn(3, Qt::DescendingOrder);
    QString text = tr("Run %1 → run %2: output SNR %3 → %4 dB.").arg(a.number).arg(b.number).arg(worstOutput(a.quality), worstOutput(b.quality));
    if (a.calibrationFingerprint != b.calibrationFingerprint) text += " " + tr("The calibration data differ.");
    if (a.script != b.script) text += " " + tr("The scripts differ.");
    mSummary->setText(text);
}

void RunHistoryDock::restoreScript(int index)
{
    if (!document() || index < 0 || index >= document()->runs().size()) return;
    const OptimizationRun& r = document()->runs()[index];
    document()->setModelScript(r.script, tr("Restore the script of run %1").arg(r.number));
}

}  // namespace dfc::ui
