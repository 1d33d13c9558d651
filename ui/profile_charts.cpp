#include "profile_charts.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QCoreApplication>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QLogValueAxis>
#include <QPen>
#include <QValueAxis>
#include <algorithm>
#include <cmath>

#include "chart_style.h"
#include "text_util.h"

namespace dfc::ui {

namespace {

class ProfileCharts {
    Q_DECLARE_TR_FUNCTIONS(ProfileCharts)
};

QBarSet* barSet(const QString& name, const QColor& colour)
{
    auto* set = new QBarSet(name);
    set->setColor(colour);
    set->setBorderColor(colour.darker(120));
    return set;
}

QBarCategoryAxis* categoryAxis(const QStringList& categories)
{
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    return x;
}

QValueAxis* valueAxis(const QString& title, double lo, double hi, const char* format = "%.3g")
{
    auto* y = new QValueAxis;
    y->setRange(lo, hi);
    y->setTitleText(title);
    y->setLabelFormat(format);
    y->setTickCount(5);
    y->applyNiceNumbers();
    return y;
}

QStringList contextNames(const nlohmann::ordered_json& report)
{
    QStringList names;
    for (const auto& c : report["contexts"]["items"]) names << ProfileCharts::tr("context %1").arg(c["index"].get<int>());
    return names;
}

}  // namespace

QList<UtilizationKey> utilizationKeys()
{
    return {{"control", ProfileCharts::tr("LCUs (control)"), QColor(142, 68, 173)},
            {"compute", ProfileCharts::tr("subclusters (compute)"), QColor(41, 128, 185)},
            {"apus", ProfileCharts::tr("APUs"), QColor(22, 160, 133)},
            {"input_aligners", ProfileCharts::tr("input aligners"), QColor(243, 156, 18)},
            {"memory", ProfileCharts::tr("L3 memory"), QColor(192, 57, 43)}};
}

QString paceReason(const nlohmann::ordered_json& report, const std::string& layer)
{
    for (const auto& l : report["layers"]) {
        if (l.value("name", std::string()) != layer) continue;
        const std::string bound = l.value("bound_by", std::string());
        if (bound == "compute")
            return ProfileCharts::tr("compute: %1 M MACs on %n subcluster(s), lanes %2 % used", "", l.value("subclusters", 0))
                .arg(l.value("macs", 0.0) / 1e6, 0, 'f', 1)
                .arg(100 * l.value("lane_use", 0.0), 0, 'f', 0);
        if (bound == "apu_output")
            return ProfileCharts::tr("output: its APUs write the output (%n part(s)) slower than its MACs run", "", l.value("parts", 1));
        if (bound == "data_movement") return ProfileCharts::tr("data movement: it streams its output through %n part(s)", "", l.value("parts", 1));
        return {};
    }
    return {};
}

QStringList layersOfContext(const nlohmann::ordered_json& report, int index)
{
    QStringList layers;
    for (const auto& l : report["layers"])
        if (l.value("context", -1) == index) layers << toQ(l.value("name", std::string()));
    return layers;
}

QChart* contextUtilizationChart(const nlohmann::ordered_json& report, const QWidget* owner)
{
    QChart* chart = newStudioChart(owner);
    auto* series = new QBarSeries;
    for (const UtilizationKey& k : utilizationKeys()) {
        QBarSet* set = barSet(k.label, k.colour);
        for (const auto& c : report["contexts"]["items"]) *set << 100 * c["utilization"].value(k.key, 0.0);
        series->append(set);
    }
    chart->addSeries(series);
    const QStringList names = contextNames(report);
    QBarCategoryAxis* x = categoryAxis(names);
    QValueAxis* y = valueAxis(ProfileCharts::tr("% of the context"), 0, 100, "%.0f");
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    // The cap the compiler filled to: a context at the line is full for that resource.
    const double cap = 100 * report["hardware"]["caps"].value("compute", 0.0);
    if (cap > 0) {
        auto* line = new QLineSeries;
        line->setName(ProfileCharts::tr("compute cap"));
        line->append(-0.5, cap);
        line->append(names.size() - 0.5, cap);
        line->setPen(QPen(QColor(90, 90, 90), 1.5, Qt::DashLine));
        chart->addSeries(line);
        auto* lineX = valueAxis(QString(), -0.5, names.size() - 0.5);
        lineX->setVisible(false);
        chart->addAxis(lineX, Qt::AlignTop);
        line->attachAxis(lineX);
        line->attachAxis(y);
    }
    chart->setTitle(ProfileCharts::tr("Utilization per context"));
    return chart;
}

QChart* layerFpsChart(const nlohmann::ordered_json& report, const QWidget* owner, QStringList* layers, int maxBars)
{
    QChart* chart = newStudioChart(owner);
    std::vector<const nlohmann::ordered_json*> shown;
    for (const auto& l : report["layers"])
        if (l.value("fps", 0.0) > 0) shown.push_back(&l);
    if (int(shown.size()) > maxBars) {
        std::vector<const nlohmann::ordered_json*> slowest = shown;
        std::nth_element(slowest.begin(), slowest.begin() + maxBars, slowest.end(),
                         [](auto* a, auto* b) { return (*a)["fps"].template get<double>() < (*b)["fps"].template get<double>(); });
        const double cut = (*slowest[size_t(maxBars)])["fps"].get<double>();
        std::erase_if(shown, [&](auto* l) { return (*l)["fps"].template get<double>() >= cut; });
    }
    // One set (zeros would break the log axis); the bottlenecks are its selected bars, in red.
    QBarSet* set = barSet(ProfileCharts::tr("layer FPS (red: its context's bottleneck)"), QColor(70, 130, 180));
    set->setSelectedColor(QColor(210, 50, 40));
    QStringList categories;
    double top = 1, bottom = INFINITY;
    for (const auto* l : shown) {
        const double fps = (*l)["fps"].get<double>();
        categories << toQ((*l)["name"].get<std::string>());
        *set << fps;
        if (l->value("bottleneck", false)) set->selectBar(int(categories.size() - 1));
        top = std::max(top, fps);
        bottom = std::min(bottom, fps);
    }
    if (layers) *layers = categories;
    auto* series = new QBarSeries;
    series->append(set);
    chart->addSeries(series);
    QBarCategoryAxis* x = categoryAxis(categories);
    x->setLabelsAngle(-90);
    x->setLabelsVisible(categories.size() <= 40);  // more: the tooltip and the table name them
    // FPS spans decades between a 1×1 conv and the stem: a log axis keeps both readable.
    auto* y = new QLogValueAxis;
    y->setBase(10);
    y->setLabelFormat("%.3g");
    y->setTitleText(ProfileCharts::tr("FPS"));
    y->setRange(std::pow(10, std::floor(std::log10(std::isfinite(bottom) ? bottom : 1))), std::pow(10, std::ceil(std::log10(top))));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->setTitle(ProfileCharts::tr("FPS per layer (the slowest layer of a context sets its rate)"));
    return chart;
}

QChart* batchSweepChart(const nlohmann::ordered_json& report, const QWidget* owner)
{
    QChart* chart = newStudioChart(owner);
    auto* fps = new QLineSeries;
    fps->setName(ProfileCharts::tr("FPS"));
    auto* power = new QLineSeries;
    power->setName(ProfileCharts::tr("power (W)"));
    double topFps = 1, topPower = 0.1, maxBatch = 1;
    for (const auto& b : report["performance"]["batch_sweep"]) {
        const double batch = b["batch"].get<double>();
        fps->append(batch, b["fps"].get<double>());
        power->append(batch, b["power_w"].get<double>());
        topFps = std::max(topFps, b["fps"].get<double>());
        topPower = std::max(topPower, b["power_w"].get<double>());
        maxBatch = std::max(maxBatch, batch);
    }
    fps->setPointsVisible(true);
    power->setPointsVisible(true);
    chart->addSeries(fps);
    chart->addSeries(power);
    auto* x = new QLogValueAxis;
    x->setBase(2);
    x->setLabelFormat("%.0f");
    x->setTitleText(ProfileCharts::tr("batch size"));
    x->setRange(1, maxBatch);
    QValueAxis* yFps = valueAxis(ProfileCharts::tr("FPS"), 0, topFps * 1.1, "%.0f");
    QValueAxis* yPower = valueAxis(ProfileCharts::tr("W"), 0, topPower * 1.2);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(yFps, Qt::AlignLeft);
    chart->addAxis(yPower, Qt::AlignRight);
    fps->attachAxis(x);
    fps->attachAxis(yFps);
    power->attachAxis(x);
    power->attachAxis(yPower);
    chart->setTitle(ProfileCharts::tr("Batch size"));
    return chart;
}

QChart* contextTimelineChart(const nlohmann::ordered_json& report, const QWidget* owner)
{
    QChart* chart = newStudioChart(owner);
    struct Part {
        const char* key;
        QString label;
        QColor colour;
    };
    const QList<Part> parts = {{"config_ms", ProfileCharts::tr("switch"), QColor(142, 68, 173)},
                               {"load_ms", ProfileCharts::tr("weights over the host link"), QColor(192, 57, 43)},
                               {"inference_ms", ProfileCharts::tr("inference"), QColor(41, 128, 185)},
                               {"drain_ms", ProfileCharts::tr("drain"), QColor(127, 140, 141)},
                               {"overhead_ms", ProfileCharts::tr("host transfers"), QColor(243, 156, 18)}};
    auto* series = new QHorizontalStackedBarSeries;
    double longest = 0;
    QStringList names;
    const auto& timeline = report["performance"]["timeline_batch_8"];
    for (const Part& p : parts) {
        QBarSet* set = barSet(p.label, p.colour);
        for (const auto& c : timeline) *set << c.value(p.key, 0.0);
        series->append(set);
    }
    for (const auto& c : timeline) {
        double sum = 0;
        for (const Part& p : parts) sum += c.value(p.key, 0.0);
        longest = std::max(longest, sum);
        names << ProfileCharts::tr("context %1").arg(c["context"].get<int>());
    }
    chart->addSeries(series);
    QBarCategoryAxis* y = categoryAxis(names);
    QValueAxis* x = valueAxis(ProfileCharts::tr("ms for a batch of 8"), 0, std::max(1e-3, longest * 1.05));
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->setTitle(ProfileCharts::tr("One batch of 8 through the contexts"));
    return chart;
}

QChart* frameLatencyChart(const nlohmann::ordered_json& report, const QWidget* owner, int frames)
{
    QChart* chart = newStudioChart(owner);
    const double fps = report["performance"].value("fps_batch_1", 0.0);
    const double latency = report["performance"].value("latency_ms", 0.0);
    const double period = fps > 0 ? 1e3 / fps : 0;
    // A horizontal stack per frame: an invisible wait until it enters, then its latency.
    QBarSet* wait = barSet(QString(), Qt::transparent);
    wait->setBorderColor(Qt::transparent);
    QBarSet* inFlight = barSet(ProfileCharts::tr("%1 ms in the device, one enters every %2 ms").arg(latency, 0, 'f', 2).arg(period, 0, 'f', 2),
                               QColor(41, 128, 185));
    QStringList names;
    for (int k = frames - 1; k >= 0; --k) {  // frame 1 at the top
        *wait << k * period;
        *inFlight << latency;
        names << ProfileCharts::tr("frame %1").arg(k + 1);
    }
    auto* series = new QHorizontalStackedBarSeries;
    series->append(wait);
    series->append(inFlight);
    chart->addSeries(series);
    chart->legend()->markers(series).first()->setVisible(false);
    QBarCategoryAxis* y = categoryAxis(names);
    QValueAxis* x = valueAxis(ProfileCharts::tr("ms"), 0, std::max(1e-3, (frames - 1) * period + latency) * 1.05);
    chart->addAxis(y, Qt::AlignLeft);
    chart->addAxis(x, Qt::AlignBottom);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->legend()->setAlignment(Qt::AlignBottom);  // the legend says the numbers: under the bars
    chart->setTitle(ProfileCharts::tr("The first %1 frames at batch 1").arg(frames));
    return chart;
}

QChart* contextBandwidthChart(const nlohmann::ordered_json& report, const QWidget* owner)
{
    QChart* chart = newStudioChart(owner);
    auto* series = new QBarSeries;
    QBarSet* in = barSet(ProfileCharts::tr("from the host"), QColor(41, 128, 185));
    QBarSet* out = barSet(ProfileCharts::tr("to the host"), QColor(22, 160, 133));
    QBarSet* ddr = barSet(ProfileCharts::tr("through DDR portals"), QColor(243, 156, 18));
    QBarSet* weights = barSet(ProfileCharts::tr("weights (per switch)"), QColor(192, 57, 43));
    double top = 1;
    const bool multi = report["contexts"]["count"].get<int>() > 1;
    for (const auto& c : report["contexts"]["items"]) {
        const double kb[] = {c["host_input_bytes"].get<double>() / 1e3, c["host_output_bytes"].get<double>() / 1e3,
                             c.value("ddr_bytes", 0.0) / 1e3, multi ? c["weight_bytes"].get<double>() / 1e3 : 0};
        *in << kb[0];
        *out << kb[1];
        *ddr << kb[2];
        *weights << kb[3];
        top = std::max({top, kb[0], kb[1], kb[2], kb[3]});
    }
    for (QBarSet* s : {in, out, ddr, weights}) series->append(s);
    chart->addSeries(series);
    QBarCategoryAxis* x = categoryAxis(contextNames(report));
    QValueAxis* y = valueAxis(ProfileCharts::tr("kB per frame"), 0, top * 1.1, "%.0f");
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    chart->setTitle(ProfileCharts::tr("Host link traffic per context"));
    return chart;
}

}  // namespace dfc::ui
