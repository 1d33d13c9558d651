#pragma once
// The active document's contexts as a chart beside any page: per context, how full its LCUs,
// subclusters, APUs, input aligners and L3 memory are against the cap, with its FPS and
// bottleneck. A click on a context's bars selects its layers in the graph (and every view).
#include "docks/document_dock.h"

class QChartView;
class QLabel;

namespace dfc::ui {

class ContextUtilizationDock : public DocumentDock {
    Q_OBJECT
public:
    explicit ContextUtilizationDock(QWidget* parent = nullptr);
    QChartView* chartView() const { return mView; }
    int contexts() const { return mContexts; }
    /// What a click on context `index`'s bars does.
    void activateContext(int index);

protected:
    void documentChanged() override;
    void retranslateUi() override;

private:
    void rebuild();

    QLabel* mSummary;
    QChartView* mView;
    int mContexts = 0;
};

}  // namespace dfc::ui
