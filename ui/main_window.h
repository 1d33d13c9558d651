#pragma once
// The Studio's main window: a welcome page, one tab per model (parse review), and docks for
// properties, issues, undo history and the log. Projects save atomically and autosave.
#include <QMainWindow>

class QListWidget;
class QPlainTextEdit;
class QStackedWidget;
class QTabWidget;
class QTextBrowser;
class QUndoGroup;

namespace dfc::ui {

class ModelDocument;
class ParseReviewWidget;
class WelcomePage;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QWidget* parent = nullptr);

    /// Opens an .onnx or .har in a new tab and parses it; returns its review widget.
    ParseReviewWidget* openModel(const QString& path);
    /// Opens a project file (.dfcproj); false with a message on failure.
    bool openProject(const QString& path);
    bool saveProject(const QString& path);
    void openFile(const QString& path);  ///< dispatches on the extension
    void openDemoModel();
    QString currentProjectPath() const { return mProjectPath; }
    ParseReviewWidget* currentReview() const;
    QList<ParseReviewWidget*> reviews() const;
    QString lastError() const { return mLastError; }
    /// Generates the demo model (MobileNetV2) into the cache when needed; returns its path.
    static QString demoModelPath();

protected:
    void closeEvent(QCloseEvent* event) override;
    void dragEnterEvent(QDragEnterEvent* event) override;
    void dropEvent(QDropEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createActions();
    void createDocks();
    void retranslateUi();
    void showError(const QString& message, bool popup = true);
    void log(const QString& message);
    void updateTab(ModelDocument* doc);
    void updateIssues();
    void autosave();
    void addRecent(const QString& path);
    bool maybeSave();
    QString projectSavePath();

    QStackedWidget* mStack;
    WelcomePage* mWelcome;
    QTabWidget* mTabs;
    QTextBrowser* mProperties;
    QListWidget* mIssues;
    QPlainTextEdit* mLog;
    QUndoGroup* mUndoGroup;
    QString mProjectPath, mLastError;
    bool mProjectDirty = false;
    QMenu *mFileMenu, *mEditMenu, *mViewMenu, *mParseMenu, *mSettingsMenu;
    QAction *mNewProject, *mOpenProject, *mOpenModel, *mOpenDemo, *mSave, *mSaveAs, *mExportHar,
        *mExportSvg, *mExportPng, *mCloseTab, *mQuit, *mUndo, *mRedo, *mFit, *mFind, *mReparse, *mEnglish,
        *mVietnamese, *mSystemLanguage;
    QDockWidget *mPropertiesDock, *mIssuesDock, *mLogDock, *mUndoDock;
};

}  // namespace dfc::ui
