#include "layer_fixes.h"

#include <QMenu>

#include "model_document.h"

namespace dfc::ui {

QString LayerFixes::line(Fix fix, const QString& layer)
{
    switch (fix) {
    case Fix::SixteenBit: return QString("quantization_param(%1, precision_mode=a16_w16)").arg(layer);
    case Fix::ClipActivations:
        return QString("pre_quantization_optimization(activation_clipping, layers=[%1], mode=percentile, "
                       "clipping_values=[0.01, 99.99])").arg(layer);
    case Fix::DisableEqualization:
        return QString("pre_quantization_optimization(equalization, layers=[%1], policy=disabled)").arg(layer);
    }
    return {};
}

QString LayerFixes::menuText(Fix fix)
{
    switch (fix) {
    case Fix::SixteenBit: return tr("16-bit for this layer");
    case Fix::ClipActivations: return tr("Clip activations at percentiles 0.01–99.99");
    case Fix::DisableEqualization: return tr("Disable equalization here");
    }
    return {};
}

void LayerFixes::addActions(QMenu& menu, ModelDocument* doc, const QString& layer, QWidget* owner)
{
    for (Fix fix : {Fix::SixteenBit, Fix::ClipActivations, Fix::DisableEqualization})
        menu.addAction(menuText(fix), owner, [doc, fix, layer] {
            doc->appendScriptLine(line(fix, layer), tr("%1: %2").arg(layer, menuText(fix)));
        });
    QAction* again = menu.addAction(tr("Re-optimize with the script"), owner, [doc] { doc->optimize(*doc->lastCalibration()); });
    again->setEnabled(doc->lastCalibration().has_value() && !doc->isBusy());
}

}  // namespace dfc::ui
