#pragma once
// The pipeline as the window shows it: Parsed → Optimized → Compiled → Profiled. A stage the
// active document has reached is clickable and shows that stage's view; the one shown is checked.
#include <QPointer>
#include <QWidget>

#include "model_document.h"

class QAction;
class QComboBox;
class QLabel;
class QToolButton;

namespace dfc::ui {

class JobProgressWidget;

class StageBar : public QWidget {
    Q_OBJECT
public:
    explicit StageBar(QWidget* parent = nullptr);

    /// Follows `document`'s pipeline (nullptr: every stage off); `shown` is the stage on screen.
    void setDocument(ModelDocument* document, ModelDocument::Stage shown);
    void setShownStage(ModelDocument::Stage stage);
    QToolButton* button(ModelDocument::Stage stage) const;
    QComboBox* targetBox() const { return mTarget; }
    /// Shown (as a button) while the script differs from the one the last optimization ran.
    void setReoptimizeAction(QAction* action);
    bool offersReoptimize() const;

signals:
    void stageRequested(dfc::ui::ModelDocument::Stage stage);

protected:
    void changeEvent(QEvent* event) override;

private:
    void refresh();
    void retranslateUi();

    QPointer<ModelDocument> mDocument;
    QList<QToolButton*> mButtons;  ///< in Stage order
    QLabel* mTargetLabel;
    JobProgressWidget* mStageProgress = nullptr;  ///< the active document's stage job
    QToolButton* mReoptimize = nullptr;
    QComboBox* mTarget;            ///< the active document's hardware target
    ModelDocument::Stage mShown = ModelDocument::Stage::Parsed;
};

}  // namespace dfc::ui
