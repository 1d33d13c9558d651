#pragma once
// The optimize stage as a wizard: calibration data (random, a file, a folder of images or .npy)
// with a preview of what the quantizer will see, the optimization and compression levels
// explained from the engine's one table, the model script those choices write, and the run
// itself (the document's stage job: staged progress, time left, Cancel). Cancel leaves the
// document as it was; success makes the quantized model the document's next state.
#include <QWizard>

#include "pipeline/runner.h"

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace dfc::ui {

class Job;
class JobProgressWidget;
struct CalibrationPreview;
class ModelDocument;
class StageRunPage;

class OptimizeWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { CalibrationPage, LevelsPage, ScriptPage, RunPage };

    explicit OptimizeWizard(ModelDocument* doc, QWidget* parent = nullptr);

    /// The calibration data the choices on the first page describe.
    CalibrationOptions calibration() const;
    void setCalibration(const CalibrationOptions& options);  ///< for tests and saved choices
    void setLevels(int optimization, int compression);
    int optimizationLevel() const;
    int compressionLevel() const;
    /// The script with the levels' line (model_optimization_flavor) written in: the one run.
    QString scriptText() const;
    /// Reads the set as the quantizer would (off the UI thread) and describes it: shape, range
    /// before and after the script's normalization, NaN and layout warnings, four items drawn; and
    /// times a float pass for the expected times. previewReady() follows.
    void refreshPreview();
    bool isPreviewing() const;
    QStringList previewWarnings() const { return mPreviewWarnings; }
    /// "about 40 s" for `level` with the chosen set, once a preview timed a float pass; else "".
    QString expectedTimeText(int level) const;

    /// "model_optimization_flavor(optimization_level=N, compression_level=M)" put in `script`
    /// (replacing such a line when there is one, else first).
    static QString withLevels(const QString& script, int optimization, int compression);
    /// What a level switches on, in the user's language, from the engine's table.
    static QString describeOptimizationLevel(int level);

    bool isRunning() const;
    bool succeeded() const;
    void reject() override;  ///< cancels a running optimization first (the document keeps its state)

signals:
    void previewReady();

private:
    QWizardPage* makeCalibrationPage();
    QWizardPage* makeLevelsPage();
    QWizardPage* makeScriptPage();
    QWizardPage* makeRunPage();
    void updateLevelTexts();
    void updateScriptCheck();
    void showPreview(const CalibrationPreview& preview);
    int64_t plannedItems() const;
    void startRun();
    void finishRun(bool succeeded, const QString& text);

    ModelDocument* mDoc;
    QButtonGroup* mSource;
    QLineEdit* mPath;
    QSpinBox* mSize;
    QLabel* mPreview;
    QLabel* mPreviewImages;
    Job* mPreviewJob;
    JobProgressWidget* mPreviewProgress;
    QStringList mPreviewWarnings;
    double mFloatSecondsPerItem = 0;  ///< from the last preview; 0: not timed yet
    QComboBox* mOptimization;
    QComboBox* mCompression;
    QLabel* mOptimizationText;
    QLabel* mCompressionText;
    QPlainTextEdit* mScript;
    QLabel* mScriptCheck;
    StageRunPage* mRunPage = nullptr;
};

}  // namespace dfc::ui
