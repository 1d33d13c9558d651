#include "layer_overlay.h"

#include <algorithm>
#include <cmath>

#include "model_document.h"
#include "text_util.h"

namespace dfc::ui {

QColor LayerOverlay::colourOf(double value) const
{
    if (!std::isfinite(value) || bad == good) return missing();
    const double t = std::clamp((value - bad) / (good - bad), 0.0, 1.0);
    // Red → yellow → green in hue, light enough for the node titles to stay readable.
    return QColor::fromHsvF(float(t * 0.33), 0.55f, 0.97f);
}

QString LayerOverlay::legendHtml() const
{
    QString html = "<b>" + title.toHtmlEscaped() + "</b>&nbsp;&nbsp;";
    for (int i = 0; i <= 4; ++i) {
        const double v = bad + (good - bad) * i / 4.0;
        QString label = QString::number(v, 'f', 0);
        if (i == 0) label = (bad < good ? "≤ " : "≥ ") + label;
        if (i == 4) label = (bad < good ? "≥ " : "≤ ") + label;
        html += QString("<span style='color:%1; font-size:large'>&#9632;</span>&nbsp;%2&nbsp;&nbsp;&nbsp;").arg(colourOf(v).name(), label);
    }
    html += QString("<span style='color:%1; font-size:large'>&#9632;</span>&nbsp;%2")
                .arg(missing().darker(110).name(), LayerOverlays::tr("not measured").toHtmlEscaped());
    return html;
}

QList<LayerOverlay> LayerOverlays::of(const ModelDocument& doc)
{
    QList<LayerOverlay> out;
    const NoiseReport* noise = doc.noiseMeasurement();
    if (!noise) return out;
    LayerOverlay onLayer{"snr_on_layer", tr("SNR on the layer, all layers quantized (dB)"), {}, 0, 40};
    LayerOverlay alone{"snr_alone", tr("Output SNR with only this layer quantized (dB)"), {}, 10, 50};
    for (const LayerNoise& n : noise->layers) {
        onLayer.values.insert(toQ(n.layer), n.onLayerSnrDb);
        if (!n.outputSnrDb.empty()) alone.values.insert(toQ(n.layer), n.worstOutputSnrDb());
    }
    out.append(onLayer);
    if (!alone.values.isEmpty()) out.append(alone);
    return out;
}

}  // namespace dfc::ui
