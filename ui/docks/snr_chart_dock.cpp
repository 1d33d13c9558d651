#include "docks/snr_chart_dock.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QLabel>
#include <QLineSeries>
#include <QMenu>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <QVBoxLayout>
#include <algorithm>

#include "layer_fixes.h"
#include "chart_style.h"
#include "model_document.h"
#include "style.h"
#include "text_util.h"

namespace dfc::ui {

SnrChartDock::SnrChartDock(QWidget* parent) : DocumentDock("snrChartDock", parent)
{
    auto* body = new QWidget(this);
    mOutput = new QComboBox(body);
    mOutput->setObjectName("snrOutput");
    mSummary = new QLabel(body);
    mSummary->setWordWrap(true);
    mView = new QChartView(body);
    mView->setRenderHint(QPainter::Antialiasing);
    mView->setMinimumHeight(120);
    mView->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(mView, &QWidget::customContextMenuRequested, this, &SnrChartDock::showMenu);
    auto* top = new QHBoxLayout;
    top->addWidget(mSummary, 1);
    top->addWidget(mOutput);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(top);
    layout->addWidget(mView, 1);
    setWidget(body);
    connect(mOutput, &QComboBox::currentIndexChanged, this, [this] { rebuild(); });
    retranslateUi();
    documentChanged();
}

int SnrChartDock::noisyBars() const
{
    return int(std::count_if(mValues.begin(), mValues.end(), [](double v) { return v < kNoisyDb; }));
}

void SnrChartDock::activateBar(int index)
{
    if (document() && index >= 0 && index < mLayers.size())
        document()->select(ModelDocument::Side::Parsed, {mLayers.at(index)}, "snrChart");
}

void SnrChartDock::documentChanged()
{
    if (ModelDocument* doc = document()) {
        connect(doc, &ModelDocument::noiseAnalyzed, this, &SnrChartDock::rebuild);
        connect(doc, &ModelDocument::pipelineChanged, this, &SnrChartDock::rebuild);
        connect(doc, &ModelDocument::runsChanged, this, &SnrChartDock::rebuild);
    }
    rebuild();
}

void SnrChartDock::retranslateUi()
{
    setWindowTitle(tr("Noise: SNR per layer"));
    rebuild();
}

void SnrChartDock::rebuild()
{
    const NoiseReport* noise = document() ? document()->noiseMeasurement() : nullptr;
    mLayers.clear();
    mValues.clear();
    QChart* chart = newStudioChart(this);
    if (!noise) {
        mSummary->setText(document() ? tr("Optimize the model to measure its noise (Optimize → Optimize…).") : QString());
        mOutput->setVisible(false);
        mView->setChart(chart);
        return;
    }
    const bool perLayer = !noise->layers.empty() && !noise->layers.front().outputSnrDb.empty();
    // The output chooser follows the report (kept while it is the same list).
    QStringList outputs{tr("worst output")};
    for (const std::string& o : noise->outputs) outputs << toQ(o);
    if (mOutput->count() != outputs.size() || mOutput->itemText(mOutput->count() - 1) != outputs.last()) {
        const QSignalBlocker block(mOutput);
        mOutput->clear();
        mOutput->addItems(outputs);
    }
    mOutput->setVisible(perLayer && noise->outputs.size() > 1);
    const int output = mOutput->currentIndex() - 1;  // -1: the worst
    auto barValue = [&](const LayerNoise& n) {
        if (!perLayer) return n.onLayerSnrDb;
        return output >= 0 && output < int(n.outputSnrDb.size()) ? n.outputSnrDb[size_t(output)] : n.worstOutputSnrDb();
    };
    // Many layers: the worst kMaxBars, still in graph order.
    std::vector<const LayerNoise*> shown;
    for (const LayerNoise& n : noise->layers) shown.push_back(&n);
    if (shown.size() > size_t(kMaxBars)) {
        std::vector<const LayerNoise*> worst = shown;
        std::nth_element(worst.begin(), worst.begin() + kMaxBars, worst.end(),
                         [&](const LayerNoise* a, const LayerNoise* b) { return barValue(*a) < barValue(*b); });
        const double cut = barValue(*worst[kMaxBars]);
        std::erase_if(shown, [&](const LayerNoise* n) { return barValue(*n) >= cut; });
    }
    // (legend labels are rich text: no bare '<')
    auto* fine = new QBarSet(tr("%1 dB or more").arg(kNoisyDb));
    auto* noisy = new QBarSet(tr("under %1 dB").arg(kNoisyDb));
    fine->setColor(QColor(70, 130, 180));
    noisy->setColor(QColor(210, 50, 40));
    auto* ownLine = new QLineSeries;
    ownLine->setName(tr("on the layer, all quantized"));
    ownLine->setColor(QColor(240, 150, 30));
    QStringList categories;
    double top = 0, bottom = 0;
    for (const LayerNoise* n : shown) {
        const double v = std::min(barValue(*n), kSnrCapDb);
        mLayers << toQ(n->layer);
        mValues << v;
        categories << toQ(n->layer);
        *fine << (v >= kNoisyDb ? v : 0);
        *noisy << (v < kNoisyDb ? v : 0);
        ownLine->append(double(categories.size() - 1), std::min(n->onLayerSnrDb, kSnrCapDb));
        top = std::max({top, v, std::min(n->onLayerSnrDb, kSnrCapDb)});
        bottom = std::min(bottom, v);
    }
    auto* bars = new QStackedBarSeries;
    bars->append(fine);
    bars->append(noisy);
    for (QBarSet* set : {fine, noisy}) {
        connect(set, &QBarSet::clicked, this, &SnrChartDock::activateBar);
        connect(set, &QBarSet::hovered, this, [this](bool on, int index) {
            mHovered = on ? index : -1;
            if (on && index < mLayers.size())
                mView->setToolTip(tr("%1: %2 dB — right-click for fixes").arg(mLayers[index]).arg(mValues[index], 0, 'f', 1));
        });
    }
    bars->setName(perLayer ? tr("output SNR, only this layer quantized") : tr("SNR on the layer"));
    chart->addSeries(bars);
    auto* x = new QBarCategoryAxis;
    x->append(categories);
    x->setLabelsAngle(-90);
    x->setLabelsVisible(categories.size() <= 80);
    auto* y = new QValueAxis;
    // A layer that breaks the outputs alone can reach -150 dB; the axis stops at -40 so the
    // others stay readable (the tooltip and the table give the number).
    y->setRange(std::max(-40.0, std::floor(bottom / 10) * 10), std::ceil((top + 5) / 10) * 10);
    y->setTitleText(tr("dB"));
    y->setTickCount(3);
    y->setLabelFormat("%.0f");
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    bars->attachAxis(x);
    bars->attachAxis(y);
    if (perLayer) {
        chart->addSeries(ownLine);
        ownLine->attachAxis(x);
        ownLine->attachAxis(y);
    } else {
        delete ownLine;
    }
    mView->setChart(chart);  // the view owns the chart; the previous one is deleted with its series
    QStringList full;
    for (size_t i = 0; i < noise->outputs.size(); ++i)
        full << QString("%1 %2 dB").arg(toQ(noise->outputs[i])).arg(noise->fullOutputSnrDb[i], 0, 'f', 1);
    QString text = tr("All layers quantized: %1.").arg(full.join(", "));
    if (perLayer) text += " " + tr("%n layer(s) alone take an output under %1 dB.", "", noisyBars()).arg(kNoisyDb);
    else text += " " + tr("Optimize → Analyze noise measures each layer alone.");
    if (int(noise->layers.size()) > mLayers.size()) text += " " + tr("The worst %1 of %2 layers are drawn.").arg(mLayers.size()).arg(noise->layers.size());
    mSummary->setText(text);
}

void SnrChartDock::showMenu(const QPoint& pos)
{
    if (!document() || mHovered < 0 || mHovered >= mLayers.size()) return;
    QMenu menu;
    const QString layer = mLayers.at(mHovered);
    menu.addSection(layer);
    LayerFixes::addActions(menu, document(), layer, this);
    menu.exec(mView->mapToGlobal(pos));
}

}  // namespace dfc::ui
