#include "model_view.h"

#include "optimization_summary_widget.h"
#include "parse_review_widget.h"

namespace dfc::ui {

ModelView::ModelView(ModelDocument* doc, QWidget* parent) : QStackedWidget(parent), mDoc(doc)
{
    doc->setParent(this);
    mReview = new ParseReviewWidget(doc);
    mOptimization = new OptimizationSummaryWidget(doc);
    addWidget(mReview);
    addWidget(mOptimization);
}

bool ModelView::showStage(ModelDocument::Stage stage)
{
    if (!mDoc->isStageAvailable(stage) && stage != ModelDocument::Stage::Parsed) return false;
    switch (stage) {
    case ModelDocument::Stage::Parsed: setCurrentWidget(mReview); break;
    case ModelDocument::Stage::Optimized: setCurrentWidget(mOptimization); break;
    case ModelDocument::Stage::Compiled:
    case ModelDocument::Stage::Profiled: return false;  // their views come with their stages
    }
    mShown = stage;
    return true;
}

}  // namespace dfc::ui
