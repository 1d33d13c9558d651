#include "graph/graph_scene.h"

#include <QCryptographicHash>
#include <QFontMetrics>
#include <QMutex>
#include <memory>

#include "graph/graph_items.h"

namespace dfc::ui {
namespace {

constexpr double kNodeHeight = 40;

double nodeWidth(const SceneNode& n) { return NodeItem::widthFor(n.title, n.subtitle); }

/// Layouts are cached per graph (by a hash of nodes, sizes and edges) for the session.
QHash<QByteArray, GraphLayout>& layoutCache()
{
    static QHash<QByteArray, GraphLayout> cache;
    return cache;
}
QMutex& cacheMutex()
{
    static QMutex m;
    return m;
}

QByteArray keyOf(const LayoutRequest& r)
{
    QCryptographicHash h(QCryptographicHash::Sha1);
    for (const auto& n : r.nodes) h.addData(QByteArray::fromStdString(n.id + "|" + std::to_string(n.width) + ";"));
    for (const auto& [a, b] : r.edges) h.addData(QByteArray::fromStdString(a + ">" + b + ";"));
    return h.result();
}

GraphLayout cachedLayout(const LayoutRequest& r)
{
    const QByteArray key = keyOf(r);
    {
        QMutexLocker lock(&cacheMutex());
        if (auto it = layoutCache().constFind(key); it != layoutCache().constEnd()) return *it;
    }
    GraphLayout layout = layoutGraph(r);
    QMutexLocker lock(&cacheMutex());
    layoutCache().insert(key, layout);
    return layout;
}

}  // namespace

GraphScene::GraphScene(QObject* parent) : QGraphicsScene(parent), mLayoutJob(new Job(this)), mFillsChanged(new QTimer(this))
{
    mFillsChanged->setSingleShot(true);
    mFillsChanged->setInterval(30);
    connect(mFillsChanged, &QTimer::timeout, this, &GraphScene::fillsChanged);
    connect(mLayoutJob, &Job::failed, this, [this](const JobError& e) { emit layoutFailed(e.text); });
    connect(mLayoutJob, &Job::finished, this, [this] {
        if (mPending) startLayout();  // the graph changed while the previous layout ran
    });
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        if (!mSelectingByCode) emit selectionByUser(selectedIds());
    });
}

GraphScene::~GraphScene()
{
    // ~QGraphicsScene clears the items and would emit selectionChanged into our handlers after
    // this part of the object is gone; a layout still running must not report back either.
    blockSignals(true);
    delete mLayoutJob;
}

void GraphScene::setGraph(const QList<SceneNode>& nodes, const QList<QPair<QString, QString>>& edges)
{
    mNodes = nodes;
    mEdges = edges;
    clear();
    mItems.clear();
    mPending = true;
    emit layoutStarted(nodes.size());
    if (!mLayoutJob->isRunning()) startLayout();
}

void GraphScene::startLayout()
{
    mPending = false;
    LayoutRequest request;
    for (const SceneNode& n : mNodes) request.nodes.push_back({n.id.toStdString(), nodeWidth(n), kNodeHeight});
    for (const auto& [a, b] : mEdges) request.edges.emplace_back(a.toStdString(), b.toStdString());
    auto layout = std::make_shared<GraphLayout>();
    mLayoutJob->start(tr("Laying out"), [request, layout](const Progress&) { *layout = cachedLayout(request); },
                      [this, layout] {
                          if (mPending) return;  // a newer graph is waiting: this layout is stale
                          buildItems(*layout);
                          emit layoutFinished();
                      });
}

void GraphScene::buildItems(const GraphLayout& layout)
{
    clear();
    mItems.clear();
    for (const SceneNode& n : mNodes) {
        auto it = layout.nodes.find(n.id.toStdString());
        if (it == layout.nodes.end()) continue;
        auto* item = new NodeItem(n.id, n.title, n.subtitle, n.fill, QSizeF(it->second.width, it->second.height));
        item->setPos(it->second.x, it->second.y);
        item->setToolTip(n.tooltip);
        addItem(item);
        mItems.insert(n.id, item);
    }
    for (const auto& e : layout.edges) {
        QList<QPointF> pts;
        for (const auto& [x, y] : e.points) pts.append(QPointF(x, y));
        addItem(new EdgeItem(pts));
    }
    setSceneRect(QRectF(-20, -20, layout.width + 40, layout.height + 40));
}

QStringList GraphScene::selectedIds() const
{
    QStringList ids;
    for (QGraphicsItem* i : selectedItems())
        if (auto* n = dynamic_cast<NodeItem*>(i)) ids.append(n->id());
    ids.sort();
    return ids;
}

void GraphScene::selectIds(const QStringList& ids)
{
    mSelectingByCode = true;
    clearSelection();
    for (const QString& id : ids)
        if (NodeItem* n = mItems.value(id)) n->setSelected(true);
    mSelectingByCode = false;
}

void GraphScene::setFill(const QString& id, const QColor& fill)
{
    if (NodeItem* n = mItems.value(id)) n->setFill(fill);
    mFillsChanged->start();
}

void GraphScene::setOutline(const QString& id, const QColor& outline)
{
    if (NodeItem* n = mItems.value(id)) n->setOutline(outline);
    mFillsChanged->start();
}

QRectF GraphScene::itemsBoundingRectOf(const QStringList& ids) const
{
    QRectF r;
    for (const QString& id : ids)
        if (NodeItem* n = mItems.value(id)) r |= n->sceneBoundingRect();
    return r;
}

}  // namespace dfc::ui
