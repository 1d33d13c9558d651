#include "style.h"

namespace dfc::ui {

QColor Style::category(LayerCategory c) { return QColor(layerCategoryColor(c)); }

}  // namespace dfc::ui
