#pragma once
// One model's tab: a page per pipeline stage of its document (the parse review; the optimized
// model's summary; the compile and profile views to come). The window's stage bar picks the page.
#include <QStackedWidget>

#include "model_document.h"

namespace dfc::ui {

class OptimizationSummaryWidget;
class ParseReviewWidget;

class ModelView : public QStackedWidget {
    Q_OBJECT
public:
    /// Takes ownership of `doc`.
    explicit ModelView(ModelDocument* doc, QWidget* parent = nullptr);

    ModelDocument* document() const { return mDoc; }
    ParseReviewWidget* review() const { return mReview; }
    OptimizationSummaryWidget* optimizationSummary() const { return mOptimization; }

    /// Shows a stage's page when the document has reached it; returns whether it did.
    bool showStage(ModelDocument::Stage stage);
    ModelDocument::Stage shownStage() const { return mShown; }

private:
    ModelDocument* mDoc;
    ParseReviewWidget* mReview;
    OptimizationSummaryWidget* mOptimization;
    ModelDocument::Stage mShown = ModelDocument::Stage::Parsed;
};

}  // namespace dfc::ui
