#pragma once
// Zoomable, pannable view of a GraphScene: the wheel scrolls, Ctrl+wheel zooms under the mouse, drag pans, fit-to-view,
// centring on nodes.
#include <QGraphicsView>

namespace dfc::ui {

class GraphScene;
class MiniMap;

class GraphView : public QGraphicsView {
    Q_OBJECT
public:
    explicit GraphView(GraphScene* scene, QWidget* parent = nullptr);

    GraphScene* graphScene() const;
    /// The whole graph in the view (at any size: zoomed out, nodes draw as coloured boxes).
    void zoomToFit();
    /// The view a new graph opens with: fitted, or for a graph too tall to read when fitted,
    /// readable at its top.
    void showStart();
    void centerOnIds(const QStringList& ids);
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

/// The whole graph in miniature in the view's bottom-right corner, with the visible area
/// framed; a click there centres the main view. Shown only while the graph does not fit the
/// view. Drawn from a snapshot taken when the graph changes, so scrolling a 10k-node graph does
/// not repaint it in miniature each time.
class MiniMap : public QWidget {
    Q_OBJECT
public:
    explicit MiniMap(GraphView* main);
    /// Takes a new snapshot (the graph or its colours changed) and places the map.
    void refresh();
    /// Re-frames the visible area and shows or hides the map (the view scrolled or zoomed).
    void follow();

protected:
    void paintEvent(QPaintEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;

private:
    QRectF mapRect() const;  ///< where the snapshot is drawn, in widget coordinates
    GraphView* mMain;
    QPixmap mSnapshot;
};

}  // namespace dfc::ui
