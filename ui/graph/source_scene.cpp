#include "graph/source_scene.h"

#include <QCoreApplication>
#include <QMap>

#include "parse_reasons.h"
#include "style.h"
#include "text_util.h"

namespace dfc::ui {

SceneGraph sceneOfSource(const SourceGraph& src)
{
    SceneGraph out;
    QMap<QString, QString> producer;
    for (const SourceNode& n : src.nodes) {
        if (n.support == NodeSupport::Constant) continue;  // shape arithmetic would only clutter
        QString shape;
        if (!n.outputs.empty())
            if (auto it = src.shapes.find(n.outputs[0]); it != src.shapes.end()) shape = shapeText(it->second);
        QString tip = QString("%1 (%2)").arg(toQ(n.name), toQ(n.op));
        if (n.support == NodeSupport::Unsupported) tip += "\n" + ParseReasons::describe(n.reason);
        for (const auto& sub : n.subgraphs)
            tip += "\n" + QCoreApplication::translate("dfc::ui::ParseReviewWidget", "Subgraph %1: right-click to open")
                              .arg(toQ(sub.attribute));
        // The name first: it is what start/end nodes, the CLI and the framework call the node.
        const QString subtitle = shape.isEmpty() ? toQ(n.op) : toQ(n.op) + "  " + shape;
        out.nodes.append({toQ(n.name), n.name.empty() ? toQ(n.op) : toQ(n.name), subtitle, tip, Style::supported()});
        for (const auto& o : n.outputs) producer[toQ(o)] = toQ(n.name);
    }
    for (const SourceNode& n : src.nodes)
        for (const auto& in : n.inputs)
            if (producer.contains(toQ(in))) out.edges.append({producer[toQ(in)], toQ(n.name)});
    return out;
}

}  // namespace dfc::ui
