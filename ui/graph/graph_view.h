#pragma once
// Zoomable, pannable view of a GraphScene: the wheel scrolls, Ctrl+wheel zooms under the mouse, drag pans, fit-to-view,
// centring on nodes, and export to SVG or PNG.
#include <QGraphicsView>

namespace dfc::ui {

class GraphScene;
class MiniMap;

class GraphView : public QGraphicsView {
    Q_OBJECT
public:
    explicit GraphView(GraphScene* scene, QWidget* parent = nullptr);

    GraphScene* graphScene() const;
    void zoomToFit();
    void centerOnIds(const QStringList& ids);
    bool exportSvg(const QString& path);
    bool exportPng(const QString& path);
    double zoom() const { return transform().m11(); }
    void setZoom(double zoom, const QPointF& center);

signals:
    void contextMenuOnNode(const QString& id, const QPoint& globalPos);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;

private:
    MiniMap* mMiniMap;
};

/// The whole graph in miniature in the view's corner, with the visible area framed; a click
/// there centres the main view.
class MiniMap : public QGraphicsView {
    Q_OBJECT
public:
    explicit MiniMap(GraphView* main);
    void refresh();

protected:
    void drawForeground(QPainter* painter, const QRectF& rect) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    GraphView* mMain;
};

}  // namespace dfc::ui
