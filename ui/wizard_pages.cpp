#include "wizard_pages.h"

#include <QLabel>
#include <QVBoxLayout>

#include "job_progress_widget.h"

namespace dfc::ui {

StageRunPage::StageRunPage(const QString& statusName, QWidget* parent) : QWizardPage(parent)
{
    setFinalPage(true);
    mProgress = new JobProgressWidget(this);
    mStatus = new QLabel(this);
    mStatus->setObjectName(statusName);
    mStatus->setWordWrap(true);
    mStatus->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    mStatus->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    connect(mStatus, &QLabel::linkActivated, this, &StageRunPage::linkActivated);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(mProgress);
    layout->addWidget(mStatus, 1);
}

void StageRunPage::begin(Job* job, const QString& text)
{
    mSucceeded = false;
    mRunning = true;
    mProgress->setJob(job);
    mStatus->setText(text);
    emit completeChanged();
}

QString StageRunPage::resultText() const { return mStatus->text(); }

void StageRunPage::finish(bool succeeded, const QString& text)
{
    mRunning = false;
    mSucceeded = succeeded;
    mStatus->setText(text);
    emit completeChanged();
}

}  // namespace dfc::ui
