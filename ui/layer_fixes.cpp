#include "layer_fixes.h"

#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <algorithm>

#include "ir/activation.h"
#include "model_document.h"
#include "optimize_wizard.h"
#include "script/script_parser.h"

namespace dfc::ui {

QString LayerFixes::line(Fix fix, const QString& layer)
{
    switch (fix) {
    case Fix::SixteenBit: return QString("quantization_param(%1, precision_mode=a16_w16)").arg(layer);
    case Fix::ClipActivations:
        return QString("pre_quantization_optimization(activation_clipping, layers=[%1], mode=percentile, "
                       "clipping_values=[0.01, 99.99])").arg(layer);
    case Fix::ClipWeights:
        return QString("pre_quantization_optimization(weights_clipping, layers=[%1], mode=percentile, "
                       "clipping_values=[0, 99.9])").arg(layer);
    case Fix::DisableEqualization:
        return QString("pre_quantization_optimization(equalization, layers=[%1], policy=disabled)").arg(layer);
    }
    return {};
}

QString LayerFixes::outputActivationLine(const QString& layer, const QString& activation)
{
    return QString("change_output_activation(%1, %2)").arg(layer, activation);
}

QString LayerFixes::menuText(Fix fix)
{
    switch (fix) {
    case Fix::SixteenBit: return tr("16-bit for this layer");
    case Fix::ClipActivations: return tr("Clip activations at percentiles 0.01–99.99");
    case Fix::ClipWeights: return tr("Clip weights at the 99.9th percentile");
    case Fix::DisableEqualization: return tr("Disable equalization here");
    }
    return {};
}

void LayerFixes::addActions(QMenu& menu, ModelDocument* doc, const QString& layer, QWidget* owner)
{
    const Layer* l = doc->runner().hasModel() ? doc->graph().find(layer.toStdString()) : nullptr;
    for (Fix fix : {Fix::SixteenBit, Fix::ClipActivations, Fix::ClipWeights, Fix::DisableEqualization}) {
        if (fix == Fix::ClipWeights && !(l && l->hasWeight("kernel"))) continue;
        menu.addAction(menuText(fix), owner, [doc, fix, layer] {
            doc->appendScriptLine(line(fix, layer), tr("%1: %2").arg(layer, menuText(fix)));
        });
    }
    const bool feedsOutput = l && std::any_of(l->outputs.begin(), l->outputs.end(), [&](const std::string& o) {
        const Layer* next = doc->graph().find(o);
        return next && next->type() == "output_layer";
    });
    if (feedsOutput) {
        QMenu* change = menu.addMenu(tr("Change output activation"));
        for (const ActivationKind* a : ActivationRegistry::instance().all()) {
            const QString name = QString::fromStdString(a->name);
            change->addAction(name, owner, [doc, layer, name] {
                doc->appendScriptLine(outputActivationLine(layer, name), tr("%1: output activation %2").arg(layer, name));
            });
        }
    }
    menu.addSeparator();
    menu.addAction(tr("Raise the optimization level"), owner, [doc] { raiseOptimizationLevel(doc); });
    QAction* noisiest = menu.addAction(tr("16-bit for the noisiest layers…"), owner, [doc, owner] { askSixteenBitNoisiest(doc, owner); });
    noisiest->setEnabled(doc->noiseReport().has_value());
    QAction* again = menu.addAction(tr("Re-optimize with the script"), owner, [doc] { doc->optimize(*doc->lastCalibration()); });
    again->setEnabled(doc->lastCalibration().has_value() && !doc->isBusy());
}

void LayerFixes::raiseOptimizationLevel(ModelDocument* doc)
{
    int optimization = 0, compression = 0;
    try {
        const ModelScript script = interpretScript(parseScript(doc->modelScript().toStdString(), "script"), nullptr);
        optimization = script.quantization.optimizationLevel;
        compression = script.quantization.compressionLevel;
    } catch (const Error&) {
        // A script that does not parse keeps its text; the editor shows why.
    }
    if (optimization >= 4) return;
    doc->setModelScript(OptimizeWizard::withLevels(doc->modelScript(), optimization + 1, compression),
                        tr("Optimization level %1").arg(optimization + 1));
}

QStringList LayerFixes::sixteenBitNoisiest(ModelDocument* doc, double targetDb, double maxShare)
{
    QStringList layers;
    if (!doc->noiseReport()) return layers;
    for (const std::string& l : sixteenBitCandidates(*doc->noiseReport(), targetDb, maxShare)) layers << QString::fromStdString(l);
    if (!layers.isEmpty())
        doc->appendScriptLine(QString("quantization_param([%1], precision_mode=a16_w16)").arg(layers.join(", ")),
                              tr("16-bit for %n layer(s) under %1 dB", "", int(layers.size())).arg(targetDb));
    return layers;
}

void LayerFixes::askSixteenBitNoisiest(ModelDocument* doc, QWidget* parent)
{
    bool ok = false;
    const double target = QInputDialog::getDouble(parent, tr("16-bit for the noisiest layers"),
                                                  tr("Raise to 16 bits each layer whose quantization alone takes an output under "
                                                     "(dB; at most a quarter of the layers, worst first):"),
                                                  25, 0, 80, 1, &ok);
    if (!ok) return;
    const QStringList layers = sixteenBitNoisiest(doc, target, 0.25);
    if (layers.isEmpty())
        QMessageBox::information(parent, tr("16-bit for the noisiest layers"), tr("No layer alone takes an output under %1 dB.").arg(target));
}

}  // namespace dfc::ui
