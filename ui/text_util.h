#pragma once
// Engine strings and shapes as the Studio shows them.
#include <QString>
#include <string>

#include "ir/tensor.h"

namespace dfc::ui {

inline QString toQ(const std::string& s) { return QString::fromStdString(s); }
inline QString shapeText(const Shape& s) { return toQ(shapeToString(s, ",")); }

}  // namespace dfc::ui
