#pragma once
// Zoomable, pannable view of a GraphScene: wheel zooms under the mouse, drag pans, fit-to-view,
// centring on nodes, and export to SVG or PNG.
#include <QGraphicsView>

namespace dfc::ui {

class GraphScene;

class GraphView : public QGraphicsView {
    Q_OBJECT
public:
    explicit GraphView(GraphScene* scene, QWidget* parent = nullptr);

    GraphScene* graphScene() const;
    void zoomToFit();
    void centerOnIds(const QStringList& ids);
    bool exportSvg(const QString& path);
    bool exportPng(const QString& path);

signals:
    void contextMenuOnNode(const QString& id, const QPoint& globalPos);

protected:
    void wheelEvent(QWheelEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
};

}  // namespace dfc::ui
