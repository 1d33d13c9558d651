#pragma once
// A node's subgraph (If's branches, Loop's body) in its own window: the graph as written, for
// reading; the accelerator has no control flow, so nothing in it is parsed. Nested subgraphs
// open the same way (right-click a node).
#include <QDialog>
#include <memory>

#include "ir/source_graph.h"

class QMenu;

namespace dfc::ui {

class GraphScene;
class GraphView;

class SubgraphDialog : public QDialog {
    Q_OBJECT

public:
    SubgraphDialog(const QString& owner, const SourceSubgraph& subgraph, QWidget* parent = nullptr);
    GraphScene* scene() const { return mScene; }
    /// "Open subgraph …" per subgraph of `node`; each opens a window owned by `parent`.
    static void addOpenActions(QMenu& menu, const SourceNode& node, QWidget* parent);

private:
    void showNodeMenu(const QString& id, const QPoint& pos);

    std::shared_ptr<const SourceGraph> mGraph;
    GraphScene* mScene;
    GraphView* mView;
};

}  // namespace dfc::ui
