#include "model_view.h"

#include <QTabWidget>

#include "optimization_summary_widget.h"
#include "parse_review_widget.h"
#include "profile_report_view.h"

namespace dfc::ui {

ModelView::ModelView(ModelDocument* doc, QWidget* parent) : QStackedWidget(parent), mDoc(doc)
{
    doc->setParent(this);
    mReview = new ParseReviewWidget(doc);
    mOptimization = new OptimizationSummaryWidget(doc);
    mReport = new ProfileReportView(doc);
    addWidget(mReview);
    addWidget(mOptimization);
    addWidget(mReport);
}

bool ModelView::showStage(ModelDocument::Stage stage)
{
    if (!mDoc->isStageAvailable(stage) && stage != ModelDocument::Stage::Parsed) return false;
    switch (stage) {
    case ModelDocument::Stage::Parsed: setCurrentWidget(mReview); break;
    case ModelDocument::Stage::Optimized: setCurrentWidget(mOptimization); break;
    // One report for both: the compiled model is its contexts, the profile its overview.
    case ModelDocument::Stage::Compiled:
        if (!mDoc->profileReport()) return false;  // the report follows the compile in a moment
        setCurrentWidget(mReport);
        mReport->tabs()->setCurrentIndex(ProfileReportView::CompilationTab);
        break;
    case ModelDocument::Stage::Profiled:
        setCurrentWidget(mReport);
        mReport->tabs()->setCurrentIndex(ProfileReportView::OverviewTab);
        break;
    }
    mShown = stage;
    return true;
}

}  // namespace dfc::ui
