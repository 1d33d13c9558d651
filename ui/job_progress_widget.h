#pragma once
// The face of a Job: a progress bar with the stage and the time left, and a Cancel button.
// Hidden while no job runs; any job can be shown (the parse review's toolbar, the wizards).
#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace dfc::ui {

class Job;

class JobProgressWidget : public QWidget {
    Q_OBJECT
public:
    explicit JobProgressWidget(QWidget* parent = nullptr);
    void setJob(Job* job);  ///< nullptr: show nothing
    QString stageText() const;

    /// "about 2 min 10 s left", "" when unknown.
    static QString remainingText(double seconds);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslateUi();

    Job* mJob = nullptr;
    QProgressBar* mBar;
    QLabel* mStage;
    QToolButton* mCancel;
};

}  // namespace dfc::ui
