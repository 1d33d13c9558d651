#include "graph/graph_view.h"

#include <QContextMenuEvent>
#include <QImage>
#include <QMouseEvent>
#include <QResizeEvent>
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
    mMiniMap = new MiniMap(this);
    mMiniMap->hide();  // until there is a graph to show
    connect(scene, &GraphScene::layoutFinished, this, &GraphView::zoomToFit);
    connect(scene, &GraphScene::layoutFinished, mMiniMap, &MiniMap::refresh);
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
    const int w = std::clamp(width() / 5, 80, 180), h = std::clamp(height() / 3, 80, 240);
    mMiniMap->setGeometry(width() - w - 20, 4, w, h);
    mMiniMap->refresh();
}

void GraphView::scrollContentsBy(int dx, int dy)
{
    QGraphicsView::scrollContentsBy(dx, dy);
    mMiniMap->viewport()->update();
}

MiniMap::MiniMap(GraphView* main) : QGraphicsView(main->scene(), main), mMain(main)
{
    setObjectName("miniMap");
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setInteractive(false);
    setFrameShape(QFrame::Box);
    setBackgroundBrush(QColor(250, 250, 250, 230));
    setRenderHint(QPainter::Antialiasing, false);
}

void MiniMap::refresh()
{
    setVisible(!scene()->items().isEmpty());
    fitInView(scene()->sceneRect(), Qt::KeepAspectRatio);
    viewport()->update();
}

void MiniMap::drawForeground(QPainter* painter, const QRectF&)
{
    const QRectF visible = mMain->mapToScene(mMain->viewport()->rect()).boundingRect();
    painter->setPen(QPen(QColor(0, 120, 215), 0));
    painter->setBrush(QColor(0, 120, 215, 40));
    painter->drawRect(visible);
}

void MiniMap::mousePressEvent(QMouseEvent* event)
{
    mMain->centerOn(mapToScene(event->position().toPoint()));
    viewport()->update();
}

void MiniMap::mouseMoveEvent(QMouseEvent* event) { mousePressEvent(event); }

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
    // The desktop convention: the wheel scrolls (Shift: sideways), Ctrl+wheel zooms.
    if (!(event->modifiers() & Qt::ControlModifier)) {
        QGraphicsView::wheelEvent(event);
        return;
    }
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
