#include "layer_overlay.h"

#include <algorithm>
#include <cmath>

#include "model_document.h"
#include "text_util.h"

namespace dfc::ui {

QColor LayerOverlay::colourOf(double value) const
{
    if (!category.isEmpty() && std::isfinite(value))
        return QColor::fromHsvF(float(std::fmod(0.58 + 0.618034 * value, 1.0)), 0.45f, 0.95f);  // golden-ratio hues
    if (!std::isfinite(value) || bad == good) return missing();
    const double t = std::clamp((value - bad) / (good - bad), 0.0, 1.0);
    // Red → yellow → green in hue, light enough for the node titles to stay readable.
    return QColor::fromHsvF(float(t * 0.33), 0.55f, 0.97f);
}

QString LayerOverlay::legendHtml() const
{
    QString html = "<b>" + title.toHtmlEscaped() + "</b>&nbsp;&nbsp;";
    if (!category.isEmpty()) {
        QList<int> seen;
        for (double v : values)
            if (!seen.contains(int(v))) seen << int(v);
        std::sort(seen.begin(), seen.end());
        for (int v : seen)
            html += QString("<span style='color:%1; font-size:large'>&#9632;</span>&nbsp;%2&nbsp;&nbsp;&nbsp;")
                        .arg(colourOf(v).name(), category.arg(v).toHtmlEscaped());
        return html;
    }
    for (int i = 0; i <= 4; ++i) {
        const double v = bad + (good - bad) * i / 4.0;
        QString label = QString::number(v, 'g', 3);
        if (i == 0) label = (bad < good ? "≤ " : "≥ ") + label;
        if (i == 4) label = (bad < good ? "≥ " : "≤ ") + label;
        html += QString("<span style='color:%1; font-size:large'>&#9632;</span>&nbsp;%2&nbsp;&nbsp;&nbsp;").arg(colourOf(v).name(), label);
    }
    html += QString("<span style='color:%1; font-size:large'>&#9632;</span>&nbsp;%2")
                .arg(missing().darker(110).name(), LayerOverlays::tr("not measured").toHtmlEscaped());
    return html;
}

namespace {

void addNoiseOverlays(const NoiseReport& noise, QList<LayerOverlay>& out)
{
    LayerOverlay onLayer{"snr_on_layer", LayerOverlays::tr("SNR on the layer, all layers quantized (dB)"), {}, 0, 40, {}};
    LayerOverlay alone{"snr_alone", LayerOverlays::tr("Output SNR with only this layer quantized (dB)"), {}, 10, 50, {}};
    for (const LayerNoise& n : noise.layers) {
        onLayer.values.insert(toQ(n.layer), n.onLayerSnrDb);
        if (!n.outputSnrDb.empty()) alone.values.insert(toQ(n.layer), n.worstOutputSnrDb());
    }
    out.append(onLayer);
    if (!alone.values.isEmpty()) out.append(alone);
}

/// The profiler's per-layer numbers as overlays: where a layer is slow, busy, costly.
void addProfileOverlays(const nlohmann::ordered_json& report, QList<LayerOverlay>& out)
{
    LayerOverlay fps{"fps", LayerOverlays::tr("FPS of the layer alone"), {}, 0, 1, {}};
    LayerOverlay utilization{"utilization", LayerOverlays::tr("Utilization: the context's rate over the layer's (1 = the bottleneck)"),
                             {}, 1, 0, {}};
    LayerOverlay frame{"frame_ms", LayerOverlays::tr("Time per frame (ms)"), {}, 0, 0, {}};
    LayerOverlay power{"power_w", LayerOverlays::tr("Power (W)"), {}, 0, 0, {}};
    LayerOverlay context{"context", LayerOverlays::tr("Context"), {}, 0, 0, LayerOverlays::tr("context %1")};
    double slowest = INFINITY;
    for (const auto& l : report["layers"]) {
        const QString name = toQ(l["name"].get<std::string>());
        context.values.insert(name, l.value("context", 0));
        if (l.value("fps", 0.0) <= 0) continue;  // pure data movement: no rate of its own
        fps.values.insert(name, l["fps"].get<double>());
        utilization.values.insert(name, l.value("utilization", 0.0));
        frame.values.insert(name, l.value("frame_ms", 0.0));
        power.values.insert(name, l.value("power_w", 0.0));
        slowest = std::min(slowest, l["fps"].get<double>());
        frame.bad = std::max(frame.bad, l.value("frame_ms", 0.0));
        power.bad = std::max(power.bad, l.value("power_w", 0.0));
    }
    if (fps.values.isEmpty()) return;
    // Red at the slowest layer, green from four times its rate: what would not be the bottleneck soon.
    fps.bad = slowest;
    fps.good = 4 * slowest;
    out << fps << utilization << frame << power << context;
}

}  // namespace

QList<LayerOverlay> LayerOverlays::of(const ModelDocument& doc)
{
    QList<LayerOverlay> out;
    if (const NoiseReport* noise = doc.noiseMeasurement()) addNoiseOverlays(*noise, out);
    if (const nlohmann::ordered_json* report = doc.profileReport()) addProfileOverlays(*report, out);
    return out;
}

}  // namespace dfc::ui
