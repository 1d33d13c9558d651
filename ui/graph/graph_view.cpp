#include "graph/graph_view.h"

#include <QContextMenuEvent>
#include <QMouseEvent>
#include <QResizeEvent>
#include <QPainter>
#include <QWheelEvent>

#include "graph/graph_items.h"
#include "graph/graph_scene.h"

namespace dfc::ui {
namespace {
constexpr double kOverviewZoom = 0.05;  ///< nodes 2–10 px: the farthest out that still shows them
}  // namespace

GraphView::GraphView(GraphScene* scene, QWidget* parent) : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(BoundingRectViewportUpdate);
    setCacheMode(CacheBackground);
    mMiniMap = new MiniMap(this);
    mMiniMap->hide();  // until there is a graph to show
    connect(scene, &GraphScene::layoutFinished, this, &GraphView::showStart);
    connect(scene, &GraphScene::layoutFinished, mMiniMap, &MiniMap::refresh);
    connect(scene, &GraphScene::fillsChanged, mMiniMap, &MiniMap::refresh);
}

void GraphView::setZoom(double zoom, const QPointF& center)
{
    resetTransform();
    scale(zoom, zoom);
    centerOn(center);
}

void GraphView::resizeEvent(QResizeEvent* event)
{
    QGraphicsView::resizeEvent(event);
    mMiniMap->refresh();
}

void GraphView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    if (scene()) mMiniMap->follow();  // no scene while the scene is being destroyed
}

MiniMap::MiniMap(GraphView* main) : QWidget(main), mMain(main)
{
    setObjectName("miniMap");
    setCursor(Qt::PointingHandCursor);
}

QRectF MiniMap::mapRect() const
{
    const QSizeF scene = mMain->scene()->sceneRect().size();
    if (scene.isEmpty()) return {};
    const QSizeF fitted = scene.scaled(QSizeF(size()) - QSizeF(4, 4), Qt::KeepAspectRatio);
    return QRectF(QPointF((width() - fitted.width()) / 2, (height() - fitted.height()) / 2), fitted);
}

void MiniMap::refresh()
{
    // A narrow strip for tall graphs, a band for wide ones: at most a fifth of the width and a
    // third of the height of the view, in its bottom-right corner clear of the scroll bars.
    const QRectF scene = mMain->scene()->sceneRect();
    QWidget* viewport = mMain->viewport();
    QSize box(std::clamp(viewport->width() / 5, 60, 180), std::clamp(viewport->height() / 3, 60, 240));
    if (!scene.isEmpty()) {
        const QSizeF fitted = scene.size().scaled(QSizeF(box), Qt::KeepAspectRatio);
        box = QSize(std::max(24, int(fitted.width()) + 4), std::max(24, int(fitted.height()) + 4));
    }
    setGeometry(viewport->x() + viewport->width() - box.width() - 8, viewport->y() + viewport->height() - box.height() - 8,
                box.width(), box.height());
    mSnapshot = QPixmap(size() * devicePixelRatioF());
    mSnapshot.setDevicePixelRatio(devicePixelRatioF());
    mSnapshot.fill(QColor(250, 250, 250, 235));
    if (!scene.isEmpty()) {
        QPainter p(&mSnapshot);
        mMain->scene()->render(&p, mapRect(), scene, Qt::KeepAspectRatio);
    }
    follow();
}

void MiniMap::follow()
{
    const QRectF visible = mMain->mapToScene(mMain->viewport()->rect()).boundingRect();
    const QRectF scene = mMain->scene()->sceneRect();
    // A graph so tall that its miniature is a hairline (a 10k-node chain) gets none: the
    // scroll bar says as much.
    const bool legible = !scene.isEmpty() && mapRect().width() >= 12 && mapRect().height() >= 12;
    setVisible(legible && !mMain->scene()->items().isEmpty() && !visible.contains(scene));
    update();
}

void MiniMap::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.drawPixmap(0, 0, mSnapshot);
    p.setPen(QPen(palette().color(QPalette::Mid), 1));
    p.drawRect(rect().adjusted(0, 0, -1, -1));
    const QRectF scene = mMain->scene()->sceneRect(), target = mapRect();
    if (scene.isEmpty()) return;
    const double k = target.width() / scene.width();
    const QRectF visible = mMain->mapToScene(mMain->viewport()->rect()).boundingRect();
    const QRectF frame(target.topLeft() + (visible.topLeft() - scene.topLeft()) * k, visible.size() * k);
    p.setPen(QPen(QColor(0, 120, 215), 1));
    p.setBrush(QColor(0, 120, 215, 40));
    p.drawRect(frame.intersected(target).adjusted(0, 0, -0.5, -0.5));
}

void MiniMap::mousePressEvent(QMouseEvent* event)
{
    const QRectF scene = mMain->scene()->sceneRect(), target = mapRect();
    if (scene.isEmpty()) return;
    mMain->centerOn(scene.topLeft() + (event->position() - target.topLeft()) / (target.width() / scene.width()));
}

void MiniMap::mouseMoveEvent(QMouseEvent* event) { mousePressEvent(event); }

GraphScene* GraphView::graphScene() const { return static_cast<GraphScene*>(scene()); }

void GraphView::zoomToFit()
{
    if (scene()->items().isEmpty()) return;
    const QPointF centre = mapToScene(viewport()->rect().center());
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    // Fitted, a 10k-node chain is a hairline: zoom out only as far as the nodes stay visible
    // (a few pixels each), centred across the graph where the view was along it.
    if (transform().m11() < kOverviewZoom) setZoom(kOverviewZoom, QPointF(scene()->sceneRect().center().x(), centre.y()));
    mMiniMap->follow();
}

void GraphView::showStart()
{
    zoomToFit();
    // Very tall graphs would shrink to unreadable; start readable at the top instead.
    if (transform().m11() < 0.35) {
        resetTransform();
        scale(0.6, 0.6);
        const QRectF all = scene()->sceneRect();
        centerOn(all.center().x(), all.top() + viewport()->height() / 2.0 / 0.6);  // the top edge at the top
    }
    mMiniMap->follow();
}

void GraphView::centerOnIds(const QStringList& ids)
{
    const QRectF r = graphScene()->itemsBoundingRectOf(ids);
    if (!r.isNull()) centerOn(r.center());
}

void GraphView::wheelEvent(QWheelEvent* event)
{
    // The desktop convention: the wheel scrolls (Shift: sideways), Ctrl+wheel zooms.
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    const double factor = std::pow(1.0015, event->angleDelta().y());
    const double current = transform().m11();
    // Out far enough to see the whole graph (at 10k nodes: well under 0.05), in to 8×.
    const QRectF all = scene()->sceneRect();
    const double floor = std::min({kOverviewZoom, 0.5 * viewport()->width() / std::max(1.0, all.width()),
                                   0.5 * viewport()->height() / std::max(1.0, all.height())});
    if ((current < floor && factor < 1) || (current > 8 && factor > 1)) return;
    scale(factor, factor);
    mMiniMap->follow();
}

void GraphView::contextMenuEvent(QContextMenuEvent* event)
{
    for (QGraphicsItem* item : items(event->pos()))
        if (auto* node = dynamic_cast<NodeItem*>(item)) {
            emit contextMenuOnNode(node->id(), event->globalPos());
            return;
        }
}

}  // namespace dfc::ui
