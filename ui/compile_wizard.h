#pragma once
// The compile stage as a wizard: the target and its host link, the compiler's resource choices
// (performance mode, context-switch policy, utilization caps) each with one line on what it does,
// the compilation commands those choices write into the model script, and the run (the
// document's stage job: staged progress, time left, Cancel). It ends on the engine's own words
// for why the model needs the contexts it has, and the profiler's headline numbers. Cancel leaves
// the document as it was.
#include <QWizard>

#include <optional>

#include "pipeline/runner.h"

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;

namespace dfc::ui {

class ModelDocument;
class StageRunPage;

class CompileWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { TargetPage, ResourcesPage, RunPage };

    explicit CompileWizard(ModelDocument* doc, QWidget* parent = nullptr);

    /// The compiler's choices as the pages hold them.
    struct Choices {
        QString hwArch;
        std::optional<HostLink> hostLink;  ///< nullopt: the module's
        bool performanceMode = false;
        ContextSwitchMode contextSwitch = ContextSwitchMode::Allowed;
        double control = 0.75, compute = 0.75, memory = 0.75;  ///< utilization caps
    };
    Choices choices() const;
    void setChoices(const Choices& c);  ///< for tests and saved choices
    /// `script` with the compilation lines `c` asks for: performance_param, context_switch_param and
    /// resources_param written where they differ from the target's defaults, removed where not.
    static QString withCompileChoices(const QString& script, const Choices& c);
    /// The link presets offered (name → label), the module's first with an empty name.
    static QList<QPair<QString, QString>> hostLinkPresets();

    bool isRunning() const;
    bool succeeded() const;
    QString resultText() const;
    void reject() override;  ///< cancels a running compile first (the document keeps its state)

private:
    QWizardPage* makeTargetPage();
    QWizardPage* makeResourcesPage();
    QWizardPage* makeRunPage();
    void readScriptChoices();  ///< the starting choices: what the document's script says
    void updateTexts();
    void resetCapsToDefaults();
    void startRun();
    void finishRun(bool succeeded, const QString& text);

    ModelDocument* mDoc;
    QComboBox* mTarget;
    QLabel* mTargetText;
    QComboBox* mHostLink;
    QLabel* mHostLinkText;
    QCheckBox* mPerformance;
    QComboBox* mContextSwitch;
    QLabel* mContextSwitchText;
    QDoubleSpinBox *mControl, *mCompute, *mMemory;
    QLabel* mScriptLines;
    StageRunPage* mRunPage = nullptr;
};

}  // namespace dfc::ui
