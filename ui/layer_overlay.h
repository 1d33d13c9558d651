#pragma once
// A number per layer drawn on the parsed graph as node colours, with a legend: the noise
// measurements (SNR on the layer, SNR at the outputs with it alone quantized) and the profiler's
// per-layer numbers (FPS, utilization, time per frame, power, context). Colours run from red
// (bad) through yellow to green; a categorical overlay (the context) gives each value its hue.
#include <QColor>
#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace dfc::ui {

class ModelDocument;

struct LayerOverlay {
    QString id;     ///< stable: "snr_on_layer", "snr_alone"
    QString title;  ///< translated, with its unit
    QHash<QString, double> values;  ///< by layer name; a layer without a value is drawn grey
    double bad = 0, good = 40;      ///< the ends of the colour scale (bad may exceed good)
    QString category;               ///< non-empty: values are categories named "<category> N" (%1: N)

    QColor colourOf(double value) const;
    static QColor missing() { return QColor(235, 235, 235); }
    /// The scale as rich text for a QLabel: the title, five steps, "not measured".
    QString legendHtml() const;
};

class LayerOverlays {
    Q_DECLARE_TR_FUNCTIONS(LayerOverlays)

public:
    /// What the document can draw now (empty before anything was measured), in menu order: the
    /// noise measurements, then the profiler report's per-layer numbers.
    static QList<LayerOverlay> of(const ModelDocument& doc);
};

}  // namespace dfc::ui
