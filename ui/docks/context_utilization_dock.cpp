#include "docks/context_utilization_dock.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QVBoxLayout>

#include "chart_style.h"
#include "model_document.h"
#include "profile_charts.h"
#include "text_util.h"

namespace dfc::ui {

ContextUtilizationDock::ContextUtilizationDock(QWidget* parent) : DocumentDock("contextUtilizationDock", parent)
{
    auto* body = new QWidget(this);
    mSummary = new QLabel(body);
    mSummary->setWordWrap(true);
    mView = new QChartView(body);
    mView->setRenderHint(QPainter::Antialiasing);
    mView->setMinimumHeight(140);
    auto* layout = new QVBoxLayout(body);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(mSummary);
    layout->addWidget(mView, 1);
    setWidget(body);
    retranslateUi();
    documentChanged();
}

void ContextUtilizationDock::documentChanged()
{
    if (ModelDocument* doc = document()) connect(doc, &ModelDocument::profileFinished, this, &ContextUtilizationDock::rebuild);
    rebuild();
}

void ContextUtilizationDock::retranslateUi()
{
    setWindowTitle(tr("Contexts: utilization"));
    rebuild();
}

void ContextUtilizationDock::activateContext(int index)
{
    if (!document() || !document()->profileReport()) return;
    const QStringList layers = layersOfContext(*document()->profileReport(), index);
    if (!layers.isEmpty()) document()->select(ModelDocument::Side::Parsed, layers, "contextUtilization");
}

void ContextUtilizationDock::rebuild()
{
    const nlohmann::ordered_json* report = document() ? document()->profileReport() : nullptr;
    mContexts = 0;
    if (!report) {
        mSummary->setText(document() ? tr("Compile the model to see what fills each context (Compile → Compile and profile).") : QString());
        mView->setChart(newStudioChart(this));
        return;
    }
    QChart* chart = contextUtilizationChart(*report, this);
    chart->setTitle(QString());
    for (QAbstractSeries* series : chart->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (QBarSet* set : bars->barSets()) connect(set, &QBarSet::clicked, this, &ContextUtilizationDock::activateContext);
    mView->setChart(chart);
    QStringList parts;
    for (const auto& c : (*report)["contexts"]["items"]) {
        ++mContexts;
        parts << tr("context %1: %2 FPS, bottleneck %3")
                     .arg(c["index"].get<int>())
                     .arg(c["fps"].get<double>(), 0, 'f', 1)
                     .arg(toQ(c["bottleneck"].get<std::string>()));
    }
    mSummary->setText(tr("%n context(s) on %1 — click a context's bars to select its layers.", "", mContexts)
                          .arg(toQ((*report)["hw_arch"].get<std::string>())) +
                      "<br>" + parts.join("; "));
}

}  // namespace dfc::ui
