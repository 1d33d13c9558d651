#pragma once
// The history docks (optimization runs, compiles) compare two entries of a list the same way:
// the newest two are selected when the list changes; two selected compare earliest with latest,
// one selected compares it with the one before it.
#include <QPair>
#include <QTreeWidget>
#include <algorithm>

namespace dfc::ui {

inline void selectNewestTwo(QTreeWidget* list)
{
    const int n = list->topLevelItemCount();
    for (int i = std::max(0, n - 2); i < n; ++i) list->topLevelItem(i)->setSelected(true);
}

/// The pair to compare from the list's selection (earlier first), {-1, -1} for none.
inline QPair<int, int> comparedPair(const QTreeWidget* list)
{
    QList<int> picked;
    for (QTreeWidgetItem* item : list->selectedItems()) picked << list->indexOfTopLevelItem(item);
    std::sort(picked.begin(), picked.end());
    if (picked.size() == 1 && picked.first() > 0) return {picked.first() - 1, picked.first()};
    if (picked.size() >= 2) return {picked.first(), picked.last()};
    return {-1, -1};
}

}  // namespace dfc::ui
