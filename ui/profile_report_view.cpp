#include "profile_report_view.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChartView>
#include <QEvent>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include "core/error.h"
#include "io/atomic_file.h"
#include "model_document.h"
#include "profile_charts.h"
#include "profile_layer_table.h"
#include "text_util.h"

namespace dfc::ui {

namespace {

/// A report field the overview shows: where it is, its caption, how many decimals.
struct FieldSpec {
    const char* path;
    int decimals;  ///< -1: text as it is
};

/// The overview's cards, in reading order.
const QList<FieldSpec>& overviewFields()
{
    static const QList<FieldSpec> fields = {
        {"performance.fps_batch_1", 1}, {"performance.fps_batch_8", 1}, {"performance.latency_ms", 3},
        {"performance.power_w", 2},     {"contexts.count", 0},           {"model.layers", 0},
        {"model.params", 0},            {"model.macs", 0},               {"model.ops_per_frame", 0},
        {"performance.input_mbps", 1},  {"performance.output_mbps", 1},  {"performance.host_mbps", 1},
        {"hardware.host_link", -1},     {"hardware.peak_tops", 2}};
    return fields;
}

const QList<FieldSpec>& optimizationFields()
{
    static const QList<FieldSpec> fields = {{"optimization.optimization_level", 0}, {"optimization.compression_level", 0},
                                            {"optimization.four_bit_ratio", 3}};
    return fields;
}

const nlohmann::ordered_json* lookup(const nlohmann::ordered_json& root, const QString& path)
{
    const nlohmann::ordered_json* at = &root;
    for (const QString& part : path.split('.')) {
        if (!at->is_object() || !at->contains(part.toStdString())) return nullptr;
        at = &(*at)[part.toStdString()];
    }
    return at;
}

QString valueText(const nlohmann::ordered_json* v, int decimals)
{
    if (!v || v->is_null()) return QStringLiteral("—");
    if (v->is_string()) return toQ(v->get<std::string>());
    if (v->is_boolean()) return v->get<bool>() ? "true" : "false";
    if (v->is_number_integer()) return QLocale().toString(qlonglong(v->get<int64_t>()));  // 602,109,312
    if (v->is_number()) return QString::number(v->get<double>(), 'f', std::max(0, decimals));
    return toQ(v->dump());
}

QChartView* chartView(QWidget* parent, int minimumHeight)
{
    auto* view = new QChartView(parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(minimumHeight);
    return view;
}

QString percent(double share) { return QString::number(100 * share, 'f', 0) + " %"; }

}  // namespace

ProfileReportView::ProfileReportView(ModelDocument* doc, QWidget* parent) : QWidget(parent), mDoc(doc)
{
    setObjectName("profileReport");
    mTitle = new QLabel(this);
    mTitle->setObjectName("profileTitle");
    mSubtitle = new QLabel(this);
    mSubtitle->setWordWrap(true);
    auto* html = new QPushButton(tr("Export HTML…"), this);
    auto* json = new QPushButton(tr("JSON…"), this);
    auto* csv = new QPushButton(tr("CSV…"), this);
    connect(html, &QPushButton::clicked, this, [this] { askExport(Format::Html); });
    connect(json, &QPushButton::clicked, this, [this] { askExport(Format::Json); });
    connect(csv, &QPushButton::clicked, this, [this] { askExport(Format::Csv); });
    mTabs = new QTabWidget(this);
    mTabs->setObjectName("profileTabs");
    mTabs->addTab(makeOverviewTab(), QString());
    mTabs->addTab(makeOptimizationTab(), QString());
    mTabs->addTab(makeCompilationTab(), QString());
    mTabs->addTab(makeLayersTab(), QString());
    auto* head = new QVBoxLayout;
    head->addWidget(mTitle);
    head->addWidget(mSubtitle);
    auto* top = new QHBoxLayout;
    top->addLayout(head, 1);
    top->addWidget(html, 0, Qt::AlignTop);
    top->addWidget(json, 0, Qt::AlignTop);
    top->addWidget(csv, 0, Qt::AlignTop);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(mTabs, 1);
    retranslateUi();
    if (!mDoc) return;  // a report opened from a file: setReport shows it
    auto follow = [this] {
        if (const nlohmann::ordered_json* r = mDoc->profileReport()) setReport(*r);
    };
    connect(mDoc, &ModelDocument::profileFinished, this, follow);
    follow();
}

nlohmann::ordered_json ProfileReportView::readReportFile(const QString& path)
{
    const std::string file = path.toStdString();
    const nlohmann::ordered_json r = nlohmann::ordered_json::parse(readFile(file, size_t{256} << 20), nullptr, false);
    if (r.is_discarded() || !r.is_object()) fail(ErrorCode::InvalidFormat, "not JSON", file);
    for (const char* key : {"network", "hw_arch", "state", "model", "contexts", "performance", "layers", "hardware"})
        if (!r.contains(key)) fail(ErrorCode::InvalidFormat, std::string("not a profiler report: no \"") + key + "\"", file);
    try {
        // The view reads these with their types: a report of another shape fails here, not there.
        for (const char* key : {"fps_batch_1", "fps_batch_8", "latency_ms", "power_w"}) (void)r["performance"].at(key).get<double>();
        (void)r["performance"].at("limited_by").get<std::string>();
        (void)r["contexts"].at("count").get<int>();
        (void)r["contexts"].at("why").get<std::string>();
        for (const auto& c : r["contexts"].at("items"))
            (void)c.at("index").get<int>(), (void)c.at("fps").get<double>(), (void)c.at("bottleneck").get<std::string>(),
                (void)c.at("utilization").is_object(), (void)c.at("weight_bytes").get<double>(),
                (void)c.at("host_input_bytes").get<double>(), (void)c.at("host_output_bytes").get<double>(), (void)c.at("layers").get<int>();
        for (const auto& l : r["layers"]) (void)l.at("name").get<std::string>();
        for (const char* key : {"network", "hw_arch", "state"}) (void)r.at(key).get<std::string>();
    } catch (const nlohmann::json::exception& e) {
        fail(ErrorCode::InvalidFormat, std::string("not a profiler report: ") + e.what(), file);
    }
    return r;
}

QLabel* ProfileReportView::field(const QString& path)
{
    auto* value = new QLabel(this);
    value->setObjectName("field:" + path);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont f = value->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setBold(true);
    value->setFont(f);
    mFields.insert(path, value);
    mCaptions.insert(path, new QLabel(this));
    return value;
}

QWidget* ProfileReportView::makeOverviewTab()
{
    auto* page = new QWidget(this);
    auto* cards = new QGridLayout;
    int i = 0;
    for (const FieldSpec& f : overviewFields()) {
        QLabel* value = field(f.path);
        auto* card = new QVBoxLayout;
        card->addWidget(value);
        card->addWidget(mCaptions.value(f.path));
        cards->addLayout(card, i / 4, i % 4);
        ++i;
    }
    mLimitedBy = new QLabel(page);
    mLimitedBy->setObjectName("profileLimitedBy");
    mLimitedBy->setWordWrap(true);
    mBatchChart = chartView(page, 220);
    mFrameChart = chartView(page, 220);
    auto* charts = new QSplitter(Qt::Horizontal, page);
    charts->addWidget(mBatchChart);
    charts->addWidget(mFrameChart);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(cards);
    layout->addWidget(mLimitedBy);
    layout->addWidget(charts, 1);
    return page;
}

QWidget* ProfileReportView::makeOptimizationTab()
{
    auto* page = new QWidget(this);
    auto* cards = new QGridLayout;
    int i = 0;
    for (const FieldSpec& f : optimizationFields()) {
        cards->addWidget(field(f.path), 0, i);
        cards->addWidget(mCaptions.value(f.path), 1, i);
        ++i;
    }
    mOptimizationText = new QLabel(page);
    mOptimizationText->setObjectName("profileOptimization");
    mOptimizationText->setWordWrap(true);
    mOptimizationText->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(cards);
    layout->addWidget(mOptimizationText, 1);
    return page;
}

QWidget* ProfileReportView::makeCompilationTab()
{
    auto* page = new QWidget(this);
    mWhyContexts = new QLabel(page);
    mWhyContexts->setObjectName("profileWhyContexts");
    mWhyContexts->setWordWrap(true);
    mContexts = new QTableWidget(page);
    mContexts->setObjectName("profileContexts");
    mContexts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    mContexts->setSelectionBehavior(QAbstractItemView::SelectRows);
    mContexts->setSelectionMode(QAbstractItemView::SingleSelection);
    mContexts->verticalHeader()->hide();
    mContexts->verticalHeader()->setDefaultSectionSize(mContexts->fontMetrics().height() + 6);
    mContexts->setMinimumHeight(4 * (mContexts->fontMetrics().height() + 6) + 8);  // a few contexts without scrolling
    connect(mContexts, &QTableWidget::cellClicked, this, [this](int row, int) { selectContext(row); });
    mUtilizationChart = chartView(page, 200);
    mTimelineChart = chartView(page, 160);
    mBandwidthChart = chartView(page, 160);
    auto* charts = new QSplitter(Qt::Horizontal, page);
    charts->addWidget(mUtilizationChart);
    auto* right = new QSplitter(Qt::Vertical, charts);
    right->addWidget(mTimelineChart);
    right->addWidget(mBandwidthChart);
    charts->addWidget(right);
    auto* split = new QSplitter(Qt::Vertical, page);
    split->addWidget(mContexts);
    split->addWidget(charts);
    split->setStretchFactor(1, 2);
    auto* layout = new QVBoxLayout(page);
    layout->addWidget(mWhyContexts);
    layout->addWidget(split, 1);
    return page;
}

QWidget* ProfileReportView::makeLayersTab()
{
    auto* split = new QSplitter(Qt::Vertical, this);
    mFpsChart = chartView(split, 180);
    mLayers = new ProfileLayerTable(mDoc, split);
    split->addWidget(mFpsChart);
    split->addWidget(mLayers);
    split->setStretchFactor(1, 2);
    return split;
}

void ProfileReportView::setReport(const nlohmann::ordered_json& report)
{
    mReport = report;
    rebuild();
}

QString ProfileReportView::shownValue(const QString& path) const
{
    const QLabel* l = mFields.value(path);
    return l ? l->text() : QString();
}

void ProfileReportView::rebuild()
{
    const nlohmann::ordered_json& r = mReport;
    if (!r.is_object() || !r.contains("performance")) return;
    mTitle->setText("<h2>" + tr("%1 on %2").arg(toQ(r["network"].get<std::string>()).toHtmlEscaped(), toQ(r["hw_arch"].get<std::string>())) +
                    "</h2>");
    QString sub = tr("State %1.").arg(toQ(r["state"].get<std::string>()));
    if (r.value("compiled_implicitly", false)) sub += " " + tr("Not compiled for this target: compiled for this report with the script's commands.");
    sub += " " + tr("Estimates from the documented hardware model; the HTML export lists where each of its numbers comes from.");
    mSubtitle->setText(sub);
    for (const QList<FieldSpec>* specs : {&overviewFields(), &optimizationFields()})
        for (const FieldSpec& f : *specs) mFields.value(f.path)->setText(valueText(lookup(r, f.path), f.decimals));
    const auto& p = r["performance"];
    QString limited = "<b>" + tr("Limited by %1.").arg(toQ(p["limited_by"].get<std::string>()).toHtmlEscaped()) + "</b>";
    if (p.contains("stream"))
        limited += " " + tr("Fed at %1 FPS it is busy %2 of the time and draws %3 W.")
                             .arg(p["stream"]["fps_requested"].get<double>(), 0, 'f', 1)
                             .arg(percent(p["stream"]["busy_share"].get<double>()))
                             .arg(p["stream"]["power_w"].get<double>(), 0, 'f', 2);
    mLimitedBy->setText(limited);
    mBatchChart->setChart(batchSweepChart(r, this));
    mFrameChart->setChart(frameLatencyChart(r, this));
    // Optimization details: what the quantizer did, or why there is nothing.
    QString opt;
    if (const auto& o = r["optimization"]; o.is_object()) {
        QStringList algorithms;
        if (o.value("equalization", false)) algorithms << tr("equalization");
        if (o.value("bias_correction", false)) algorithms << tr("bias correction");
        if (o.value("adaround", false)) algorithms << tr("AdaRound");
        opt = tr("Algorithms: %1.").arg(algorithms.isEmpty() ? tr("none") : algorithms.join(", "));
        QStringList bits;
        for (auto it = o["layers_by_bits"].begin(); it != o["layers_by_bits"].end(); ++it)
            bits << tr("%1: %2 layer(s)").arg(toQ(it.key())).arg(it.value().get<int>());
        opt += "<br>" + tr("Precision: %1.").arg(bits.join(", "));
        if (o.contains("snr_db") && o["snr_db"].is_object()) {
            QStringList snr;
            for (auto it = o["snr_db"].begin(); it != o["snr_db"].end(); ++it)
                if (it.value().is_number()) snr << QString("%1 %2 dB").arg(toQ(it.key())).arg(it.value().get<double>(), 0, 'f', 1);
            if (!snr.isEmpty()) opt += "<br>" + tr("SNR against the float model: %1.").arg(snr.join(", "));
        }
    } else {
        opt = tr("The model is not quantized: the numbers assume the precisions its script will give it.");
    }
    mOptimizationText->setText(opt);
    mWhyContexts->setText("<b>" + tr("%n context(s).", "", r["contexts"]["count"].get<int>()) + "</b> " +
                          toQ(r["contexts"]["why"].get<std::string>()).toHtmlEscaped());
    fillContexts();
    QChart* utilization = contextUtilizationChart(r, this);
    for (QAbstractSeries* series : utilization->series())  // a bar is a context: a click selects its layers
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (QBarSet* set : bars->barSets()) connect(set, &QBarSet::clicked, this, &ProfileReportView::selectContext);
    mUtilizationChart->setChart(utilization);
    mTimelineChart->setChart(contextTimelineChart(r, this));
    mBandwidthChart->setChart(contextBandwidthChart(r, this));
    QChart* fps = layerFpsChart(r, this, &mFpsLayers);
    // A bar is a layer: hover names it, a click selects it everywhere.
    for (QAbstractSeries* series : fps->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (QBarSet* set : bars->barSets()) {
                connect(set, &QBarSet::clicked, this, [this](int i) {
                    if (mDoc && i >= 0 && i < mFpsLayers.size()) mDoc->select(ModelDocument::Side::Parsed, {mFpsLayers[i]}, "profileFps");
                });
                connect(set, &QBarSet::hovered, this, [this, set](bool on, int i) {
                    if (on && i >= 0 && i < mFpsLayers.size())
                        mFpsChart->setToolTip(tr("%1: %2 FPS").arg(mFpsLayers[i]).arg(set->at(i), 0, 'f', 1));
                });
            }
    mFpsChart->setChart(fps);
    mLayers->setReport(r);
}

void ProfileReportView::fillContexts()
{
    const QStringList headers = {tr("context"), tr("layers"), tr("FPS"), tr("bottleneck"), tr("why"), tr("LCUs"), tr("subclusters"),
                                 tr("APUs"), tr("aligners"), tr("L3"), tr("weights (kB)"), tr("in (kB/frame)"), tr("out (kB/frame)")};
    const auto& items = mReport["contexts"]["items"];
    mContexts->clear();
    mContexts->setColumnCount(int(headers.size()));
    mContexts->setHorizontalHeaderLabels(headers);
    mContexts->setRowCount(int(items.size()));
    int row = 0;
    for (const auto& c : items) {
        const auto& u = c["utilization"];
        const QStringList cells = {QString::number(c["index"].get<int>()),
                                   QString::number(c["layers"].get<int>()),
                                   QString::number(c["fps"].get<double>(), 'f', 1),
                                   toQ(c["bottleneck"].get<std::string>()),
                                   paceReason(mReport, c["bottleneck"].get<std::string>()),
                                   percent(u.value("control", 0.0)),
                                   percent(u.value("compute", 0.0)),
                                   percent(u.value("apus", 0.0)),
                                   percent(u.value("input_aligners", 0.0)),
                                   percent(u.value("memory", 0.0)),
                                   QString::number(c["weight_bytes"].get<double>() / 1e3, 'f', 1),
                                   QString::number(c["host_input_bytes"].get<double>() / 1e3, 'f', 1),
                                   QString::number(c["host_output_bytes"].get<double>() / 1e3, 'f', 1)};
        for (int col = 0; col < cells.size(); ++col) mContexts->setItem(row, col, new QTableWidgetItem(cells[col]));
        ++row;
    }
    mContexts->resizeColumnsToContents();
}

void ProfileReportView::selectContext(int index)
{
    const QStringList layers = layersOfContext(mReport, index);
    if (index >= 0 && index < mContexts->rowCount()) mContexts->selectRow(index);
    if (mDoc && !layers.isEmpty()) mDoc->select(ModelDocument::Side::Parsed, layers, "profileContexts");
}

void ProfileReportView::exportReport(Format format, const QString& path) const
{
    std::string text;
    switch (format) {
    case Format::Html: text = Runner::reportHtml(mReport); break;
    case Format::Json: text = mReport.dump(2) + "\n"; break;
    case Format::Csv: text = Runner::reportCsv(mReport); break;
    }
    writeFileAtomic(path.toStdString(), text);
}

void ProfileReportView::askExport(Format format)
{
    const QString base = QString::fromStdString(mReport.value("network", std::string("model"))) + "_profile";
    const QString suggested = base + (format == Format::Html ? ".html" : format == Format::Json ? ".json" : ".csv");
    const QString filter = format == Format::Html ? tr("HTML reports (*.html)")
                           : format == Format::Json ? tr("JSON reports (*.json)")
                                                    : tr("CSV files (*.csv)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export the profiler report"), suggested, filter);
    if (path.isEmpty()) return;
    try {
        exportReport(format, path);
    } catch (const Error& e) {
        QMessageBox::warning(this, tr("Export the profiler report"), toQ(e.what()));
    }
}

void ProfileReportView::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

void ProfileReportView::retranslateUi()
{
    mTabs->setTabText(OverviewTab, tr("Model overview"));
    mTabs->setTabText(OptimizationTab, tr("Optimization details"));
    mTabs->setTabText(CompilationTab, tr("Compilation && runtime"));
    mTabs->setTabText(LayersTab, tr("Layers"));
    const QHash<QString, QString> captions = {
        {"performance.fps_batch_1", tr("FPS, batch 1")},
        {"performance.fps_batch_8", tr("FPS, batch 8")},
        {"performance.latency_ms", tr("latency (ms)")},
        {"performance.power_w", tr("power, NN core (W)")},
        {"contexts.count", tr("contexts")},
        {"model.layers", tr("layers")},
        {"model.params", tr("parameters")},
        {"model.macs", tr("MACs per frame")},
        {"model.ops_per_frame", tr("operations per frame")},
        {"performance.input_mbps", tr("input (Mbit/s, batch 8)")},
        {"performance.output_mbps", tr("output (Mbit/s, batch 8)")},
        {"performance.host_mbps", tr("host link in all (Mbit/s)")},
        {"hardware.host_link", tr("host link")},
        {"hardware.peak_tops", tr("peak TOPS")},
        {"optimization.optimization_level", tr("optimization level")},
        {"optimization.compression_level", tr("compression level")},
        {"optimization.four_bit_ratio", tr("share of 4-bit weights")}};
    for (auto it = mCaptions.begin(); it != mCaptions.end(); ++it) it.value()->setText(captions.value(it.key(), it.key()));
    rebuild();
}

}  // namespace dfc::ui
