#include "graph/graph_items.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>
#include <QtMath>

namespace dfc::ui {
namespace {
constexpr double kPadding = 5, kMinWidth = 70, kMaxWidth = 260;
}  // namespace

QFont NodeItem::titleFont()
{
    QFont f;
    f.setPointSizeF(8.5);
    f.setBold(true);
    return f;
}

QFont NodeItem::subtitleFont()
{
    QFont f;
    f.setPointSizeF(7.5);
    return f;
}

double NodeItem::widthFor(const QString& title, const QString& subtitle)
{
    // Metrics objects are cached: the scene sizes ten thousand nodes with them.
    static const QFontMetricsF top(titleFont()), bottom(subtitleFont());
    const double text = std::max(top.horizontalAdvance(title), bottom.horizontalAdvance(subtitle));
    return std::clamp(std::ceil(text) + 2 * kPadding + 6, kMinWidth, kMaxWidth);
}

NodeItem::NodeItem(QString id, QString title, QString subtitle, QColor fill, QSizeF size)
    : mId(std::move(id)), mTitle(std::move(title)), mSubtitle(std::move(subtitle)), mFill(fill), mSize(size)
{
    setFlags(ItemIsSelectable);
    setAcceptHoverEvents(true);
    setZValue(1);
}

void NodeItem::setFill(const QColor& c)
{
    mFill = c;
    update();
}

void NodeItem::setOutline(const QColor& c)
{
    mOutline = c;
    update();
}

QRectF NodeItem::boundingRect() const
{
    return QRectF(-mSize.width() / 2 - 3, -mSize.height() / 2 - 3, mSize.width() + 6, mSize.height() + 6);
}

void NodeItem::paint(QPainter* p, const QStyleOptionGraphicsItem* option, QWidget*)
{
    const QRectF r(-mSize.width() / 2, -mSize.height() / 2, mSize.width(), mSize.height());
    // Zoomed out beyond reading, a coloured box is all that shows: thousands of nodes then
    // paint in milliseconds instead of shaping text nobody can read.
    if (option->levelOfDetailFromTransform(p->worldTransform()) < 0.3) {
        p->fillRect(r, isSelected() ? QColor(0, 120, 215) : mOutline.isValid() ? mOutline : mFill.darker(115));
        return;
    }
    QPen pen(isSelected() ? QColor(0, 120, 215) : mOutline.isValid() ? mOutline : QColor(90, 90, 90));
    pen.setWidthF(isSelected() || mOutline.isValid() ? 3.0 : mHovered ? 2.0 : 1.0);
    p->setPen(pen);
    p->setBrush(mHovered ? mFill.lighter(112) : mFill);
    p->drawRoundedRect(r, 6, 6);
    p->setPen(Qt::black);
    const QFont title = titleFont(), subtitle = subtitleFont();
    p->setFont(title);
    const QRectF top = r.adjusted(kPadding, 2, -kPadding, -r.height() / 2);
    p->drawText(top, Qt::AlignCenter, QFontMetrics(title).elidedText(mTitle, Qt::ElideMiddle, int(top.width())));
    p->setFont(subtitle);
    const QRectF bottom = r.adjusted(kPadding, r.height() / 2, -kPadding, -2);
    p->drawText(bottom, Qt::AlignCenter, QFontMetrics(subtitle).elidedText(mSubtitle, Qt::ElideRight, int(bottom.width())));
}

void NodeItem::hoverEnterEvent(QGraphicsSceneHoverEvent*)
{
    mHovered = true;  // hover highlights without selecting
    setZValue(2);
    update();
}

void NodeItem::hoverLeaveEvent(QGraphicsSceneHoverEvent*)
{
    mHovered = false;
    setZValue(1);
    update();
}

EdgeItem::EdgeItem(const QList<QPointF>& pts)
{
    QPainterPath path;
    if (pts.size() >= 2) {
        path.moveTo(pts[0]);
        int i = 1;
        for (; i + 2 < pts.size(); i += 3) path.cubicTo(pts[i], pts[i + 1], pts[i + 2]);
        for (; i < pts.size(); ++i) path.lineTo(pts[i]);
        // Arrowhead at the end, along the last segment.
        const QPointF tip = pts.last(), from = pts[pts.size() - 2];
        const double angle = std::atan2(tip.y() - from.y(), tip.x() - from.x());
        const double a = 7, spread = 0.45;
        path.moveTo(tip);
        path.lineTo(tip - QPointF(a * std::cos(angle - spread), a * std::sin(angle - spread)));
        path.moveTo(tip);
        path.lineTo(tip - QPointF(a * std::cos(angle + spread), a * std::sin(angle + spread)));
    }
    setPath(path);
    setPen(QPen(QColor(110, 110, 110), 1.2));
    setZValue(0);
}

}  // namespace dfc::ui
