#include "job_progress_widget.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QToolButton>

#include "job.h"

namespace dfc::ui {

JobProgressWidget::JobProgressWidget(QWidget* parent) : QWidget(parent)
{
    setObjectName("jobProgress");
    mBar = new QProgressBar;
    mBar->setRange(0, 100);
    mBar->setMaximumWidth(220);
    mStage = new QLabel;
    mStage->setObjectName("jobStage");
    mCancel = new QToolButton;
    mCancel->setIcon(QIcon::fromTheme("process-stop"));
    mCancel->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    mCancel->setAutoRaise(true);
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(mBar);
    layout->addWidget(mStage);
    layout->addWidget(mCancel);
    connect(mCancel, &QToolButton::clicked, this, [this] {
        mCancel->setEnabled(false);  // the job stops at its next check
        mStage->setText(tr("Cancelling…"));
    });
    hide();
    retranslateUi();
}

QString JobProgressWidget::remainingText(double seconds)
{
    if (seconds < 0) return {};
    const int s = static_cast<int>(seconds + 0.5);
    if (s < 60) return tr("about %n s left", "", s);
    return tr("about %1 min %2 s left").arg(s / 60).arg(s % 60);
}

void JobProgressWidget::setJob(Job* job)
{
    if (mJob) {
        disconnect(mJob, nullptr, this, nullptr);
        disconnect(mCancel, nullptr, mJob, nullptr);
    }
    mJob = job;
    setVisible(job && job->isRunning());
    if (!job) return;
    connect(mCancel, &QToolButton::clicked, job, &Job::cancel);
    connect(job, &Job::started, this, [this](const QString& title) {
        mBar->setValue(0);
        mStage->setText(title);
        mCancel->setEnabled(true);
        show();
    });
    connect(job, &Job::progress, this, [this](double fraction, const QString& stage, double left) {
        mBar->setValue(static_cast<int>(fraction * 100 + 0.5));
        const QString eta = remainingText(left);
        mStage->setText(eta.isEmpty() ? stage : stage + " — " + eta);
    });
    connect(job, &Job::finished, this, &QWidget::hide);
}

QString JobProgressWidget::stageText() const { return mStage->text(); }

void JobProgressWidget::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QWidget::changeEvent(event);
}

void JobProgressWidget::retranslateUi()
{
    mCancel->setText(tr("Cancel"));
    mCancel->setToolTip(tr("Stop the running operation; what was there before is kept"));
}

}  // namespace dfc::ui
