#pragma once
// One model's tab: a page per pipeline stage of its document (the parse review; the optimized
// model's summary; the profiler report for the compiled model). The window's stage bar picks the page.
#include <QStackedWidget>

#include "model_document.h"

namespace dfc::ui {

class OptimizationSummaryWidget;
class ParseReviewWidget;
class ProfileReportView;

class ModelView : public QStackedWidget {
    Q_OBJECT
public:
    /// Takes ownership of `doc`.
    explicit ModelView(ModelDocument* doc, QWidget* parent = nullptr);

    ModelDocument* document() const { return mDoc; }
    ParseReviewWidget* review() const { return mReview; }
    OptimizationSummaryWidget* optimizationSummary() const { return mOptimization; }
    ProfileReportView* profileReport() const { return mReport; }

    /// Shows a stage's page when the document has reached it; returns whether it did.
    bool showStage(ModelDocument::Stage stage);
    ModelDocument::Stage shownStage() const { return mShown; }

private:
    ModelDocument* mDoc;
    ParseReviewWidget* mReview;
    OptimizationSummaryWidget* mOptimization;
    ProfileReportView* mReport;
    ModelDocument::Stage mShown = ModelDocument::Stage::Parsed;
};

}  // namespace dfc::ui
