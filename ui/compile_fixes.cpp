#include "compile_fixes.h"

#include <QMenu>
#include <QStringList>

#include "layer_fixes.h"
#include "model_document.h"

namespace dfc::ui {
namespace {

const nlohmann::ordered_json* reportRow(const ModelDocument& doc, const QString& layer)
{
    const nlohmann::ordered_json* r = doc.profileReport();
    if (!r) return nullptr;
    for (const auto& l : (*r)["layers"])
        if (l.value("name", std::string()) == layer.toStdString()) return &l;
    return nullptr;
}

/// `script` with the layer's compilation_param line replaced by `line` (or `line` appended).
QString withLayerLine(const QString& script, const QString& layer, const QString& line)
{
    QStringList lines = script.split('\n');
    for (QString& l : lines) {
        const QString t = l.trimmed();
        if (t.startsWith("compilation_param(") && t.mid(18).section(',', 0, 0).trimmed() == layer) {
            l = line;
            return lines.join('\n');
        }
    }
    QString text = script;
    if (!text.isEmpty() && !text.endsWith('\n')) text += '\n';
    return text + line + '\n';
}

}  // namespace

QString CompileFixes::subclustersLine(const QString& layer, int subclusters)
{
    return QString("compilation_param(%1, number_of_subclusters=%2)").arg(layer).arg(subclusters);
}

int CompileFixes::moreSubclustersFor(const ModelDocument& doc, const QString& layer)
{
    const nlohmann::ordered_json* row = reportRow(doc, layer);
    if (!row || !doc.isStageAvailable(ModelDocument::Stage::Compiled)) return 0;
    const int now = row->value("subclusters", 0);
    // A defused layer's subclusters are its parts' (a_d0, a_d1): those lines name the parts. A
    // layer its output stream paces would not run faster on more subclusters.
    if (now <= 0 || row->value("parts", 1) > 1 || row->value("bound_by", std::string("compute")) != "compute") return 0;
    const int most = Runner::hwArchDescription(doc.hwArch().toStdString()).subclustersPerCluster;
    return now >= most ? 0 : std::min(2 * now, most);
}

bool CompileFixes::giveMoreSubclusters(ModelDocument* doc, const QString& layer)
{
    const int n = moreSubclustersFor(*doc, layer);
    if (n == 0 || doc->isBusy()) return false;
    doc->setModelScript(withLayerLine(doc->modelScript(), layer, subclustersLine(layer, n)),
                        tr("%1: %2 subclusters").arg(layer).arg(n));
    doc->compile();
    return true;
}

bool CompileFixes::sixteenBitAndRecompile(ModelDocument* doc, const QString& layer)
{
    if (!doc->lastCalibration() || doc->isBusy()) return false;
    doc->appendScriptLine(LayerFixes::line(LayerFixes::Fix::SixteenBit, layer),
                          tr("%1: %2").arg(layer, LayerFixes::menuText(LayerFixes::Fix::SixteenBit)));
    doc->optimizeThenCompile(*doc->lastCalibration());
    return true;
}

void CompileFixes::addActions(QMenu& menu, ModelDocument* doc, const QString& layer, QWidget* owner)
{
    if (!doc->profileReport() || !reportRow(*doc, layer)) return;
    menu.addSection(tr("What if (re-compiles)"));
    const int n = moreSubclustersFor(*doc, layer);
    QAction* more = menu.addAction(n > 0 ? tr("More subclusters for this layer (%1)").arg(n) : tr("More subclusters for this layer"),
                                   owner, [doc, layer] { giveMoreSubclusters(doc, layer); });
    more->setEnabled(n > 0 && !doc->isBusy());
    if (n == 0)
        more->setToolTip(reportRow(*doc, layer)->value("bound_by", std::string()) == "compute"
                             ? tr("It has none, is split into parts, or has a cluster's worth already.")
                             : tr("Its output stream, not its MACs, sets its pace: more subclusters would not make it faster."));
    QAction* sixteen = menu.addAction(tr("16-bit here (re-optimizes, then compiles)"), owner,
                                      [doc, layer] { sixteenBitAndRecompile(doc, layer); });
    sixteen->setEnabled(doc->lastCalibration().has_value() && !doc->isBusy());
    QAction* again = menu.addAction(tr("Re-compile with the script"), owner, [doc] { doc->compile(); });
    again->setEnabled(!doc->isBusy());
}

}  // namespace dfc::ui
