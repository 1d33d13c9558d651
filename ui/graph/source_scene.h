#pragma once
// A source model (or one of its subgraphs) as scene nodes and edges: the original-graph side of
// the parse review and the subgraph viewer draw it the same way.
#include <QList>
#include <QPair>
#include <QString>

#include "graph/graph_scene.h"
#include "ir/source_graph.h"

namespace dfc::ui {

struct SceneGraph {
    QList<SceneNode> nodes;
    QList<QPair<QString, QString>> edges;
};

/// Every node but folded constants, titled by name with operator and shape below; the tooltip
/// says why an unsupported node is unsupported and which subgraphs a node holds.
SceneGraph sceneOfSource(const SourceGraph& source);

}  // namespace dfc::ui
