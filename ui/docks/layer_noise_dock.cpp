#include "docks/layer_noise_dock.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTabWidget>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

#include "chart_style.h"
#include "model_document.h"
#include "noise_text.h"
#include "text_util.h"

namespace dfc::ui {
namespace {

constexpr int kBins = 128;

/// A histogram as a filled step outline over [lo, hi].
QAreaSeries* histogramSeries(const std::vector<double>& counts, double lo, double hi, const QString& name)
{
    auto* upper = new QLineSeries;
    const double width = (hi - lo) / double(std::max<size_t>(1, counts.size()));
    upper->append(lo, 0);
    for (size_t i = 0; i < counts.size(); ++i) {
        upper->append(lo + width * double(i), counts[i]);
        upper->append(lo + width * double(i + 1), counts[i]);
    }
    upper->append(hi, 0);
    auto* area = new QAreaSeries(upper);
    area->setName(name);
    area->setColor(QColor(70, 130, 180, 170));
    area->setBorderColor(QColor(70, 130, 180));
    return area;
}

QLineSeries* verticalLine(double x, double top, const QString& name, const QColor& colour, Qt::PenStyle style = Qt::SolidLine)
{
    auto* line = new QLineSeries;
    line->setName(name);
    line->append(x, 0);
    line->append(x, top);
    QPen pen(colour, 2, style);
    line->setPen(pen);
    return line;
}

void addAxes(QChart* chart, double xlo, double xhi, double ylo, double yhi, const QString& xTitle, const QString& yTitle)
{
    auto* x = new QValueAxis;
    auto* y = new QValueAxis;
    x->setRange(xlo, xhi);
    y->setRange(ylo, yhi);
    x->setTitleText(xTitle);
    y->setTitleText(yTitle);
    // Ranges such as 2.5e+04 or 0.0031: three significant digits keep every label readable in a
    // narrow dock, and four ticks leave room for them.
    x->setLabelFormat("%.3g");
    y->setLabelFormat("%.3g");
    x->setTickCount(4);
    chart->legend()->setAlignment(Qt::AlignBottom);  // the plot keeps the dock's width
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : chart->series()) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

}  // namespace

LayerNoiseDock::LayerNoiseDock(QWidget* parent) : DocumentDock("layerNoiseDock", parent)
{
    auto* body = new QWidget(this);
    mFacts = new QLabel(body);
    mFacts->setObjectName("layerNoiseFacts");
    mFacts->setWordWrap(true);
    mFacts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    mTabs = new QTabWidget(body);
    mActivations = new QChartView(body);
    mWeights = new QChartView(body);
    mScatter = new QChartView(body);
    for (QChartView* v : {mActivations, mWeights, mScatter}) {
        v->setRenderHint(QPainter::Antialiasing);
        v->setMinimumSize(200, 120);
    }
    mTabs->addTab(mActivations, QString());
    mTabs->addTab(mWeights, QString());
    mTabs->addTab(mScatter, QString());
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(mFacts);
    layout->addWidget(mTabs, 1);
    setWidget(body);
    retranslateUi();
    documentChanged();
}

void LayerNoiseDock::documentChanged()
{
    mModel.reset();
    mStats.reset();
    mLayer.clear();
    if (ModelDocument* doc = document()) {
        connect(doc, &ModelDocument::selectionChanged, this, [this](ModelDocument::Side side, const QStringList& ids) {
            if (side == ModelDocument::Side::Parsed && ids.size() == 1) showLayer(ids.first());
        });
        connect(doc, &ModelDocument::pipelineChanged, this, [this] {
            mModel.reset();
            mStats.reset();
            refresh();
        });
        connect(doc, &ModelDocument::noiseAnalyzed, this, &LayerNoiseDock::refresh);
        if (doc->selectionSide() == ModelDocument::Side::Parsed && doc->selection().size() == 1) mLayer = doc->selection().first();
    }
    refresh();
}

void LayerNoiseDock::retranslateUi()
{
    setWindowTitle(tr("Noise: layer"));
    mTabs->setTabText(0, tr("Activations"));
    mTabs->setTabText(1, tr("Weights"));
    mTabs->setTabText(2, tr("Native vs quantized"));
    refresh();
}

void LayerNoiseDock::showLayer(const QString& layer)
{
    mLayer = layer;
    refresh();
}

QString LayerNoiseDock::factsText() const { return mFacts->text(); }

const QuantizedModel* LayerNoiseDock::model()
{
    if (!mModel) {
        mModel.emplace();
        try {
            if (document() && document()->runner().hasModel() && document()->runner().state() != ModelState::Native &&
                document()->runner().har().metadata.contains("quantization"))
                mModel->emplace(document()->runner().quantizedModel());
        } catch (const Error& e) {
            qWarning("%s", e.what());
        }
    }
    return *mModel ? &**mModel : nullptr;
}

void LayerNoiseDock::refresh()
{
    ModelDocument* doc = document();
    const QuantizedModel* q = doc ? model() : nullptr;
    const LayerQuant* lq = nullptr;
    if (q)
        if (auto it = q->layers.find(mLayer.toStdString()); it != q->layers.end()) lq = &it->second;
    const LayerNoise* noise = nullptr;
    if (const NoiseReport* r = doc ? doc->noiseMeasurement() : nullptr)
        for (const LayerNoise& n : r->layers)
            if (toQ(n.layer) == mLayer) noise = &n;
    if (!lq) {
        mFacts->setText(!q ? tr("Optimize the model, then select a layer to see its ranges and noise.")
                           : tr("Select a layer (in the graph, the SNR chart or the table)."));
    } else {
        QString text = "<b>" + mLayer.toHtmlEscaped() + "</b>: " +
                       tr("%1-bit output").arg(lq->output.bits) + (lq->weightBits ? ", " + tr("%1-bit weights").arg(lq->weightBits) : QString());
        if (!lq->algorithms.empty()) {
            QStringList a;
            for (const auto& s : lq->algorithms) a << toQ(s);
            text += "; " + a.join(", ").toHtmlEscaped();
        }
        if (noise) {
            text += "<br>" + tr("SNR on the layer: %1 dB").arg(noise->onLayerSnrDb, 0, 'f', 1);
            if (!noise->outputSnrDb.empty()) text += "; " + tr("outputs with only this layer quantized: %1 dB").arg(noise->worstOutputSnrDb(), 0, 'f', 1);
            text += "<br>" + NoiseText::explanations(*noise).toHtmlEscaped().replace("\n", "<br>");
        }
        mFacts->setText(text);
    }
    drawActivations(lq, noise);
    drawWeights(lq);
    drawScatter(noise);
}

void LayerNoiseDock::drawActivations(const LayerQuant* q, const LayerNoise* noise)
{
    QChart* chart = newStudioChart(this);
    if (q && document()) {
        if (!mStats) {
            try {
                mStats = document()->runner().storedActivationStatistics();
            } catch (const Error& e) {
                qWarning("%s", e.what());
                mStats.emplace();
            }
        }
        auto s = std::find_if(mStats->begin(), mStats->end(), [&](const ActivationStats& a) { return toQ(a.layer) == mLayer; });
        if (s != mStats->end() && !s->histogram.empty()) {
            std::vector<double> counts(kBins, 0);
            for (size_t i = 0; i < s->histogram.size(); ++i) counts[i * kBins / s->histogram.size()] += double(s->histogram[i]);
            const double chosenLo = q->output.dequantize(q->output.qmin), chosenHi = q->output.dequantize(q->output.qmax);
            const double top = *std::max_element(counts.begin(), counts.end()) * 1.05 + 1;
            chart->addSeries(histogramSeries(counts, s->min, s->max, tr("float values (calibration)")));
            chart->addSeries(verticalLine(chosenLo, top, tr("chosen range"), QColor(210, 50, 40)));
            auto* hi = verticalLine(chosenHi, top, QString(), QColor(210, 50, 40));
            chart->addSeries(hi);
            const double lo = std::min(s->min, chosenLo), span = std::max(s->max, chosenHi) - lo;
            addAxes(chart, lo - span * 0.02, lo + span * 1.02, 0, top, tr("value"), tr("count"));
            chart->legend()->markers(hi).first()->setVisible(false);
            QString title = tr("%1 … %2 chosen of %3 … %4").arg(chosenLo, 0, 'g', 4).arg(chosenHi, 0, 'g', 4).arg(s->min, 0, 'g', 4).arg(s->max, 0, 'g', 4);
            if (noise) title += "; " + tr("clipped %1 %").arg(noise->clippedShare * 100, 0, 'f', 2);
            chart->setTitle(title);
        }
    }
    mActivations->setChart(chart);
}

void LayerNoiseDock::drawWeights(const LayerQuant* q)
{
    QChart* chart = newStudioChart(this);
    mClippedWeights = -1;
    const Layer* l = document() && document()->runner().hasModel() ? document()->graph().find(mLayer.toStdString()) : nullptr;
    if (q && l && q->weightBits && l->hasWeight("kernel") && !q->kernelScale.empty()) {
        const Tensor& k = l->weight("kernel");
        const auto [mn, mx] = std::minmax_element(k.data.begin(), k.data.end());
        const double lo = *mn, hi = *mx, span = hi > lo ? hi - lo : 1;
        const double qmax = std::pow(2.0, q->weightBits - 1) - 1;
        const size_t channels = q->kernelScale.size();
        std::vector<double> counts(kBins, 0), ranges;
        int64_t clipped = 0;
        for (size_t i = 0; i < k.data.size(); ++i) {
            ++counts[size_t(std::clamp((k.data[i] - lo) / span * kBins, 0.0, double(kBins - 1)))];
            clipped += std::fabs(k.data[i]) > q->kernelScale[i % channels] * (qmax + 0.5);
        }
        for (double s : q->kernelScale) ranges.push_back(s * qmax);
        mClippedWeights = k.data.empty() ? 0 : double(clipped) / double(k.data.size());
        const double widest = *std::max_element(ranges.begin(), ranges.end());
        std::nth_element(ranges.begin(), ranges.begin() + long(ranges.size() / 2), ranges.end());
        const double median = ranges[ranges.size() / 2];
        const double top = *std::max_element(counts.begin(), counts.end()) * 1.05 + 1;
        chart->addSeries(histogramSeries(counts, lo, hi, tr("float weights")));
        QList<QLineSeries*> marks{verticalLine(-widest, top, tr("widest channel's range"), QColor(210, 50, 40)),
                                  verticalLine(widest, top, QString(), QColor(210, 50, 40)),
                                  verticalLine(-median, top, tr("median channel's range"), QColor(240, 150, 30), Qt::DashLine),
                                  verticalLine(median, top, QString(), QColor(240, 150, 30), Qt::DashLine)};
        for (QLineSeries* m : marks) chart->addSeries(m);
        const double xlo = std::min(lo, -widest), xhi = std::max(hi, widest);
        addAxes(chart, xlo - (xhi - xlo) * 0.02, xhi + (xhi - xlo) * 0.02, 0, top, tr("weight"), tr("count"));
        for (int i : {1, 3}) chart->legend()->markers(marks[i]).first()->setVisible(false);
        chart->setTitle(tr("%1 channels, %2-bit; clipped %3 %").arg(channels).arg(q->weightBits).arg(mClippedWeights * 100, 0, 'f', 2));
    }
    mWeights->setChart(chart);
}

void LayerNoiseDock::drawScatter(const LayerNoise* noise)
{
    QChart* chart = newStudioChart(this);
    if (noise && !noise->scatter.empty()) {
        auto* points = new QScatterSeries;
        points->setName(tr("samples (native, quantized)"));
        points->setMarkerSize(5);
        float lo = noise->scatter.front().first, hi = lo;
        for (const auto& [a, b] : noise->scatter) {
            points->append(a, b);
            lo = std::min({lo, a, b});
            hi = std::max({hi, a, b});
        }
        auto* diagonal = new QLineSeries;
        diagonal->setName(tr("quantized = native"));
        diagonal->append(lo, lo);
        diagonal->append(hi, hi);
        diagonal->setPen(QPen(QColor(210, 50, 40), 1.5, Qt::DashLine));
        chart->addSeries(points);
        chart->addSeries(diagonal);
        const double pad = (hi - lo) * 0.03 + 1e-6;
        addAxes(chart, lo - pad, hi + pad, lo - pad, hi + pad, tr("native"), tr("quantized"));
        chart->setTitle(tr("%n sample(s), all layers quantized", "", int(noise->scatter.size())));
    } else if (document()) {
        chart->setTitle(tr("Optimize → Analyze noise samples each layer's values."));
    }
    mScatter->setChart(chart);
}

}  // namespace dfc::ui
