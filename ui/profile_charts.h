#pragma once
// The profiler report's charts (Qt Charts), each built from the report JSON alone so the report
// view, the per-context dock and a comparison draw the same thing: per-context utilization, the
// per-layer FPS with the bottlenecks marked, the batch-size sweep, the context timeline of one
// batch, and the host bytes per context.
#include <QChart>

#include <nlohmann/json.hpp>

class QWidget;

namespace dfc::ui {

/// The utilization keys of a context in the report, in the order the charts draw them.
struct UtilizationKey {
    const char* key;  ///< "control", "compute", …
    QString label;    ///< translated: "LCUs", "subclusters", …
    QColor colour;
};
QList<UtilizationKey> utilizationKeys();

/// Why `layer` runs at its pace, from its report row: "compute: 19.3 M MACs on 5 subclusters,
/// lanes 100 % used", "APU output: 1 part", …; empty when the report does not say.
QString paceReason(const nlohmann::ordered_json& report, const std::string& layer);

/// The layers the report places in context `index`, in report order.
QStringList layersOfContext(const nlohmann::ordered_json& report, int index);

/// Grouped bars per context (LCUs, subclusters, APUs, input aligners, L3 memory) in percent of
/// the context, with the compute cap as a dashed line. Bar sets are in utilizationKeys() order.
QChart* contextUtilizationChart(const nlohmann::ordered_json& report, const QWidget* owner);
/// One bar per layer (graph order) of its FPS; each context's bottleneck in red. Capped at
/// `maxBars` (the slowest kept, in order); `layers` receives the names drawn.
QChart* layerFpsChart(const nlohmann::ordered_json& report, const QWidget* owner, QStringList* layers = nullptr, int maxBars = 200);
/// FPS and power against the batch size.
QChart* batchSweepChart(const nlohmann::ordered_json& report, const QWidget* owner);
/// One batch of 8 through the contexts: config, weights, inference, drain, transfers per context.
QChart* contextTimelineChart(const nlohmann::ordered_json& report, const QWidget* owner);
/// The first `frames` frames at batch 1, each from entering the device to leaving it: a frame
/// enters every 1 / FPS and takes the latency, so overlapping bars show the pipeline.
QChart* frameLatencyChart(const nlohmann::ordered_json& report, const QWidget* owner, int frames = 4);
/// Bytes per frame over the host link per context: inputs, outputs, DDR portals, weights.
QChart* contextBandwidthChart(const nlohmann::ordered_json& report, const QWidget* owner);

}  // namespace dfc::ui
