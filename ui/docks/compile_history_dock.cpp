#include "docks/compile_history_dock.h"

#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "core/error.h"
#include "docks/compare_selection.h"
#include "model_document.h"
#include "text_util.h"

namespace dfc::ui {
namespace {

QTableWidgetItem* numberItem(double v, int decimals)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, std::round(v * std::pow(10, decimals)) / std::pow(10, decimals));
    return item;
}

/// "+12.5 %" in green when it is better, red when worse.
QTableWidgetItem* changeItem(double relative, bool better)
{
    auto* item = new QTableWidgetItem;
    item->setData(Qt::DisplayRole, std::round(relative * 1000) / 10);  // percent, one decimal, sorts as a number
    if (std::abs(relative) > 0.005) item->setForeground(better ? QColor(30, 140, 60) : QColor(200, 30, 30));
    return item;
}

double perf(const nlohmann::ordered_json& r, const char* key) { return r["performance"].value(key, 0.0); }

}  // namespace

CompileHistoryDock::CompileHistoryDock(QWidget* parent) : DocumentDock("compileHistoryDock", parent)
{
    auto* body = new QWidget(this);
    mCompiles = new QTreeWidget(body);
    mCompiles->setObjectName("compiles");
    mCompiles->setRootIsDecorated(false);
    mCompiles->setSelectionMode(QAbstractItemView::ExtendedSelection);
    mCompiles->setColumnCount(8);
    mText = new QLabel(body);
    mText->setWordWrap(true);
    auto table = [body](const char* name, int columns) {
        auto* t = new QTableWidget(body);
        t->setObjectName(name);
        t->setColumnCount(columns);
        t->verticalHeader()->hide();
        t->verticalHeader()->setDefaultSectionSize(t->fontMetrics().height() + 6);
        t->setEditTriggers(QAbstractItemView::NoEditTriggers);
        t->setSelectionBehavior(QAbstractItemView::SelectRows);
        t->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        return t;
    };
    mSummary = table("compileSummary", 4);
    mLayers = table("compileLayerDeltas", 6);
    mRestore = new QPushButton(body);
    auto* split = new QSplitter(Qt::Vertical, body);
    split->addWidget(mCompiles);
    split->addWidget(mSummary);
    split->addWidget(mLayers);
    split->setStretchFactor(2, 2);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(split, 1);
    layout->addWidget(mText);
    layout->addWidget(mRestore);
    setWidget(body);
    connect(mCompiles, &QTreeWidget::itemSelectionChanged, this, &CompileHistoryDock::selectionChanged);
    connect(mRestore, &QPushButton::clicked, this, [this] {
        const auto items = mCompiles->selectedItems();
        if (!items.isEmpty()) restoreChoices(mCompiles->indexOfTopLevelItem(items.last()));
    });
    connect(mLayers, &QTableWidget::itemSelectionChanged, this, [this] {
        const auto rows = mLayers->selectionModel()->selectedRows();
        if (document() && rows.size() == 1)
            document()->select(ModelDocument::Side::Parsed, {mLayers->item(rows.first().row(), 0)->text()}, "compileHistory");
    });
    retranslateUi();
    documentChanged();
}

void CompileHistoryDock::documentChanged()
{
    if (ModelDocument* doc = document()) connect(doc, &ModelDocument::compilesChanged, this, &CompileHistoryDock::rebuildList);
    rebuildList();
}

void CompileHistoryDock::retranslateUi()
{
    setWindowTitle(tr("Compiles"));
    mCompiles->setHeaderLabels({tr("#"), tr("Finished"), tr("Target"), tr("Host link"), tr("Contexts"), tr("FPS (batch 1)"),
                                tr("FPS (batch 8)"), tr("Latency (ms)")});
    mSummary->setHorizontalHeaderLabels({tr("Number"), tr("Before"), tr("After"), tr("Change (%)")});
    mLayers->setHorizontalHeaderLabels({tr("Layer"), tr("FPS before"), tr("FPS after"), tr("Change (%)"), tr("Context"), tr("Subclusters")});
    mRestore->setText(tr("Restore this compile's choices"));
    mRestore->setToolTip(tr("Puts the selected compile's script, target and host link back (undoable); Re-compile then reproduces it"));
    rebuildList();
}

void CompileHistoryDock::rebuildList()
{
    const QSignalBlocker block(mCompiles);
    mCompiles->clear();
    if (document()) {
        for (const CompileRun& c : document()->compiles()) {
            auto* item = new QTreeWidgetItem(mCompiles);
            item->setText(0, QString::number(c.number));
            item->setText(1, QLocale().toString(c.finished, QLocale::ShortFormat));
            item->setText(2, c.hwArch);
            item->setText(3, c.hostLink.isEmpty() ? tr("module") : c.hostLink);
            item->setText(4, QString::number(c.report["contexts"].value("count", 0)));
            item->setText(5, QString::number(perf(c.report, "fps_batch_1"), 'f', 1));
            item->setText(6, QString::number(perf(c.report, "fps_batch_8"), 'f', 1));
            item->setText(7, QString::number(perf(c.report, "latency_ms"), 'f', 3));
            item->setToolTip(0, c.script);
        }
    }
    selectNewestTwo(mCompiles);
    selectionChanged();
}

void CompileHistoryDock::selectionChanged()
{
    mRestore->setEnabled(!mCompiles->selectedItems().isEmpty());
    const QPair<int, int> pair = comparedPair(mCompiles);
    compare(pair.first, pair.second);
}

void CompileHistoryDock::compare(int before, int after)
{
    mCompared = {before, after};
    mSummary->setRowCount(0);
    mLayers->setSortingEnabled(false);
    mLayers->setRowCount(0);
    const auto& compiles = document() ? document()->compiles() : QList<CompileRun>();
    if (before < 0 || after < 0 || before >= compiles.size() || after >= compiles.size()) {
        mText->setText(compiles.size() < 2 ? tr("Each compile is kept here with its report; two compiles are compared layer by layer.")
                                           : tr("Select two compiles to compare them."));
        return;
    }
    const CompileRun &a = compiles[before], &b = compiles[after];
    ReportComparison c;
    try {
        c = Runner::compareReports(a.report, b.report);
    } catch (const Error& e) {
        mText->setText(toQ(e.what()));
        return;
    }
    const QHash<QString, QString> names = {{"performance.fps_batch_1", tr("FPS, batch 1")}, {"performance.fps_batch_8", tr("FPS, batch 8")},
                                           {"performance.latency_ms", tr("latency (ms)")},  {"performance.power_w", tr("power (W)")},
                                           {"contexts.count", tr("contexts")},              {"performance.host_mbps", tr("host link (Mbit/s)")}};
    mSummary->setRowCount(int(c.metrics.size()));
    for (int i = 0; i < int(c.metrics.size()); ++i) {
        const ReportMetricChange& m = c.metrics[size_t(i)];
        mSummary->setItem(i, 0, new QTableWidgetItem(names.value(toQ(m.key), toQ(m.key))));
        mSummary->setItem(i, 1, numberItem(m.before, 3));
        mSummary->setItem(i, 2, numberItem(m.after, 3));
        mSummary->setItem(i, 3, changeItem(m.relativeChange(), m.improved()));
    }
    mLayers->setRowCount(int(c.layers.size()));
    for (int i = 0; i < int(c.layers.size()); ++i) {
        const LayerChange& l = c.layers[size_t(i)];
        mLayers->setItem(i, 0, new QTableWidgetItem(toQ(l.layer)));
        mLayers->setItem(i, 1, numberItem(l.fpsBefore, 1));
        mLayers->setItem(i, 2, numberItem(l.fpsAfter, 1));
        mLayers->setItem(i, 3, changeItem(l.relativeFpsChange(), l.fpsAfter > l.fpsBefore));
        mLayers->setItem(i, 4, new QTableWidgetItem(QString("%1 → %2").arg(l.contextBefore).arg(l.contextAfter)));
        mLayers->setItem(i, 5, new QTableWidgetItem(QString("%1 → %2").arg(l.subclustersBefore).arg(l.subclustersAfter)));
    }
    mLayers->setSortingEnabled(true);
    QString text = tr("Compile %1 (%2) → compile %3 (%4).").arg(a.number).arg(a.hwArch).arg(b.number).arg(b.hwArch);
    if (a.script != b.script) text += " " + tr("The scripts differ.");
    if (a.hostLink != b.hostLink) text += " " + tr("The host links differ.");
    if (!c.onlyBefore.empty() || !c.onlyAfter.empty())
        text += " " + tr("%1 layer(s) only in the first, %2 only in the second.").arg(c.onlyBefore.size()).arg(c.onlyAfter.size());
    mText->setText(text);
}

void CompileHistoryDock::restoreChoices(int index)
{
    if (!document() || index < 0 || index >= document()->compiles().size()) return;
    const CompileRun c = document()->compiles()[index];
    document()->setCompileChoices(c.script, c.hwArch,
                                  c.hostLink.isEmpty() ? std::nullopt : std::optional(HostLink::parse(c.hostLink.toStdString())),
                                  tr("Restore the choices of compile %1").arg(c.number));
}

}  // namespace dfc::ui
