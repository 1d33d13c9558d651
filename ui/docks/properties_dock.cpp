#include "docks/properties_dock.h"

#include <QTextBrowser>

#include "ir/layer_kind.h"
#include "binary_text.h"
#include "model_document.h"
#include "parse_reasons.h"
#include "text_util.h"

namespace dfc::ui {
namespace {


/// Attributes as a two-column table; arrays stay on one line.
QString attributeTable(const nlohmann::json& attributes)
{
    if (!attributes.is_object() || attributes.empty()) return {};
    QString html = "<table cellspacing='0' cellpadding='2'>";
    for (auto it = attributes.begin(); it != attributes.end(); ++it) {
        const std::string value = it.value().is_string() ? it.value().get<std::string>() : it.value().dump();
        html += QString("<tr><td><i>%1</i></td><td>%2</td></tr>").arg(toQ(it.key()).toHtmlEscaped(), toQ(value).toHtmlEscaped());
    }
    return html + "</table>";
}

}  // namespace

PropertiesDock::PropertiesDock(QWidget* parent) : DocumentDock("propertiesDock", parent), mView(new QTextBrowser)
{
    mView->setObjectName("propertiesView");
    setWidget(mView);
    retranslateUi();
}

QString PropertiesDock::text() const { return mView->toPlainText(); }

void PropertiesDock::documentChanged()
{
    mView->clear();
    ModelDocument* doc = document();
    if (!doc) return;
    connect(doc, &ModelDocument::selectionChanged, this, &PropertiesDock::describeSelection);
    connect(doc, &ModelDocument::parseFinished, this, &PropertiesDock::describeSelection);
    connect(doc, &ModelDocument::pipelineChanged, this, &PropertiesDock::describeSelection);  // a new binary after a compile
    describeSelection();
}

void PropertiesDock::retranslateUi()
{
    setWindowTitle(tr("Properties"));
    describeSelection();
}

void PropertiesDock::describeSelection()
{
    ModelDocument* doc = document();
    if (!doc) return;
    const QStringList ids = doc->selection();
    if (ids.isEmpty()) {
        QString html = "<i>" + tr("Select a node or a layer to see its properties.").toHtmlEscaped() + "</i>";
        if (const HefInfo* binary = doc->binaryInfo()) html += "<br><br>" + BinaryText::describeBinary(*binary);
        mView->setHtml(html);
        return;
    }
    if (ids.size() > 1) {
        mView->setHtml(tr("%n selected", "", int(ids.size())).toHtmlEscaped() + "<br>" + ids.join(", ").toHtmlEscaped());
        return;
    }
    const QString html = doc->selectionSide() == ModelDocument::Side::Original ? describeNode(ids[0]) : describeLayer(ids[0]);
    if (!html.isEmpty()) mView->setHtml(html);
}

QString PropertiesDock::describeNode(const QString& name) const
{
    const ModelDocument* doc = document();
    const SourceNode* n = doc->source().node(name.toStdString());
    if (!n) return {};
    QString html = QString("<b>%1</b><br>%2: %3<br>").arg(name.toHtmlEscaped(), tr("Operator"), toQ(n->op));
    auto tensors = [&](const QString& label, const std::vector<std::string>& list) {
        html += QString("<br><b>%1</b><br>").arg(label);
        for (const auto& t : list) {
            auto it = doc->source().shapes.find(t);
            html += toQ(t).toHtmlEscaped() + (it != doc->source().shapes.end() ? " [" + shapeText(it->second) + "]" : "") + "<br>";
        }
    };
    tensors(tr("Inputs"), n->inputs);
    tensors(tr("Outputs"), n->outputs);
    if (!n->attributes.empty()) html += "<br><b>" + tr("Attributes") + "</b>" + attributeTable(n->attributes);
    for (const SourceSubgraph& sub : n->subgraphs)
        html += "<br><b>" + tr("Subgraph %1").arg(toQ(sub.attribute)).toHtmlEscaped() + ":</b> " +
                tr("%n node(s); right-click the node to open it", "", int(sub.graph->nodes.size()));
    if (n->support == NodeSupport::Unsupported)
        html += "<br><b>" + tr("Not supported") + ":</b> " + ParseReasons::describe(n->reason).toHtmlEscaped();
    QStringList layers;
    for (const Layer* l : doc->graph().layers())
        if (std::find(l->originalNames.begin(), l->originalNames.end(), n->name) != l->originalNames.end()) layers.append(toQ(l->name));
    html += "<br><b>" + tr("Layers") + ":</b> " + layers.join(", ").toHtmlEscaped();
    return html;
}

QString PropertiesDock::describeLayer(const QString& name) const
{
    const Layer* l = document()->graph().find(name.toStdString());
    if (!l) return {};
    QString html = QString("<b>%1</b><br>%2: %3<br>").arg(name.toHtmlEscaped(), tr("Type"), toQ(l->type()));
    for (const auto& s : l->inputShapes) html += tr("Input") + ": [-1," + shapeText(s) + "]<br>";
    for (const auto& s : l->outputShapes) html += tr("Output") + ": [-1," + shapeText(s) + "]<br>";
    html += tr("Parameters") + ": " + QString::number(layerParams(*l)) + "<br>";
    html += tr("MACs") + ": " + QString::number(layerMacs(*l)) + "<br>";
    for (const auto& [key, t] : l->weights) html += toQ(key) + ": " + toQ(shapeToString(t.shape)) + "<br>";
    if (!l->params.empty()) html += "<br><b>" + tr("Attributes") + "</b>" + attributeTable(l->params);
    QStringList originals;
    for (const auto& o : l->originalNames) originals.append(toQ(o));
    html += "<br><b>" + tr("Original nodes") + ":</b> " + originals.join(", ").toHtmlEscaped();
    if (const HefInfo* binary = document()->binaryInfo())
        for (const auto* list : {&binary->inputs, &binary->outputs})
            for (const HefStream& s : *list)
                if (s.layer == l->name) html += "<br><br>" + BinaryText::describeStream(s);
    return html;
}

}  // namespace dfc::ui
