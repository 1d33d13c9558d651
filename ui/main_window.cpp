#include "main_window.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QPointer>
#include <QTimer>
#include <QToolBar>
#include <QUndoGroup>

#include "action_registry.h"
#include "docks/history_dock.h"
#include "docks/layer_noise_dock.h"
#include "docks/compile_history_dock.h"
#include "docks/context_utilization_dock.h"
#include "docks/run_history_dock.h"
#include "docks/snr_chart_dock.h"
#include "docks/script_editor_dock.h"
#include "docks/issues_dock.h"
#include "docks/log_dock.h"
#include "docks/properties_dock.h"
#include "graph/graph_view.h"
#include "io/atomic_file.h"
#include "inference_dialog.h"
#include "language.h"
#include "layer_fixes.h"
#include "model_document.h"
#include "model_view.h"
#include "binary_text.h"
#include "parse_review_widget.h"
#include "profile_report_view.h"
#include "project.h"
#include "shortcuts_dialog.h"
#include "stage_bar.h"
#include "optimize_wizard.h"
#include "compile_wizard.h"
#include "verify_dialog.h"
#include "welcome_page.h"
#include "zoo/zoo_networks.h"

namespace dfc::ui {
namespace {

QIcon dirtyDot()
{
    QPixmap pm(10, 10);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setBrush(QColor(220, 40, 40));
    p.setPen(Qt::NoPen);
    p.drawEllipse(1, 1, 8, 8);
    return QIcon(pm);
}

QJsonObject shapesToJson(const QMap<QString, QList<qint64>>& shapes)
{
    QJsonObject out;
    for (auto it = shapes.begin(); it != shapes.end(); ++it) {
        QJsonArray dims;
        for (qint64 v : it.value()) dims.append(v);
        out[it.key()] = dims;
    }
    return out;
}

QMap<QString, QList<qint64>> shapesFromJson(const QJsonObject& json)
{
    QMap<QString, QList<qint64>> shapes;
    for (auto it = json.begin(); it != json.end(); ++it)
        for (const QJsonValue& d : it.value().toArray()) shapes[it.key()].append(d.toInteger());
    return shapes;
}

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName("mainWindow");
    setAcceptDrops(true);
    mUndoGroup = new QUndoGroup(this);
    mActions = new ActionRegistry(this);
    mStack = new QStackedWidget;
    mWelcome = new WelcomePage;
    mTabs = new QTabWidget;
    mTabs->setObjectName("modelTabs");
    mTabs->setTabsClosable(true);
    mTabs->setDocumentMode(true);
    mStack->addWidget(mWelcome);
    mStack->addWidget(mTabs);
    setCentralWidget(mStack);
    mStageBar = new StageBar;
    auto* pipeline = addToolBar(QString());
    pipeline->setObjectName("pipelineToolBar");
    pipeline->addWidget(mStageBar);
    connect(mStageBar, &StageBar::stageRequested, this, [this](ModelDocument::Stage stage) {
        if (ModelView* v = currentView()) v->showStage(stage);
        mStageBar->setShownStage(currentView() ? currentView()->shownStage() : ModelDocument::Stage::Parsed);
    });
    createDocks();
    createActions();
    mStageBar->setReoptimizeAction(mActions->action("Optimize.Reoptimize"));
    retranslateUi();
    connect(mWelcome, &WelcomePage::newProject, mActions->action("File.NewProject"), &QAction::trigger);
    connect(mWelcome, &WelcomePage::openProject, mActions->action("File.OpenProject"), &QAction::trigger);
    connect(mWelcome, &WelcomePage::openModel, mActions->action("File.OpenModel"), &QAction::trigger);
    connect(mWelcome, &WelcomePage::openDemo, this, &MainWindow::openDemoModel);
    connect(mWelcome, &WelcomePage::openRecent, this, &MainWindow::openFile);
    connect(mTabs, &QTabWidget::tabCloseRequested, this, [this](int i) {
        QWidget* view = mTabs->widget(i);
        mTabs->removeTab(i);
        view->deleteLater();
        mProjectDirty = true;
        if (mTabs->count() == 0) mStack->setCurrentWidget(mWelcome);
    });
    connect(mTabs, &QTabWidget::currentChanged, this, [this] { activate(currentView()); });
    QSettings settings;
    restoreGeometry(settings.value("window/geometry").toByteArray());
    if (!restoreState(settings.value("window/state").toByteArray()))
        resizeDocks({mIssuesDock}, {160}, Qt::Vertical);  // first start: the graphs get the room
    mWelcome->setRecent(recentFiles(), recentNotes(recentFiles()));
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &MainWindow::autosave);
    timer->start(60 * 1000);
    resize(std::max(width(), 1280), std::max(height(), 800));
    activate(nullptr);
}

void MainWindow::createDocks()
{
    mPropertiesDock = new PropertiesDock(this);
    mIssuesDock = new IssuesDock(this);
    mHistoryDock = new HistoryDock(mUndoGroup, this);
    mScriptDock = new ScriptEditorDock(this);
    mLogDock = new LogDock(this);
    mSnrDock = new SnrChartDock(this);
    mLayerNoiseDock = new LayerNoiseDock(this);
    mRunsDock = new RunHistoryDock(this);
    mCompilesDock = new CompileHistoryDock(this);
    mContextsDock = new ContextUtilizationDock(this);
    // The right column runs the full height: its docks (a layer's charts) and the bottom ones (the
    // SNR chart) then share no height, and neither squeezes the other off a laptop screen.
    setCorner(Qt::BottomRightCorner, Qt::RightDockWidgetArea);
    addDockWidget(Qt::RightDockWidgetArea, mPropertiesDock);
    addDockWidget(Qt::BottomDockWidgetArea, mIssuesDock);
    addDockWidget(Qt::BottomDockWidgetArea, mLogDock);
    addDockWidget(Qt::RightDockWidgetArea, mHistoryDock);
    tabifyDockWidget(mIssuesDock, mLogDock);
    addDockWidget(Qt::BottomDockWidgetArea, mScriptDock);
    tabifyDockWidget(mLogDock, mScriptDock);
    addDockWidget(Qt::BottomDockWidgetArea, mSnrDock);
    tabifyDockWidget(mScriptDock, mSnrDock);
    addDockWidget(Qt::BottomDockWidgetArea, mContextsDock);
    tabifyDockWidget(mSnrDock, mContextsDock);
    addDockWidget(Qt::RightDockWidgetArea, mLayerNoiseDock);
    tabifyDockWidget(mPropertiesDock, mLayerNoiseDock);
    addDockWidget(Qt::RightDockWidgetArea, mRunsDock);
    tabifyDockWidget(mHistoryDock, mRunsDock);
    addDockWidget(Qt::RightDockWidgetArea, mCompilesDock);
    tabifyDockWidget(mRunsDock, mCompilesDock);
    mPropertiesDock->raise();
    mHistoryDock->raise();
    mIssuesDock->raise();
    connect(mIssuesDock, &IssuesDock::contentChanged, this, [this] {
        // Nothing listed: the dock shrinks to its summary instead of keeping an empty box.
        if (mIssuesDock->count() == 0 && !mIssuesDock->isFloating() && mIssuesDock->isVisible())
            resizeDocks({mIssuesDock}, {mIssuesDock->sizeHint().height()}, Qt::Vertical);
    });
    mIssuesDock->raise();
}

void MainWindow::createActions()
{
    auto add = [this](const QString& id, const QKeySequence& shortcut, auto&& slot, const char* icon = nullptr) {
        auto* a = new QAction(icon ? QIcon::fromTheme(icon) : QIcon(), QString(), this);
        connect(a, &QAction::triggered, this, slot);
        return mActions->add(id, a, shortcut);
    };
    add("File.NewProject", QKeySequence::New, [this] {
        if (!maybeSave()) return;
        closeAllModels();
        mProjectPath.clear();
        mSaveHars.reset();
        mProjectDirty = false;
        retranslateUi();
    }, "document-new");
    add("File.OpenProject", QKeySequence::Open, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), fileDialogDir(), tr("Dataflow Studio projects (*.dfcproj)"));
        if (!path.isEmpty()) openProject(path);
    }, "document-open");
    add("File.OpenModel", QKeySequence(tr("Ctrl+Shift+O")), [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open model"), fileDialogDir(), tr("Models (*.onnx *.tflite *.har)"));
        if (!path.isEmpty()) openModel(path);
    }, "document-import");
    add("File.OpenReport", {}, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a profiler report or a compiled binary"), fileDialogDir(),
                                                          tr("Reports and binaries (*.json *.hef)"));
        if (!path.isEmpty()) openFile(path);
    });
    add("File.OpenDemo", {}, [this] { openDemoModel(); });
    add("File.Save", QKeySequence::Save, [this] {
        const QString path = mProjectPath.isEmpty() ? projectSavePath() : mProjectPath;
        if (!path.isEmpty()) saveProject(path);
    }, "document-save");
    add("File.SaveAs", QKeySequence::SaveAs, [this] {
        const QString path = projectSavePath();
        if (!path.isEmpty()) saveProject(path);
    }, "document-save-as");
    add("File.ExportHar", {}, [this] {
        if (ModelView* v = currentView())
            exportFile(tr("Export HAR"), fileDialogDir(), tr("HAR archives (*.har)"), tr("HAR written to %1"),
                       [doc = v->document()](const QString& path) { doc->saveHar(path); });
    });
    add("File.ExportHef", {}, [this] {
        ModelView* v = currentView();
        if (!v || !v->document()->binaryInfo()) return;
        const QString name = QString::fromStdString(v->document()->graph().name) + ".hef";
        exportFile(tr("Export compiled binary"), QDir(fileDialogDir()).filePath(name), tr("Compiled binaries (*.hef)"),
                   tr("Binary written to %1"), [doc = v->document()](const QString& path) { doc->exportHef(path); });
    });
    add("File.ExportSvg", {}, [this] {
        ParseReviewWidget* r = currentReview();
        const QString path = r ? QFileDialog::getSaveFileName(this, tr("Export graph"), fileDialogDir(), tr("SVG (*.svg)")) : QString();
        if (!path.isEmpty() && !r->exportSvg(path)) showError(tr("Could not write %1").arg(path));
    });
    add("File.ExportPng", {}, [this] {
        ParseReviewWidget* r = currentReview();
        const QString path = r ? QFileDialog::getSaveFileName(this, tr("Export graph"), fileDialogDir(), tr("PNG (*.png)")) : QString();
        if (!path.isEmpty() && !r->exportPng(path)) showError(tr("Could not write %1").arg(path));
    });
    add("File.CloseModel", QKeySequence::Close, [this] {
        if (mTabs->currentIndex() >= 0) emit mTabs->tabCloseRequested(mTabs->currentIndex());
    });
    add("File.Quit", QKeySequence::Quit, [this] { close(); }, "application-exit");
    mActions->add("Edit.Undo", mUndoGroup->createUndoAction(this), QKeySequence::Undo);
    mActions->add("Edit.Redo", mUndoGroup->createRedoAction(this), QKeySequence::Redo);
    add("View.ZoomToFit", QKeySequence(tr("Ctrl+0")), [this] {
        if (ParseReviewWidget* r = currentReview()) r->zoomToFit();
    }, "zoom-fit-best");
    add("View.Find", QKeySequence::Find, [this] {
        if (ParseReviewWidget* r = currentReview()) r->findChild<QLineEdit*>()->setFocus();
    }, "edit-find");
    mActions->add("View.Properties", mPropertiesDock->toggleViewAction());
    mActions->add("View.Issues", mIssuesDock->toggleViewAction());
    mActions->add("View.Log", mLogDock->toggleViewAction());
    mActions->add("View.History", mHistoryDock->toggleViewAction());
    mActions->add("View.ModelScript", mScriptDock->toggleViewAction());
    mActions->add("View.SnrChart", mSnrDock->toggleViewAction());
    mActions->add("View.LayerNoise", mLayerNoiseDock->toggleViewAction());
    mActions->add("View.Runs", mRunsDock->toggleViewAction());
    mActions->add("View.Compiles", mCompilesDock->toggleViewAction());
    mActions->add("View.Contexts", mContextsDock->toggleViewAction());
    add("Parse.Reparse", QKeySequence(Qt::Key_F5), [this] {
        if (ModelView* v = currentView()) v->document()->reparse();
    }, "view-refresh");
    add("Parse.InputShapes", {}, [this] {
        if (ParseReviewWidget* r = currentReview()) r->askInputShapes();
    });
    add("Parse.Verify", {}, [this] {
        ModelView* v = currentView();
        if (!v || !v->document()->isStageAvailable(ModelDocument::Stage::Parsed)) {
            showError(tr("Parse the model before verifying it."), false);
            return;
        }
        auto* dialog = new VerifyDialog(v->document(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // Closing the model's tab closes its dialog: it works on that document.
        connect(v->document(), &QObject::destroyed, dialog, &QDialog::close);
        dialog->show();
    }, "system-search");
    add("Optimize.Run", {}, [this] {
        ModelView* v = currentView();
        if (!v || !v->document()->isStageAvailable(ModelDocument::Stage::Parsed)) {
            showError(tr("Parse the model before optimizing it."), false);
            return;
        }
        auto* wizard = new OptimizeWizard(v->document(), this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(v->document(), &QObject::destroyed, wizard, &QWizard::reject);
        // A quantized model is shown as such: the wizard ends on the optimized stage's page.
        connect(wizard, &QWizard::accepted, this, [this, v] {
            if (currentView() == v && v->showStage(ModelDocument::Stage::Optimized)) mStageBar->setShownStage(v->shownStage());
        });
        wizard->open();
    }, "system-run");
    add("Optimize.AnalyzeNoise", {}, [this] {
        ModelView* v = currentView();
        if (!v || !v->document()->lastCalibration()) {
            showError(tr("Optimize the model first: the noise analysis runs on its calibration data."), false);
            return;
        }
        v->document()->analyzeNoise(*v->document()->lastCalibration());
    });
    add("Optimize.RaiseLevel", {}, [this] {
        if (ModelView* v = currentView()) LayerFixes::raiseOptimizationLevel(v->document());
    });
    add("Optimize.SixteenBitNoisiest", {}, [this] {
        ModelView* v = currentView();
        if (!v || !v->document()->noiseReport()) {
            showError(tr("Analyze the noise per layer first: the choice is made from each layer's measured effect."), false);
            return;
        }
        LayerFixes::askSixteenBitNoisiest(v->document(), this);
    });
    add("Optimize.TryInput", {}, [this] {
        ModelView* v = currentView();
        if (!v || !v->document()->isStageAvailable(ModelDocument::Stage::Parsed)) {
            showError(tr("Parse the model before running an input through it."), false);
            return;
        }
        auto* dialog = new InferenceDialog(v->document(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(v->document(), &QObject::destroyed, dialog, &QDialog::reject);
        dialog->show();
    });
    add("Optimize.Reoptimize", {}, [this] {
        ModelView* v = currentView();
        if (!v || !v->document()->lastCalibration()) {
            showError(tr("Optimize the model once with the wizard; Re-optimize then reuses its calibration data."), false);
            return;
        }
        v->document()->optimize(*v->document()->lastCalibration());
    });
    add("Compile.Run", {}, [this] {
        ModelView* v = currentView();
        const ModelDocument* d = v ? v->document() : nullptr;
        if (!d || (d->runner().state() != ModelState::Quantized && d->runner().state() != ModelState::Compiled) ||
            !d->isStageAvailable(ModelDocument::Stage::Optimized)) {
            showError(tr("Optimize the model before compiling it: the compiler places the quantized layers."), false);
            return;
        }
        auto* wizard = new CompileWizard(v->document(), this);
        wizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(v->document(), &QObject::destroyed, wizard, &QWizard::reject);
        connect(wizard, &QWizard::accepted, this, [this, v] {
            if (currentView() == v && v->showStage(ModelDocument::Stage::Profiled)) mStageBar->setShownStage(v->shownStage());
        });
        wizard->open();
    }, "system-run");
    add("Compile.Recompile", {}, [this] {
        ModelView* v = currentView();
        if (!v || !v->document()->isStageAvailable(ModelDocument::Stage::Compiled)) {
            showError(tr("Compile the model once with the wizard; Re-compile then reuses its choices."), false);
            return;
        }
        v->document()->compile();
    });
    add("Settings.Shortcuts", {}, [this] {
        auto* dialog = new ShortcutsDialog(mActions, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    add("Help.About", {}, [this] {
        // The version is the one of dfc, the HARs and the package (CMake's project version).
        QMessageBox::about(this, tr("About Dataflow Studio"),
                           tr("<h3>Dataflow Studio %1</h3><p>Parse, quantize, compile and profile neural networks for dataflow "
                              "NPUs (hailo8, hailo8l, hailo8r), with no vendor software.</p><p>Built with Qt %2.</p>")
                               .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    }, "help-about");
    add("Settings.LanguageSystem", {}, [] { setLanguage("system"); });
    add("Settings.LanguageEnglish", {}, [] { setLanguage("en"); });
    add("Settings.LanguageVietnamese", {}, [] { setLanguage("vi"); });
    auto* languages = new QActionGroup(this);  // the menu shows the choice in force
    for (const auto& [id, code] : {std::pair{"Settings.LanguageSystem", "system"}, {"Settings.LanguageEnglish", "en"},
                                   {"Settings.LanguageVietnamese", "vi"}}) {
        QAction* a = mActions->action(id);
        a->setCheckable(true);
        a->setChecked(savedLanguage() == code);
        languages->addAction(a);
    }

    // The menus, from the registry's ids ("-": a separator).
    const QList<QPair<QMenu**, QStringList>> menus = {
        {&mFileMenu, {"File.NewProject", "File.OpenProject", "File.OpenModel", "File.OpenReport", "File.OpenDemo", "-", "File.Save", "File.SaveAs",
                      "File.ExportHar", "File.ExportHef", "File.ExportSvg", "File.ExportPng", "File.CloseModel", "-", "File.Quit"}},
        {&mEditMenu, {"Edit.Undo", "Edit.Redo"}},
        {&mViewMenu, {"View.ZoomToFit", "View.Find", "-", "View.Properties", "View.Issues", "View.Log", "View.History", "View.ModelScript",
                       "View.SnrChart", "View.LayerNoise", "View.Runs", "View.Compiles", "View.Contexts"}},
        {&mParseMenu, {"Parse.Reparse", "Parse.InputShapes", "-", "Parse.Verify"}},
        {&mOptimizeMenu, {"Optimize.Run", "Optimize.AnalyzeNoise", "-", "Optimize.RaiseLevel", "Optimize.SixteenBitNoisiest",
                          "Optimize.Reoptimize", "-", "Optimize.TryInput"}},
        {&mCompileMenu, {"Compile.Run", "Compile.Recompile"}},
        {&mSettingsMenu, {"Settings.Shortcuts", "-", "Settings.LanguageSystem", "Settings.LanguageEnglish", "Settings.LanguageVietnamese"}},
        {&mHelpMenu, {"Help.About"}},
    };
    for (const auto& [menu, ids] : menus) {
        *menu = menuBar()->addMenu(QString());
        for (const QString& id : ids) {
            if (id == "-") (*menu)->addSeparator();
            else (*menu)->addAction(mActions->action(id));
        }
    }
    // File → Open recent: projects and models, newest first, rebuilt each time it opens.
    mRecentMenu = new QMenu(this);
    mRecentMenu->setObjectName("recentMenu");
    mFileMenu->insertMenu(mActions->action("File.OpenDemo"), mRecentMenu);
    connect(mRecentMenu, &QMenu::aboutToShow, this, &MainWindow::fillRecentMenu);
}

void MainWindow::fillRecentMenu()
{
    mRecentMenu->clear();
    const QStringList recent = recentFiles();
    for (const QString& path : recent) {
        QAction* a = mRecentMenu->addAction(QFileInfo(path).fileName(), this, [this, path] { openFile(path); });
        a->setToolTip(path);
        a->setStatusTip(path);
        a->setEnabled(QFileInfo::exists(path));  // moved or deleted since: shown, not offered
    }
    if (recent.isEmpty()) mRecentMenu->addAction(tr("No recent files"))->setEnabled(false);
    mRecentMenu->addSeparator();
    mRecentMenu->addAction(tr("Clear the list"), this, [this] {
        QSettings().remove("recentFiles");
        mWelcome->setRecent({});
    })->setEnabled(!recent.isEmpty());
}

QStringList MainWindow::recentFiles() const
{
    QSettings settings;
    // Before models were listed, only projects were, under another key.
    return settings.contains("recentFiles") ? settings.value("recentFiles").toStringList()
                                            : settings.value("recentProjects").toStringList();
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Dataflow Studio") + (mProjectPath.isEmpty() ? QString() : " — " + QFileInfo(mProjectPath).fileName()));
    mFileMenu->setTitle(tr("&File"));
    mRecentMenu->setTitle(tr("Open &recent"));
    mEditMenu->setTitle(tr("&Edit"));
    mViewMenu->setTitle(tr("&View"));
    mParseMenu->setTitle(tr("&Parse"));
    mOptimizeMenu->setTitle(tr("&Optimize"));
    mCompileMenu->setTitle(tr("&Compile"));
    mSettingsMenu->setTitle(tr("&Settings"));
    mHelpMenu->setTitle(tr("&Help"));
    const QHash<QString, QString> texts = {
        {"File.NewProject", tr("&New project")},
        {"File.OpenProject", tr("&Open project…")},
        {"File.OpenModel", tr("Open &model…")},
        {"File.OpenDemo", tr("Open the &demo model")},
        {"File.Save", tr("&Save project")},
        {"File.SaveAs", tr("Save project &as…")},
        {"File.ExportHar", tr("Export &HAR…")},
        {"File.ExportHef", tr("Export compiled &binary (.hef)…")},
        {"File.ExportSvg", tr("Export graph as SV&G…")},
        {"File.ExportPng", tr("Export graph as &PNG…")},
        {"File.CloseModel", tr("&Close model")},
        {"File.Quit", tr("&Quit")},
        {"Edit.Undo", tr("&Undo")},
        {"Edit.Redo", tr("&Redo")},
        {"View.ZoomToFit", tr("Zoom to &fit")},
        {"View.Find", tr("&Find…")},
        {"Parse.Reparse", tr("&Re-parse")},
        {"Parse.InputShapes", tr("&Input shapes…")},
        {"Parse.Verify", tr("&Verify against your framework…")},
        {"Optimize.Run", tr("&Optimize (calibrate and quantize)…")},
        {"Optimize.AnalyzeNoise", tr("Analyze &noise per layer")},
        {"Optimize.RaiseLevel", tr("&Raise the optimization level")},
        {"Optimize.SixteenBitNoisiest", tr("&16-bit for the noisiest layers…")},
        {"Optimize.Reoptimize", tr("R&e-optimize with the script")},
        {"Optimize.TryInput", tr("&Try an input in every emulator mode…")},
        {"Compile.Run", tr("&Compile and profile…")},
        {"File.OpenReport", tr("Open profiler &report or binary…")},
        {"Compile.Recompile", tr("&Re-compile with the script")},
        {"Settings.Shortcuts", tr("&Keyboard shortcuts…")},
        {"Settings.LanguageSystem", tr("Language: system default")},
        {"Help.About", tr("&About Dataflow Studio")},
        {"Settings.LanguageEnglish", QStringLiteral("English")},
        {"Settings.LanguageVietnamese", QStringLiteral("Tiếng Việt")},
    };
    for (auto it = texts.begin(); it != texts.end(); ++it) mActions->action(it.key())->setText(it.value());
    if (QToolBar* bar = findChild<QToolBar*>("pipelineToolBar")) bar->setWindowTitle(tr("Pipeline"));
    mWelcome->retranslateUi();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QMainWindow::changeEvent(event);
}

namespace {
QString demoModelLocation() { return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + "/demo/mobilenet_v2.onnx"; }
}  // namespace

QString MainWindow::demoModelPath()
{
    const QString path = demoModelLocation();
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(QFileInfo(path).absolutePath());
        writeFileAtomic(path.toStdString(), zooNetworkOnnxBytes("mobilenet_v2"));
    }
    return path;
}

void MainWindow::openDemoModel()
{
    try {
        openModel(demoModelPath());
    } catch (const std::exception& e) {
        showError(QString::fromUtf8(e.what()));
    }
}

void MainWindow::openFile(const QString& path)
{
    if (path.endsWith(".dfcproj", Qt::CaseInsensitive)) openProject(path);
    else if (path.endsWith(".json", Qt::CaseInsensitive)) openReport(path);
    else if (path.endsWith(".hef", Qt::CaseInsensitive)) openBinary(path);
    else openModel(path);
}

QWidget* MainWindow::openBinary(const QString& path)
{
    HefInfo info;
    try {
        info = readHefFile(path.toStdString()).info;
    } catch (const Error& e) {
        showError(tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what())));
        return nullptr;
    }
    rememberDir(path);
    addRecent(path);
    auto* text = new QTextBrowser;
    text->setObjectName("binaryInfo");
    text->setHtml(BinaryText::describeBinary(info) + "<br><br>" +
                  (info.hasPayload ? tr("Written by Dataflow Studio: its payload runs on our CPU runtime (dfc infer).")
                                   : tr("Written by another compiler: its streams are shown; our runtime cannot run it.")).toHtmlEscaped());
    mTabs->addTab(text, QFileInfo(path).fileName());
    mTabs->setCurrentWidget(text);
    mStack->setCurrentWidget(mTabs);
    log(tr("%1: compiled binary for %2, %n context(s)", "", int(info.contexts.size())).arg(QFileInfo(path).fileName(), QString::fromStdString(info.hwArch)));
    return text;
}

ProfileReportView* MainWindow::openReport(const QString& path)
{
    nlohmann::ordered_json report;
    try {
        report = ProfileReportView::readReportFile(path);
    } catch (const Error& e) {
        showError(tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what())));
        return nullptr;
    }
    rememberDir(path);
    addRecent(path);
    // A report alone: its own tab, no model behind it (no graph, no what-ifs).
    auto* view = new ProfileReportView(nullptr);
    try {
        view->setReport(report);
    } catch (const nlohmann::json::exception& e) {
        delete view;
        showError(tr("Could not open %1: %2").arg(QFileInfo(path).fileName(), QString::fromUtf8(e.what())));
        return nullptr;
    }
    mTabs->addTab(view, QFileInfo(path).fileName());
    mTabs->setCurrentWidget(view);
    mStack->setCurrentWidget(mTabs);
    log(tr("%1: profiler report of %2 on %3").arg(QFileInfo(path).fileName(), QString::fromStdString(report["network"].get<std::string>()),
                                                 QString::fromStdString(report["hw_arch"].get<std::string>())));
    return view;
}

ModelView* MainWindow::addModel(ModelDocument* doc)
{
    auto* view = new ModelView(doc);
    mUndoGroup->addStack(doc->undoStack());
    connect(view->review(), &ParseReviewWidget::statusMessage, this, [this](const QString& m) {
        statusBar()->showMessage(m, 8000);
        log(m);
    });
    connect(doc, &ModelDocument::dirtyChanged, this, [this, doc] { updateTab(doc); });
    connect(doc, &ModelDocument::parseFinished, this, [this, view, doc] {
        log(tr("%1: %2 layers").arg(doc->displayName()).arg(doc->graph().size()));
        if (doc->noiseReport()) showNoise(view);  // a HAR that `dfc analyze-noise` wrote
        // A HAR that `dfc compiler` wrote opens on its report once the profiler made it.
        if (doc->isStageAvailable(ModelDocument::Stage::Compiled))
            connect(doc, &ModelDocument::profileFinished, view, [this, view] {
                if (view->shownStage() == ModelDocument::Stage::Parsed && view->showStage(ModelDocument::Stage::Profiled) &&
                    view == currentView())
                    mStageBar->setShownStage(view->shownStage());
            }, Qt::SingleShotConnection);
    });
    connect(doc, &ModelDocument::optimizeFinished, this, [this, doc] {
        const auto& s = doc->lastOptimization();
        log(tr("%1: quantized (optimization level %2, compression level %3, %n calibration item(s))", "", int(s->calibrationImages))
                .arg(doc->displayName())
                .arg(s->config.optimizationLevel)
                .arg(s->config.compressionLevel));
    });
    connect(doc, &ModelDocument::runsChanged, this, [this, view, doc] {
        // A second run is what the user waits to compare: its dock comes forward.
        if (view == currentView() && doc->runs().size() >= 2 && !mRunsDock->isHidden()) mRunsDock->raise();
    });
    connect(doc, &ModelDocument::noiseAnalyzed, this, [this, view, doc] {
        const auto ranking = doc->noiseReport()->ranking();
        if (ranking.empty() || ranking.front()->outputSnrDb.empty()) return;
        const LayerNoise& worst = *ranking.front();
        log(tr("%1: noisiest layer %2 (output SNR %3 dB with only it quantized); right-click it for fixes")
                .arg(doc->displayName(), QString::fromStdString(worst.layer))
                .arg(worst.worstOutputSnrDb(), 0, 'f', 1));
        showNoise(view);
    });
    connect(doc, &ModelDocument::profileFinished, this, [this, view, doc] {
        const auto& p = (*doc->profileReport())["performance"];
        log(tr("%1: %2 FPS at batch 1, %3 at batch 8 on %4; limited by %5")
                .arg(doc->displayName())
                .arg(p["fps_batch_1"].get<double>(), 0, 'f', 1)
                .arg(p["fps_batch_8"].get<double>(), 0, 'f', 1)
                .arg(doc->hwArch(), QString::fromStdString(p["limited_by"].get<std::string>())));
        if (view == currentView()) mStageBar->setShownStage(view->shownStage());
    });
    connect(doc, &ModelDocument::compilesChanged, this, [this, view, doc] {
        // A second compile is what the user waits to compare: its dock comes forward.
        if (view == currentView() && doc->compiles().size() >= 2 && !mCompilesDock->isHidden()) mCompilesDock->raise();
    });
    connect(doc, &ModelDocument::compileFinished, this, [this, view] {
        if (view == currentView() && !mContextsDock->isHidden()) {
            mContextsDock->raise();
            QTimer::singleShot(0, this, [this] {  // the charts and the compiles' comparison get room
                arrangeChartDocks();
                if (dockWidgetArea(mHistoryDock) == Qt::RightDockWidgetArea && dockWidgetArea(mPropertiesDock) == Qt::RightDockWidgetArea)
                    resizeDocks({mPropertiesDock, mHistoryDock}, {height() / 2, height() / 2}, Qt::Vertical);
            });
        }
        // The report is what the user compiled for: it comes forward.
        if (view == currentView() && view->showStage(ModelDocument::Stage::Profiled)) mStageBar->setShownStage(view->shownStage());
    });
    connect(doc, &ModelDocument::stageFailed, this, [this, doc](const JobError& e) {
        log(doc->displayName() + ": " + e.text);  // the wizard shows it too; the Log keeps it
    });
    connect(doc, &ModelDocument::pipelineChanged, this, [this, view, doc] {
        if (view == currentView()) mActions->action("File.ExportHef")->setEnabled(doc->binaryInfo() != nullptr);
    });
    connect(doc, &ModelDocument::parseFailed, this, [this, doc, view](const JobError& e) {
        const QString what = e.message + (e.location.isEmpty() ? QString() : " (" + e.location + ")");
        // Missing input shapes are asked for by the review itself: no second dialog.
        if (e.code == ErrorCode::InputShapeNeeded) return showError(doc->displayName() + ": " + what, false);
        if (doc->hasParse()) return showError(doc->displayName() + ": " + what);  // the last good parse stays
        // A file that never opened leaves no empty tab behind (with Re-parse enabled on nothing).
        showError(tr("Could not open %1: %2").arg(doc->displayName(), what));
        if (const int i = mTabs->indexOf(view); i >= 0) emit mTabs->tabCloseRequested(i);
    });
    mTabs->addTab(view, doc->displayName());
    mStack->setCurrentWidget(mTabs);
    return view;
}

ParseReviewWidget* MainWindow::openModel(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        showError(tr("%1 does not exist").arg(path));
        return nullptr;
    }
    rememberDir(path);
    if (QFileInfo(path).absoluteFilePath() != QFileInfo(demoModelLocation()).absoluteFilePath()) addRecent(path);  // not the demo
    ModelView* view = addModel(new ModelDocument(QFileInfo(path).absoluteFilePath()));
    mTabs->setCurrentWidget(view);
    mProjectDirty = true;
    view->document()->reparse();
    return view->review();
}

void MainWindow::closeAllModels()
{
    activate(nullptr);
    while (mTabs->count()) {
        mTabs->widget(0)->deleteLater();
        mTabs->removeTab(0);
    }
    mStack->setCurrentWidget(mWelcome);
}

bool MainWindow::openProject(const QString& path)
{
    Project project;
    QString source = path;
    const QFileInfo autosaved(path + ".autosave");
    if (autosaved.exists() && autosaved.lastModified() > QFileInfo(path).lastModified() && isVisible() &&
        QMessageBox::question(this, tr("Recover unsaved changes"),
                              tr("%1 has newer unsaved changes from a session that did not close normally. "
                                 "Recover them?").arg(QFileInfo(path).fileName())) == QMessageBox::Yes)
        source = autosaved.filePath();  // the user saves it to keep it
    try {
        project = Project::load(source);
        project.filePath = QFileInfo(path).absoluteFilePath();
    } catch (const std::exception& e) {
        showError(QString::fromUtf8(e.what()));
        return false;
    }
    rememberDir(path);
    closeAllModels();
    mProjectPath = project.filePath;
    mSaveHars = project.saveHars;
    for (const ProjectModel& m : project.models) {
        if (!QFileInfo::exists(m.path)) {
            showError(tr("The project's model %1 is missing").arg(m.path));
            continue;
        }
        auto* doc = new ModelDocument(m.path);
        doc->restore(m.startNodes, m.endNodes, shapesFromJson(m.inputShapes));
        doc->applyModelScript(m.modelScript);
        doc->restoreRuns(m.optimizationRuns);
        doc->restoreCompiles(m.compiles);
        try {
            if (!m.hostLink.isEmpty()) doc->applyHostLink(HostLink::parse(m.hostLink.toStdString()));
        } catch (const Error&) {
            showError(tr("The project's host link %1 is not a PCIe link (genGxL); %2 uses the module's").arg(m.hostLink, m.path), false);
        }
        try {
            if (!m.hwArch.isEmpty()) doc->applyHwArch(m.hwArch);
        } catch (const Error&) {
            showError(tr("The project's target %1 is not known; %2 uses %3").arg(m.hwArch, m.path, doc->hwArch()), false);
        }
        ModelView* view = addModel(doc);
        view->review()->restoreViewState(m.view);
        doc->reparse();
    }
    mProjectDirty = false;
    mStack->setCurrentWidget(mTabs->count() ? static_cast<QWidget*>(mTabs) : mWelcome);
    activate(currentView());
    addRecent(mProjectPath);
    retranslateUi();
    return true;
}

void MainWindow::showNoise(ModelView* view)
{
    ModelDocument* doc = view->document();
    if (!doc->noiseReport() || doc->noiseReport()->layers.empty()) return;
    // The answer to "which layer is noisy": the chart, the graph coloured by it, the worst selected.
    view->review()->setOverlay("snr_alone");
    mSnrDock->raise();
    mLayerNoiseDock->raise();
    doc->select(ModelDocument::Side::Parsed, {QString::fromStdString(doc->noiseReport()->ranking().front()->layer)}, "noise");
    // Room for the charts once the window has laid out what it just raised; then the graph
    // centres the worst layer again in the view's final size.
    QTimer::singleShot(0, this, [this, view = QPointer<ModelView>(view)] {
        arrangeChartDocks();
        if (view && view->document()->noiseReport() && !view->document()->noiseReport()->layers.empty())
            QTimer::singleShot(0, view, [view] {
                ModelDocument* d = view->document();
                d->select(ModelDocument::Side::Parsed, {QString::fromStdString(d->noiseReport()->ranking().front()->layer)}, "noise");
            });
    });
}

void MainWindow::arrangeChartDocks()
{
    // The bottom tab group is sized through its first dock (the one Qt sizes a tab group by); the
    // layer's charts get most of the right column, over the history.
    const int h = centralWidget()->height() + mIssuesDock->height();
    if (!mSnrDock->isFloating() && dockWidgetArea(mSnrDock) == Qt::BottomDockWidgetArea)
        resizeDocks({mIssuesDock}, {std::max(mIssuesDock->height(), h * 2 / 5)}, Qt::Vertical);
    if (mLayerNoiseDock->isFloating() || dockWidgetArea(mLayerNoiseDock) != Qt::RightDockWidgetArea) return;
    resizeDocks({mPropertiesDock}, {std::max(mPropertiesDock->width(), width() / 3)}, Qt::Horizontal);
    if (dockWidgetArea(mHistoryDock) == Qt::RightDockWidgetArea)
        resizeDocks({mPropertiesDock, mHistoryDock}, {3 * height() / 4, height() / 4}, Qt::Vertical);
}

ProjectModel MainWindow::projectModelOf(ModelView* view) const
{
    const ModelDocument* d = view->document();
    return {d->path(),  d->startNodes(),   d->endNodes(),   shapesToJson(d->inputShapes()), view->review()->viewState(),
            d->hwArch(), d->modelScript(), d->runsJson(),
            d->hostLink() ? QString::fromStdString(d->hostLink()->name()) : QString(), d->compilesJson()};
}

bool MainWindow::saveProject(const QString& path)
{
    Project project;
    for (ModelView* v : views()) project.models.append(projectModelOf(v));
    if (!mSaveHars) askSaveHars();
    project.saveHars = mSaveHars;
    try {
        project.save(path);
        if (mSaveHars.value_or(false)) saveHarsBeside(path);
    } catch (const std::exception& e) {
        showError(QString::fromUtf8(e.what()));
        return false;
    }
    QFile::remove(path + ".autosave");
    mProjectPath = QFileInfo(path).absoluteFilePath();
    mProjectDirty = false;
    for (ModelView* v : views()) v->document()->setClean();
    addRecent(mProjectPath);
    retranslateUi();
    log(tr("Project saved to %1").arg(path));
    return true;
}

void MainWindow::autosave()
{
    const auto open = views();
    const bool dirty = mProjectDirty || std::any_of(open.begin(), open.end(), [](ModelView* v) { return v->document()->isDirty(); });
    if (mProjectPath.isEmpty() || !dirty) return;
    Project project;
    for (ModelView* v : open) project.models.append(projectModelOf(v));
    project.saveHars = mSaveHars;
    try {
        project.save(mProjectPath + ".autosave");  // recovered by opening it after a crash
    } catch (const std::exception& e) {
        log(QString::fromUtf8(e.what()));
    }
}

void MainWindow::askSaveHars()
{
    // The HARs hold the weights in float: a model's parameters × 4 bytes, give or take.
    qint64 bytes = 0;
    for (ModelView* v : views())
        if (v->document()->isStageAvailable(ModelDocument::Stage::Parsed) && !v->document()->isHarOnly())
            bytes += v->document()->graph().totalParams() * 4;
    if (bytes == 0) return;  // nothing to ask about yet
    const auto answer = QMessageBox::question(
        this, tr("Save the parsed models?"),
        tr("Also save each parsed model as a HAR beside the project (about %1 MB in all)? The HARs carry the parse, "
           "and later the optimization and compilation, for dfc and other tools. The project remembers the answer.")
            .arg(std::max<qint64>(1, bytes >> 20)),
        QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    mSaveHars = answer == QMessageBox::Yes;
}

void MainWindow::saveHarsBeside(const QString& projectPath)
{
    const QDir dir = QFileInfo(projectPath).absoluteDir();
    for (ModelView* v : views()) {
        ModelDocument* d = v->document();
        if (!d->isStageAvailable(ModelDocument::Stage::Parsed) || d->isHarOnly()) continue;
        const QString har = dir.filePath(QFileInfo(d->path()).completeBaseName() + ".har");
        if (d->awaitingReparse()) {
            // Its HAR would hold the previous scope while the project records the new one.
            log(tr("%1 not saved: the start/end nodes changed since the last parse; re-parse (F5) and save again")
                    .arg(QDir::toNativeSeparators(har)));
            continue;
        }
        d->saveHar(har);
    }
}

QString MainWindow::projectSavePath()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save project"), fileDialogDir(), tr("Dataflow Studio projects (*.dfcproj)"));
    if (!path.isEmpty() && !path.endsWith(".dfcproj")) path += ".dfcproj";
    if (!path.isEmpty()) rememberDir(path);
    return path;
}

QString MainWindow::fileDialogDir() const { return QSettings().value("ui/lastDirectory", QDir::homePath()).toString(); }

void MainWindow::rememberDir(const QString& path) { QSettings().setValue("ui/lastDirectory", QFileInfo(path).absolutePath()); }

ModelView* MainWindow::currentView() const { return qobject_cast<ModelView*>(mTabs->currentWidget()); }

ParseReviewWidget* MainWindow::currentReview() const { return currentView() ? currentView()->review() : nullptr; }

QList<ModelView*> MainWindow::views() const
{
    QList<ModelView*> out;
    for (int i = 0; i < mTabs->count(); ++i)  // a report opened alone is a tab without a model
        if (auto* v = qobject_cast<ModelView*>(mTabs->widget(i))) out.append(v);
    return out;
}

QList<ParseReviewWidget*> MainWindow::reviews() const
{
    QList<ParseReviewWidget*> out;
    for (ModelView* v : views()) out.append(v->review());
    return out;
}

void MainWindow::exportFile(const QString& title, const QString& suggested, const QString& filter, const QString& done,
                            const std::function<void(const QString&)>& write)
{
    const QString path = QFileDialog::getSaveFileName(this, title, suggested, filter);
    if (path.isEmpty()) return;
    rememberDir(path);
    try {
        write(path);
        log(done.arg(path));
    } catch (const std::exception& e) {
        showError(QString::fromUtf8(e.what()));
    }
}

void MainWindow::activate(ModelView* view)
{
    ModelDocument* doc = view ? view->document() : nullptr;
    for (DocumentDock* dock : std::initializer_list<DocumentDock*>{mPropertiesDock, mIssuesDock, mHistoryDock, mScriptDock, mSnrDock, mLayerNoiseDock, mRunsDock, mCompilesDock, mContextsDock})
        dock->setDocument(doc);
    mStageBar->setDocument(doc, view ? view->shownStage() : ModelDocument::Stage::Parsed);
    const bool open = view != nullptr;
    for (const char* id : {"File.ExportHar", "File.ExportSvg", "File.ExportPng", "File.CloseModel", "View.ZoomToFit", "View.Find",
                           "Parse.Reparse", "Parse.InputShapes", "Parse.Verify", "Optimize.Run", "Optimize.AnalyzeNoise",
                           "Compile.Run", "Compile.Recompile"})
        mActions->action(id)->setEnabled(open);
    mActions->action("File.ExportHef")->setEnabled(doc && doc->binaryInfo());
}

void MainWindow::updateTab(ModelDocument* doc)
{
    for (ModelView* v : views())
        if (v->document() == doc) mTabs->setTabIcon(mTabs->indexOf(v), doc->isDirty() ? dirtyDot() : QIcon());
}

void MainWindow::showError(const QString& message, bool popup)
{
    mLastError = message;
    log(message);
    statusBar()->showMessage(message, 10000);
    if (!popup) return;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Dataflow Studio"), message, QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();  // never blocks: work in other tabs goes on
}

void MainWindow::log(const QString& message) { mLogDock->append(message); }

QHash<QString, QString> MainWindow::recentNotes(const QStringList& paths) const
{
    auto headline = [](const QString& name, const QJsonObject& report) {
        const QJsonObject p = report.value("performance").toObject();
        return tr("%1: %2 FPS at batch 1 on %3, %n context(s)", "", report.value("contexts").toObject().value("count").toInt())
            .arg(name)
            .arg(p.value("fps_batch_1").toDouble(), 0, 'f', 1)
            .arg(report.value("hw_arch").toString());
    };
    QHash<QString, QString> notes;
    for (const QString& path : paths) {
        QStringList lines;
        if (path.endsWith(".dfcproj", Qt::CaseInsensitive)) {
            try {
                for (const ProjectModel& m : Project::load(path).models)
                    if (!m.compiles.isEmpty())  // the latest compile of each model
                        lines << headline(QFileInfo(m.path).fileName(), m.compiles.last().toObject().value("report").toObject());
            } catch (const std::exception&) {
                continue;  // a project that does not open says why when it is opened
            }
        } else if (path.endsWith(".json", Qt::CaseInsensitive)) {
            QFile f(path);
            if (f.size() < (64 << 20) && f.open(QIODevice::ReadOnly)) {
                const QJsonObject report = QJsonDocument::fromJson(f.readAll()).object();
                if (report.contains("performance")) lines << headline(report.value("network").toString(), report);
            }
        }
        if (!lines.isEmpty()) notes.insert(path, lines.join("; "));
    }
    return notes;
}

void MainWindow::addRecent(const QString& path)
{
    QStringList recent = recentFiles();
    const QString absolute = QFileInfo(path).absoluteFilePath();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    recent = recent.mid(0, 12);
    QSettings().setValue("recentFiles", recent);
    mWelcome->setRecent(recent, recentNotes(recent));
}

bool MainWindow::maybeSave()
{
    const auto open = views();
    const bool dirty = std::any_of(open.begin(), open.end(), [](ModelView* v) { return v->document()->isDirty(); });
    if (!dirty) return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"), tr("Save the project before closing it?"),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel);
    if (answer == QMessageBox::Cancel) return false;
    if (answer == QMessageBox::Save) {
        const QString path = mProjectPath.isEmpty() ? projectSavePath() : mProjectPath;
        return !path.isEmpty() && saveProject(path);
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue("window/geometry", saveGeometry());
    settings.setValue("window/state", saveState());
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent* event)
{
    if (event->mimeData()->hasUrls()) event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent* event)
{
    for (const QUrl& url : event->mimeData()->urls())
        if (url.isLocalFile()) openFile(url.toLocalFile());
}

}  // namespace dfc::ui
