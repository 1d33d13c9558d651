#pragma once
// A node graph on a QGraphicsScene. The caller describes nodes (id, two text lines, colour,
// tooltip) and edges; the layout runs with Graphviz as a Job (a worker thread) and is cached per
// graph, so the UI never blocks; the newest graph wins. Selection is by node id.
#include <QColor>
#include <QGraphicsScene>
#include <QHash>
#include <QTimer>

#include "io/graph_layout.h"
#include "job.h"

namespace dfc::ui {

struct SceneNode {
    QString id, title, subtitle, tooltip;
    QColor fill;
};

class NodeItem;

class GraphScene : public QGraphicsScene {
    Q_OBJECT
public:
    explicit GraphScene(QObject* parent = nullptr);
    ~GraphScene() override;

    /// Replaces the graph; the items appear when the layout is done (layoutFinished).
    void setGraph(const QList<SceneNode>& nodes, const QList<QPair<QString, QString>>& edges);
    bool isLayingOut() const { return mLayoutJob->isRunning() || mPending; }
    int nodeCount() const { return mItems.size(); }

    NodeItem* item(const QString& id) const { return mItems.value(id); }
    QStringList selectedIds() const;
    /// Selects exactly these nodes (unknown ids are ignored); does not emit selectionByUser.
    void selectIds(const QStringList& ids);
    void setFill(const QString& id, const QColor& fill);
    void setOutline(const QString& id, const QColor& outline);  ///< invalid colour: none
    QRectF itemsBoundingRectOf(const QStringList& ids) const;

signals:
    void layoutStarted(int nodes);
    void layoutFinished();
    void layoutFailed(const QString& message);
    void selectionByUser(const QStringList& ids);  ///< selection changed by a click, not by code
    void fillsChanged();  ///< node colours changed (once per burst of setFill/setOutline calls)

private:
    void startLayout();
    void buildItems(const GraphLayout& layout);

    QList<SceneNode> mNodes;
    QList<QPair<QString, QString>> mEdges;
    QHash<QString, NodeItem*> mItems;
    Job* mLayoutJob;
    QTimer* mFillsChanged;  ///< coalesces a recolouring of every node into one signal
    bool mPending = false;  ///< a graph waits for its layout
    bool mSelectingByCode = false;
};

}  // namespace dfc::ui
