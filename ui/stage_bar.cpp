#include "stage_bar.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QToolButton>

#include "job.h"
#include "job_progress_widget.h"

namespace dfc::ui {
namespace {

constexpr ModelDocument::Stage kStages[] = {ModelDocument::Stage::Parsed, ModelDocument::Stage::Optimized,
                                            ModelDocument::Stage::Compiled, ModelDocument::Stage::Profiled};

}  // namespace

StageBar::StageBar(QWidget* parent) : QWidget(parent)
{
    setObjectName("stageBar");
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    auto* group = new QButtonGroup(this);
    group->setExclusive(true);
    for (ModelDocument::Stage stage : kStages) {
        if (!mButtons.isEmpty()) layout->addWidget(new QLabel(QStringLiteral("→")));
        auto* b = new QToolButton;
        b->setCheckable(true);
        b->setAutoRaise(true);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        group->addButton(b);
        layout->addWidget(b);
        connect(b, &QToolButton::clicked, this, [this, stage] { emit stageRequested(stage); });
        mButtons.append(b);
    }
    layout->addSpacing(24);
    mTargetLabel = new QLabel;
    mTarget = new QComboBox;
    mTarget->setObjectName("targetBox");
    for (const std::string& arch : Runner::hwArchNames()) mTarget->addItem(QString::fromStdString(arch));
    mTargetLabel->setBuddy(mTarget);
    layout->addWidget(mTargetLabel);
    layout->addWidget(mTarget);
    // A stage run started from a menu or a layer's fixes (Re-optimize, Analyze noise) shows its
    // progress and Cancel here, whichever page is on screen.
    layout->addSpacing(24);
    mStageProgress = new JobProgressWidget;
    mStageProgress->setObjectName("stageProgress");
    layout->addWidget(mStageProgress);
    mReoptimize = new QToolButton;
    mReoptimize->setObjectName("reoptimizeOffer");
    mReoptimize->setToolButtonStyle(Qt::ToolButtonTextOnly);
    mReoptimize->hide();
    layout->addWidget(mReoptimize);
    connect(mTarget, &QComboBox::activated, this, [this](int index) {
        if (mDocument) mDocument->setHwArch(mTarget->itemText(index));
    });
    retranslateUi();
    refresh();
}

QToolButton* StageBar::button(ModelDocument::Stage stage) const { return mButtons.value(static_cast<int>(stage)); }

void StageBar::setDocument(ModelDocument* document, ModelDocument::Stage shown)
{
    if (mDocument) {
        disconnect(mDocument, nullptr, this, nullptr);
        disconnect(mDocument->stageJob(), nullptr, this, nullptr);
    }
    mDocument = document;
    mStageProgress->setJob(document ? document->stageJob() : nullptr);
    if (document) {
        connect(document, &ModelDocument::pipelineChanged, this, &StageBar::refresh);
        connect(document, &ModelDocument::hwArchChanged, this, &StageBar::refresh);
        // A fix writes a script line: the offer to re-optimize appears; a run takes it away.
        connect(document, &ModelDocument::modelScriptChanged, this, &StageBar::refresh);
        connect(document, &ModelDocument::runsChanged, this, &StageBar::refresh);
        connect(document->stageJob(), &Job::started, this, &StageBar::refresh);
        connect(document->stageJob(), &Job::finished, this, &StageBar::refresh);
    }
    refresh();
    setShownStage(shown);
}

void StageBar::setShownStage(ModelDocument::Stage stage)
{
    mShown = stage;
    if (QToolButton* b = button(stage); b && b->isEnabled()) b->setChecked(true);
}

void StageBar::refresh()
{
    for (ModelDocument::Stage stage : kStages)
        button(stage)->setEnabled(mDocument && mDocument->isStageAvailable(stage));
    mTarget->setEnabled(mDocument != nullptr);
    if (mDocument) mTarget->setCurrentText(mDocument->hwArch());
    setShownStage(mShown);  // a stage just reached shows as the one on screen
    mReoptimize->setVisible(offersReoptimize());
}

void StageBar::setReoptimizeAction(QAction* action)
{
    mReoptimize->setDefaultAction(action);
    refresh();
}

bool StageBar::offersReoptimize() const
{
    return mReoptimize->defaultAction() && mDocument && !mDocument->runs().isEmpty() && mDocument->lastCalibration() &&
           !mDocument->stageJob()->isRunning() && mDocument->modelScript() != mDocument->runs().last().script;
}

void StageBar::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

void StageBar::retranslateUi()
{
    const QStringList names = {tr("Parsed"), tr("Optimized"), tr("Compiled"), tr("Profiled")};
    const QStringList tips = {tr("The parse review: the original model beside the parsed graph"),
                              tr("The quantized model: bits and algorithms per layer (dfc optimize)"),
                              tr("The compiled model: its contexts, what fills them, and why there are that many (Compile → Compile and profile)"),
                              tr("The profiler report: FPS, latency, power, bandwidth, per-layer numbers")};
    for (int i = 0; i < mButtons.size(); ++i) {
        mButtons[i]->setText(names[i]);
        mButtons[i]->setToolTip(tips[i]);
    }
    mTargetLabel->setText(tr("&Target:"));
    mTarget->setToolTip(tr("The accelerator the model is optimized, compiled and profiled for (recorded in the HAR)"));
}

}  // namespace dfc::ui
