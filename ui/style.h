#pragma once
// The Studio's colours in one place: layer categories and the parse-review legend.
#include <QColor>

#include "ir/layer_kind.h"

namespace dfc::ui {

struct Style {
    static QColor category(LayerCategory c);
    static QColor supported() { return QColor(199, 233, 192); }
    static QColor unsupported() { return QColor(252, 146, 114); }
    static QColor outsideScope() { return QColor(224, 224, 224); }
    /// Unsupported but outside the scope (the host runs it): still visibly not supported.
    static QColor unsupportedOutside() { return QColor(240, 200, 190); }
    static QColor constant() { return QColor(221, 230, 240); }
    static QColor awaiting() { return QColor(255, 240, 170); }
    static QColor startNode() { return QColor(26, 152, 80); }
    static QColor endNode() { return QColor(140, 40, 160); }
};

}  // namespace dfc::ui
