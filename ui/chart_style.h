#pragma once
// The Studio's charts (Qt Charts) start alike: legend below, the dark theme on a dark palette.
#include <QChart>
#include <QLegend>
#include <QWidget>

namespace dfc::ui {

inline QChart* newStudioChart(const QWidget* owner)
{
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignRight);  // docks are wider than tall: the plot keeps the height
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setBackgroundRoundness(0);
    if (owner->palette().color(QPalette::Window).lightness() < 128) chart->setTheme(QChart::ChartThemeDark);
    return chart;
}

}  // namespace dfc::ui
