#include "graph/graph_view.h"

#include <QContextMenuEvent>
#include <QImage>
#include <QPainter>
#include <QSvgGenerator>
#include <QWheelEvent>

#include "graph/graph_items.h"
#include "graph/graph_scene.h"

namespace dfc::ui {

GraphView::GraphView(GraphScene* scene, QWidget* parent) : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    setDragMode(RubberBandDrag);
    setTransformationAnchor(AnchorUnderMouse);
    setViewportUpdateMode(BoundingRectViewportUpdate);
    setCacheMode(CacheBackground);
    connect(scene, &GraphScene::layoutFinished, this, &GraphView::zoomToFit);
}

GraphScene* GraphView::graphScene() const { return static_cast<GraphScene*>(scene()); }

void GraphView::zoomToFit()
{
    if (scene()->items().isEmpty()) return;
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    // Very tall graphs would shrink to unreadable; start readable at the top instead.
    if (transform().m11() < 0.35) {
        resetTransform();
        scale(0.6, 0.6);
        centerOn(scene()->sceneRect().center().x(), scene()->sceneRect().top() + height());
    }
}

void GraphView::centerOnIds(const QStringList& ids)
{
    const QRectF r = graphScene()->itemsBoundingRectOf(ids);
    if (!r.isNull()) centerOn(r.center());
}

void GraphView::wheelEvent(QWheelEvent* event)
{
    const double factor = std::pow(1.0015, event->angleDelta().y());
    const double current = transform().m11();
    if ((current < 0.05 && factor < 1) || (current > 8 && factor > 1)) return;
    scale(factor, factor);
}

void GraphView::contextMenuEvent(QContextMenuEvent* event)
{
    for (QGraphicsItem* item : items(event->pos()))
        if (auto* node = dynamic_cast<NodeItem*>(item)) {
            emit contextMenuOnNode(node->id(), event->globalPos());
            return;
        }
}

bool GraphView::exportSvg(const QString& path)
{
    QSvgGenerator svg;
    svg.setFileName(path);
    const QRectF r = scene()->sceneRect();
    svg.setSize(r.size().toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), r.size()));
    QPainter p;
    if (!p.begin(&svg)) return false;
    scene()->render(&p, QRectF(QPointF(0, 0), r.size()), r);
    return p.end();
}

bool GraphView::exportPng(const QString& path)
{
    const QRectF r = scene()->sceneRect();
    QImage image(r.size().toSize() * 2, QImage::Format_ARGB32);
    image.fill(Qt::white);
    QPainter p(&image);
    p.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    scene()->render(&p, QRectF(QPointF(0, 0), r.size() * 2), r);
    p.end();
    return image.save(path);
}

}  // namespace dfc::ui
