#include "subgraph_dialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QMenu>
#include <QVBoxLayout>

#include "graph/graph_scene.h"
#include "graph/graph_view.h"
#include "graph/source_scene.h"
#include "text_util.h"

namespace dfc::ui {

SubgraphDialog::SubgraphDialog(const QString& owner, const SourceSubgraph& subgraph, QWidget* parent)
    : QDialog(parent), mGraph(subgraph.graph), mScene(new GraphScene(this))
{
    setObjectName("subgraphDialog");
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("%1 — %2").arg(owner, toQ(subgraph.attribute)));
    mView = new GraphView(mScene, this);
    auto* about = new QLabel(tr("Subgraph <b>%1</b> of <b>%2</b>: %n node(s), shown as written. The accelerator "
                                "has no control flow, so a node holding subgraphs runs on the host.",
                                "", int(mGraph->nodes.size()))
                                 .arg(toQ(subgraph.attribute).toHtmlEscaped(), owner.toHtmlEscaped()),
                             this);
    about->setWordWrap(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(about);
    layout->addWidget(mView, 1);
    layout->addWidget(buttons);
    const SceneGraph graph = sceneOfSource(*mGraph);
    mScene->setGraph(graph.nodes, graph.edges);
    connect(mScene, &GraphScene::layoutFinished, mView, &GraphView::showStart);
    connect(mView, &GraphView::contextMenuOnNode, this, &SubgraphDialog::showNodeMenu);
    resize(720, 640);
}

void SubgraphDialog::addOpenActions(QMenu& menu, const SourceNode& node, QWidget* parent)
{
    const QString owner = toQ(node.name);
    for (const SourceSubgraph& sub : node.subgraphs)
        menu.addAction(tr("Open subgraph %1 (%n node(s))", "", int(sub.graph->nodes.size())).arg(toQ(sub.attribute)),
                       parent, [owner, sub, parent] { (new SubgraphDialog(owner, sub, parent))->show(); });
}

void SubgraphDialog::showNodeMenu(const QString& id, const QPoint& pos)
{
    const SourceNode* n = mGraph->node(id.toStdString());
    if (!n || n->subgraphs.empty()) return;
    QMenu menu;
    addOpenActions(menu, *n, this);
    menu.exec(pos);
}

}  // namespace dfc::ui
