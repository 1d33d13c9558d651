#pragma once
// Pages the stage wizards share: one whose Next waits on a condition, and the run page that
// shows the document's stage job (progress, time left, Cancel) and ends on its outcome.
#include <QWizardPage>

#include <functional>

class QLabel;

namespace dfc::ui {

class Job;
class JobProgressWidget;

/// A page whose Next/Finish waits for a condition the wizard decides.
class CheckedPage : public QWizardPage {
public:
    CheckedPage(std::function<bool()> complete, QWidget* parent) : QWizardPage(parent), mComplete(std::move(complete)) {}
    bool isComplete() const override { return mComplete(); }

private:
    std::function<bool()> mComplete;
};

/// The last page of a stage wizard: Finish is enabled once the run succeeded.
class StageRunPage : public QWizardPage {
    Q_OBJECT
public:
    /// `statusName`: the status label's object name (tests find it by that).
    StageRunPage(const QString& statusName, QWidget* parent);
    void begin(Job* job, const QString& text);
    void finish(bool succeeded, const QString& text);
    QString resultText() const;
    bool isRunning() const { return mRunning; }
    bool succeeded() const { return mSucceeded; }
    bool isComplete() const override { return mSucceeded; }

signals:
    /// A link in the result text was clicked (its href).
    void linkActivated(const QString& link);

private:
    JobProgressWidget* mProgress;
    QLabel* mStatus;
    bool mRunning = false, mSucceeded = false;
};

}  // namespace dfc::ui
