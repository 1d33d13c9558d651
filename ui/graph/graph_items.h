#pragma once
// The items of GraphScene: a rounded node box with two lines of text, and a Bézier edge.
#include <QFont>
#include <QGraphicsItem>
#include <QGraphicsPathItem>

namespace dfc::ui {

class NodeItem : public QGraphicsItem {
public:
    NodeItem(QString id, QString title, QString subtitle, QColor fill, QSizeF size);

    const QString& id() const { return mId; }
    const QString& title() const { return mTitle; }
    void setFill(const QColor& c);
    const QColor& fill() const { return mFill; }
    void setOutline(const QColor& c);

    /// The fonts of the two lines, from the application font: the scene sizes boxes with them.
    static QFont titleFont();
    static QFont subtitleFont();
    /// The width a box needs to show both lines whole (within limits: longer text is elided).
    static double widthFor(const QString& title, const QString& subtitle);

    QRectF boundingRect() const override;
    void paint(QPainter* painter, const QStyleOptionGraphicsItem* option, QWidget* widget) override;

protected:
    void hoverEnterEvent(QGraphicsSceneHoverEvent* event) override;
    void hoverLeaveEvent(QGraphicsSceneHoverEvent* event) override;

private:
    QString mId, mTitle, mSubtitle;
    QColor mFill, mOutline;
    QSizeF mSize;
    bool mHovered = false;
};

class EdgeItem : public QGraphicsPathItem {
public:
    explicit EdgeItem(const QList<QPointF>& bezier);
};

}  // namespace dfc::ui
