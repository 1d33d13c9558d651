#pragma once
// The Studio's main window: a welcome page, one tab per model (a ModelView: the parse review and
// the later stages' pages), the stage bar, and the docks (properties, issues, history, log), each
// its own class following the active document. Every action is registered once by id in the
// ActionRegistry; menus and the shortcut editor read it. Projects save atomically and autosave.
#include <QHash>
#include <QMainWindow>
#include <optional>

#include <functional>

class QStackedWidget;
class QTabWidget;
class QUndoGroup;

namespace dfc::ui {

class ActionRegistry;
class CompileHistoryDock;
class ContextUtilizationDock;
class HistoryDock;
class LayerNoiseDock;
struct ProjectModel;
class RunHistoryDock;
class SnrChartDock;
class IssuesDock;
class LogDock;
class ModelDocument;
class ModelView;
class ParseReviewWidget;
class ProfileReportView;
class PropertiesDock;
class ScriptEditorDock;
class StageBar;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    /// Opens an .onnx, .tflite or .har in a new tab and parses it; returns its review widget.
    ParseReviewWidget* openModel(const QString& path);
    /// Opens a project file (.dfcproj); false with a message on failure.
    bool openProject(const QString& path);
    bool saveProject(const QString& path);
    void openFile(const QString& path);  ///< a project, a profiler report (.json) or a binary (.hef) by its extension, else a model
    /// Opens a report `dfc profiler --out-json` wrote in a tab of its own; nullptr with a message
    /// when the file is not one.
    ProfileReportView* openReport(const QString& path);
    /// Shows what a .hef holds (target, contexts, streams) in a tab of its own; nullptr with a
    /// message when it does not read.
    QWidget* openBinary(const QString& path);
    void openDemoModel();
    QString currentProjectPath() const { return mProjectPath; }
    /// Whether saving the project also saves each parsed model's HAR beside it; unset, the first
    /// save asks (the HARs can be large). Kept in the project.
    void setSaveHarsBesideProject(std::optional<bool> choice) { mSaveHars = choice; }
    std::optional<bool> saveHarsBesideProject() const { return mSaveHars; }
    /// Recently opened projects and models, newest first (File → Open recent, the welcome page).
    QStringList recentFiles() const;
    /// Per recent project (or report), each model's latest compile: FPS, target, contexts.
    QHash<QString, QString> recentNotes(const QStringList& paths) const;
    ModelView* currentView() const;
    ParseReviewWidget* currentReview() const;
    QList<ModelView*> views() const;
    QList<ParseReviewWidget*> reviews() const;
    QString lastError() const { return mLastError; }
    ActionRegistry* actions() const { return mActions; }
    PropertiesDock* propertiesDock() const { return mPropertiesDock; }
    IssuesDock* issuesDock() const { return mIssuesDock; }
    ScriptEditorDock* scriptDock() const { return mScriptDock; }
    LogDock* logDock() const { return mLogDock; }
    SnrChartDock* snrDock() const { return mSnrDock; }
    LayerNoiseDock* layerNoiseDock() const { return mLayerNoiseDock; }
    RunHistoryDock* runsDock() const { return mRunsDock; }
    CompileHistoryDock* compilesDock() const { return mCompilesDock; }
    ContextUtilizationDock* contextsDock() const { return mContextsDock; }
    StageBar* stageBar() const { return mStageBar; }
    WelcomePage* welcomePage() const { return mWelcome; }
    /// Generates the demo model (MobileNetV2) into the cache when needed; returns its path.
    static QString demoModelPath();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    /// The one place a document becomes a tab: its view, its signals, the docks.
    ModelView* addModel(ModelDocument* doc);
    void closeAllModels();
    void createActions();
    void createDocks();
    void retranslateUi();
    void activate(ModelView* view);
    void showError(const QString& message, bool popup = true);
    void log(const QString& message);
    void updateTab(ModelDocument* doc);
    void autosave();
    void addRecent(const QString& path);
    bool maybeSave();
    QString projectSavePath();
    void fillRecentMenu();
    void askSaveHars();  ///< sets mSaveHars from the user's answer (once per project)
    void saveHarsBeside(const QString& projectPath);
    ProjectModel projectModelOf(ModelView* view) const;  ///< what the project records of a tab
    void showNoise(ModelView* view);  ///< raises the noise docks, colours by SNR, selects the worst layer
    void arrangeChartDocks();         ///< gives the chart docks room (bottom group, right column)
    QString fileDialogDir() const;
    void rememberDir(const QString& path);
    /// Asks where to save (starting at `suggested`), writes with `write`, logs `done` (%1: the
    /// path) or shows the error.
    void exportFile(const QString& title, const QString& suggested, const QString& filter, const QString& done,
                    const std::function<void(const QString&)>& write);

    QStackedWidget* mStack;
    WelcomePage* mWelcome;
    QTabWidget* mTabs;
    QUndoGroup* mUndoGroup;
    ActionRegistry* mActions;
    StageBar* mStageBar;
    PropertiesDock* mPropertiesDock;
    IssuesDock* mIssuesDock;
    HistoryDock* mHistoryDock;
    ScriptEditorDock* mScriptDock;
    SnrChartDock* mSnrDock;
    LayerNoiseDock* mLayerNoiseDock;
    RunHistoryDock* mRunsDock;
    CompileHistoryDock* mCompilesDock;
    ContextUtilizationDock* mContextsDock;
    LogDock* mLogDock;
    QString mProjectPath, mLastError;
    std::optional<bool> mSaveHars;
    bool mProjectDirty = false;
    QMenu *mFileMenu, *mEditMenu, *mViewMenu, *mParseMenu, *mOptimizeMenu, *mCompileMenu, *mSettingsMenu, *mHelpMenu, *mRecentMenu;
};

}  // namespace dfc::ui
