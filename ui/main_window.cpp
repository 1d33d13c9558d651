#include "main_window.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QLineEdit>
#include <QPainter>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoView>

#include "graph/graph_view.h"
#include "io/atomic_file.h"
#include "model_document.h"
#include "parse_review_widget.h"
#include "project.h"
#include "welcome_page.h"
#include "zoo/onnx_builder.h"

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

}  // namespace

MainWindow::MainWindow(QWidget* parent) : QMainWindow(parent)
{
    setObjectName("mainWindow");
    setAcceptDrops(true);
    mUndoGroup = new QUndoGroup(this);
    mStack = new QStackedWidget;
    mWelcome = new WelcomePage;
    mTabs = new QTabWidget;
    mTabs->setTabsClosable(true);
    mTabs->setDocumentMode(true);
    mStack->addWidget(mWelcome);
    mStack->addWidget(mTabs);
    setCentralWidget(mStack);
    createDocks();
    createActions();
    retranslateUi();
    connect(mWelcome, &WelcomePage::newProject, mNewProject, &QAction::trigger);
    connect(mWelcome, &WelcomePage::openProject, mOpenProject, &QAction::trigger);
    connect(mWelcome, &WelcomePage::openModel, mOpenModel, &QAction::trigger);
    connect(mWelcome, &WelcomePage::openDemo, this, &MainWindow::openDemoModel);
    connect(mWelcome, &WelcomePage::openRecent, this, &MainWindow::openFile);
    connect(mTabs, &QTabWidget::tabCloseRequested, this, [this](int i) {
        auto* review = static_cast<ParseReviewWidget*>(mTabs->widget(i));
        mTabs->removeTab(i);
        review->deleteLater();
        mProjectDirty = true;
        if (mTabs->count() == 0) mStack->setCurrentWidget(mWelcome);
    });
    connect(mTabs, &QTabWidget::currentChanged, this, [this] {
        if (ParseReviewWidget* r = currentReview()) mUndoGroup->setActiveStack(r->document()->undoStack());
        updateIssues();
    });
    QSettings settings;
    restoreGeometry(settings.value("window/geometry").toByteArray());
    restoreState(settings.value("window/state").toByteArray());
    mWelcome->setRecent(settings.value("recentProjects").toStringList());
    auto* timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &MainWindow::autosave);
    timer->start(60 * 1000);
    resize(std::max(width(), 1280), std::max(height(), 800));
}

void MainWindow::createDocks()
{
    mProperties = new QTextBrowser;
    mIssues = new QListWidget;
    mIssues->setObjectName("issuesList");
    mLog = new QPlainTextEdit;
    mLog->setReadOnly(true);
    auto dock = [this](const char* name, QWidget* w, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(this);
        d->setObjectName(name);
        d->setWidget(w);
        addDockWidget(area, d);
        return d;
    };
    mPropertiesDock = dock("propertiesDock", mProperties, Qt::RightDockWidgetArea);
    mIssuesDock = dock("issuesDock", mIssues, Qt::BottomDockWidgetArea);
    mLogDock = dock("logDock", mLog, Qt::BottomDockWidgetArea);
    mUndoDock = dock("undoDock", new QUndoView(mUndoGroup), Qt::RightDockWidgetArea);
    tabifyDockWidget(mIssuesDock, mLogDock);
    mIssuesDock->raise();
    connect(mIssues, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        if (ParseReviewWidget* r = currentReview()) r->selectOriginal({item->data(Qt::UserRole).toString()});
    });
}

void MainWindow::createActions()
{
    mFileMenu = menuBar()->addMenu(QString());
    mNewProject = mFileMenu->addAction(QIcon::fromTheme("document-new"), {}, QKeySequence::New, this, [this] {
        if (!maybeSave()) return;
        while (mTabs->count()) {
            mTabs->widget(0)->deleteLater();
            mTabs->removeTab(0);
        }
        mProjectPath.clear();
        mProjectDirty = false;
        mStack->setCurrentWidget(mWelcome);
    });
    mOpenProject = mFileMenu->addAction(QIcon::fromTheme("document-open"), {}, QKeySequence::Open, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open project"), {}, tr("Dataflow Studio projects (*.dfcproj)"));
        if (!path.isEmpty()) openProject(path);
    });
    mOpenModel = mFileMenu->addAction(QIcon::fromTheme("document-import"), {}, QKeySequence(tr("Ctrl+Shift+O")), this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open model"), {}, tr("Models (*.onnx *.tflite *.har)"));
        if (!path.isEmpty()) openModel(path);
    });
    mOpenDemo = mFileMenu->addAction({}, this, &MainWindow::openDemoModel);
    mFileMenu->addSeparator();
    mSave = mFileMenu->addAction(QIcon::fromTheme("document-save"), {}, QKeySequence::Save, this, [this] {
        const QString path = mProjectPath.isEmpty() ? projectSavePath() : mProjectPath;
        if (!path.isEmpty()) saveProject(path);
    });
    mSaveAs = mFileMenu->addAction(QIcon::fromTheme("document-save-as"), {}, QKeySequence::SaveAs, this, [this] {
        const QString path = projectSavePath();
        if (!path.isEmpty()) saveProject(path);
    });
    mExportHar = mFileMenu->addAction({}, this, [this] {
        ParseReviewWidget* r = currentReview();
        if (!r) return;
        const QString path = QFileDialog::getSaveFileName(this, tr("Export HAR"), {}, tr("HAR archives (*.har)"));
        if (path.isEmpty()) return;
        try {
            r->document()->saveHar(path);
            log(tr("HAR written to %1").arg(path));
        } catch (const std::exception& e) {
            showError(QString::fromUtf8(e.what()));
        }
    });
    mExportSvg = mFileMenu->addAction({}, this, [this] {
        ParseReviewWidget* r = currentReview();
        const QString path = r ? QFileDialog::getSaveFileName(this, tr("Export graph"), {}, tr("SVG (*.svg)")) : QString();
        if (!path.isEmpty() && !r->parsedView()->exportSvg(path)) showError(tr("Could not write %1").arg(path));
    });
    mExportPng = mFileMenu->addAction({}, this, [this] {
        ParseReviewWidget* r = currentReview();
        const QString path = r ? QFileDialog::getSaveFileName(this, tr("Export graph"), {}, tr("PNG (*.png)")) : QString();
        if (!path.isEmpty() && !r->parsedView()->exportPng(path)) showError(tr("Could not write %1").arg(path));
    });
    mCloseTab = mFileMenu->addAction({}, QKeySequence::Close, this, [this] {
        if (mTabs->currentIndex() >= 0) emit mTabs->tabCloseRequested(mTabs->currentIndex());
    });
    mFileMenu->addSeparator();
    mQuit = mFileMenu->addAction(QIcon::fromTheme("application-exit"), {}, QKeySequence::Quit, this, &QWidget::close);

    mEditMenu = menuBar()->addMenu(QString());
    mUndo = mUndoGroup->createUndoAction(this);
    mUndo->setShortcut(QKeySequence::Undo);
    mRedo = mUndoGroup->createRedoAction(this);
    mRedo->setShortcut(QKeySequence::Redo);
    mEditMenu->addAction(mUndo);
    mEditMenu->addAction(mRedo);

    mViewMenu = menuBar()->addMenu(QString());
    mFit = mViewMenu->addAction(QIcon::fromTheme("zoom-fit-best"), {}, QKeySequence(tr("Ctrl+0")), this, [this] {
        if (ParseReviewWidget* r = currentReview()) r->zoomToFit();
    });
    mFind = mViewMenu->addAction(QIcon::fromTheme("edit-find"), {}, QKeySequence::Find, this, [this] {
        if (ParseReviewWidget* r = currentReview()) r->findChild<QLineEdit*>()->setFocus();
    });
    mViewMenu->addSeparator();
    for (QDockWidget* d : {mPropertiesDock, mIssuesDock, mLogDock, mUndoDock}) mViewMenu->addAction(d->toggleViewAction());

    mParseMenu = menuBar()->addMenu(QString());
    mReparse = mParseMenu->addAction(QIcon::fromTheme("view-refresh"), {}, QKeySequence(Qt::Key_F5), this, [this] {
        if (ParseReviewWidget* r = currentReview()) r->document()->reparse();
    });

    mSettingsMenu = menuBar()->addMenu(QString());
    auto language = [this](const QString& code) {
        QSettings().setValue("ui/language", code);
        QMessageBox* box = new QMessageBox(QMessageBox::Information, windowTitle(),
                                           tr("The language changes when Dataflow Studio starts next time."),
                                           QMessageBox::Ok, this);
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    };
    mSystemLanguage = mSettingsMenu->addAction({}, this, [=] { language("system"); });
    mEnglish = mSettingsMenu->addAction(QStringLiteral("English"), this, [=] { language("en"); });
    mVietnamese = mSettingsMenu->addAction(QStringLiteral("Tiếng Việt"), this, [=] { language("vi"); });
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Dataflow Studio") + (mProjectPath.isEmpty() ? QString() : " — " + QFileInfo(mProjectPath).fileName()));
    mFileMenu->setTitle(tr("&File"));
    mEditMenu->setTitle(tr("&Edit"));
    mViewMenu->setTitle(tr("&View"));
    mParseMenu->setTitle(tr("&Parse"));
    mSettingsMenu->setTitle(tr("&Settings"));
    mNewProject->setText(tr("&New project"));
    mOpenProject->setText(tr("&Open project…"));
    mOpenModel->setText(tr("Open &model…"));
    mOpenDemo->setText(tr("Open the &demo model"));
    mSave->setText(tr("&Save project"));
    mSaveAs->setText(tr("Save project &as…"));
    mExportHar->setText(tr("Export &HAR…"));
    mExportSvg->setText(tr("Export graph as SV&G…"));
    mExportPng->setText(tr("Export graph as &PNG…"));
    mCloseTab->setText(tr("&Close model"));
    mQuit->setText(tr("&Quit"));
    mUndo->setText(tr("&Undo"));
    mRedo->setText(tr("&Redo"));
    mFit->setText(tr("Zoom to &fit"));
    mFind->setText(tr("&Find…"));
    mReparse->setText(tr("&Re-parse"));
    mSystemLanguage->setText(tr("Language: system default"));
    mPropertiesDock->setWindowTitle(tr("Properties"));
    mIssuesDock->setWindowTitle(tr("Issues"));
    mLogDock->setWindowTitle(tr("Log"));
    mUndoDock->setWindowTitle(tr("History"));
    mWelcome->retranslateUi();
}

void MainWindow::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) retranslateUi();
    QMainWindow::changeEvent(event);
}

QString MainWindow::demoModelPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + "/demo";
    const QString path = dir + "/mobilenet_v2.onnx";
    if (!QFileInfo::exists(path)) {
        QDir().mkpath(dir);
        writeFileAtomic(path.toStdString(), buildZooNetwork("mobilenet_v2").SerializeAsString());
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
    else openModel(path);
}

ParseReviewWidget* MainWindow::openModel(const QString& path)
{
    if (!QFileInfo::exists(path)) {
        showError(tr("%1 does not exist").arg(path));
        return nullptr;
    }
    auto* doc = new ModelDocument(QFileInfo(path).absoluteFilePath());
    auto* review = new ParseReviewWidget(doc);
    doc->setParent(review);
    mUndoGroup->addStack(doc->undoStack());
    mTabs->addTab(review, doc->displayName());
    mTabs->setCurrentWidget(review);
    mStack->setCurrentWidget(mTabs);
    connect(review, &ParseReviewWidget::propertiesChanged, this, [this](const QString&, const QString& html) {
        mProperties->setHtml(html);
        mPropertiesDock->raise();
    });
    connect(review, &ParseReviewWidget::statusMessage, this, [this](const QString& m) {
        statusBar()->showMessage(m, 8000);
        log(m);
    });
    connect(doc, &ModelDocument::dirtyChanged, this, [this, doc] { updateTab(doc); });
    connect(doc, &ModelDocument::parseFinished, this, [this, doc] {
        log(tr("%1: %2 layers").arg(doc->displayName()).arg(doc->graph().size()));
        updateIssues();
    });
    connect(doc, &ModelDocument::parseFailed, this, [this, doc](const QString& m) {
        // Missing input shapes are asked for by the review itself; no second dialog.
        showError(doc->displayName() + ": " + m, !m.contains("--net-input-shapes"));
    });
    mProjectDirty = true;
    doc->reparse();
    return review;
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
    while (mTabs->count()) {
        mTabs->widget(0)->deleteLater();
        mTabs->removeTab(0);
    }
    mProjectPath = project.filePath;
    for (const ProjectModel& m : project.models) {
        if (!QFileInfo::exists(m.path)) {
            showError(tr("The project's model %1 is missing").arg(m.path));
            continue;
        }
        auto* doc = new ModelDocument(m.path);
        auto* review = new ParseReviewWidget(doc);
        doc->setParent(review);
        QMap<QString, QList<qint64>> shapes;
        for (auto it = m.inputShapes.begin(); it != m.inputShapes.end(); ++it)
            for (const QJsonValue& d : it.value().toArray()) shapes[it.key()].append(d.toInteger());
        doc->setInputShapes(shapes);
        doc->applyScope(m.startNodes, m.endNodes);
        doc->setClean();
        review->restoreViewState(m.view);
        mUndoGroup->addStack(doc->undoStack());
        mTabs->addTab(review, doc->displayName());
        connect(review, &ParseReviewWidget::propertiesChanged, this,
                [this](const QString&, const QString& html) { mProperties->setHtml(html); });
        connect(doc, &ModelDocument::dirtyChanged, this, [this, doc] { updateTab(doc); });
        connect(doc, &ModelDocument::parseFinished, this, &MainWindow::updateIssues);
        connect(doc, &ModelDocument::parseFailed, this, [this, doc](const QString& msg) { showError(doc->displayName() + ": " + msg); });
        doc->reparse();
    }
    mProjectDirty = false;
    mStack->setCurrentWidget(mTabs->count() ? static_cast<QWidget*>(mTabs) : mWelcome);
    addRecent(mProjectPath);
    retranslateUi();
    return true;
}

bool MainWindow::saveProject(const QString& path)
{
    Project project;
    for (ParseReviewWidget* r : reviews()) {
        ModelDocument* d = r->document();
        QJsonObject shapes;
        const auto s = d->inputShapes();
        for (auto it = s.begin(); it != s.end(); ++it) {
            QJsonArray dims;
            for (qint64 v : it.value()) dims.append(v);
            shapes[it.key()] = dims;
        }
        project.models.append({d->path(), d->startNodes(), d->endNodes(), shapes, r->viewState()});
    }
    try {
        project.save(path);
        // Each parsed model's HAR lives beside the project, so the project carries its results.
        const QDir dir = QFileInfo(path).absoluteDir();
        for (ParseReviewWidget* r : reviews()) {
            ModelDocument* d = r->document();
            if (d->hasParse() && d->report().ok() && !d->isHarOnly())
                d->saveHar(dir.filePath(QFileInfo(d->path()).completeBaseName() + ".har"));
        }
    } catch (const std::exception& e) {
        showError(QString::fromUtf8(e.what()));
        return false;
    }
    QFile::remove(path + ".autosave");
    mProjectPath = QFileInfo(path).absoluteFilePath();
    mProjectDirty = false;
    for (ParseReviewWidget* r : reviews()) r->document()->setClean();
    addRecent(mProjectPath);
    retranslateUi();
    log(tr("Project saved to %1").arg(path));
    return true;
}

void MainWindow::autosave()
{
    const auto open = reviews();
    const bool dirty = mProjectDirty || std::any_of(open.begin(), open.end(),
                                                    [](ParseReviewWidget* r) { return r->document()->isDirty(); });
    if (mProjectPath.isEmpty() || !dirty) return;
    Project project;
    for (ParseReviewWidget* r : reviews())
        project.models.append({r->document()->path(), r->document()->startNodes(), r->document()->endNodes(), {}, {}});
    try {
        project.save(mProjectPath + ".autosave");  // recovered by opening it after a crash
    } catch (const std::exception& e) {
        log(QString::fromUtf8(e.what()));
    }
}

QString MainWindow::projectSavePath()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save project"), {}, tr("Dataflow Studio projects (*.dfcproj)"));
    if (!path.isEmpty() && !path.endsWith(".dfcproj")) path += ".dfcproj";
    return path;
}

ParseReviewWidget* MainWindow::currentReview() const
{
    return qobject_cast<ParseReviewWidget*>(mTabs->currentWidget());
}

QList<ParseReviewWidget*> MainWindow::reviews() const
{
    QList<ParseReviewWidget*> out;
    for (int i = 0; i < mTabs->count(); ++i) out.append(static_cast<ParseReviewWidget*>(mTabs->widget(i)));
    return out;
}

void MainWindow::updateTab(ModelDocument* doc)
{
    for (int i = 0; i < mTabs->count(); ++i)
        if (static_cast<ParseReviewWidget*>(mTabs->widget(i))->document() == doc)
            mTabs->setTabIcon(i, doc->isDirty() ? dirtyDot() : QIcon());
}

void MainWindow::updateIssues()
{
    mIssues->clear();
    ParseReviewWidget* r = currentReview();
    if (!r || !r->document()->hasParse()) return;
    for (const SourceNode& n : r->document()->source().nodes) {
        if (n.support != NodeSupport::Unsupported) continue;
        auto* item = new QListWidgetItem(QIcon::fromTheme("dialog-warning"),
                                         QString("%1 (%2): %3").arg(QString::fromStdString(n.name), QString::fromStdString(n.op),
                                                                    QString::fromStdString(n.reason)));
        item->setData(Qt::UserRole, QString::fromStdString(n.name));
        mIssues->addItem(item);
    }
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

void MainWindow::log(const QString& message) { mLog->appendPlainText(message); }

void MainWindow::addRecent(const QString& path)
{
    QSettings settings;
    QStringList recent = settings.value("recentProjects").toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    recent = recent.mid(0, 10);
    settings.setValue("recentProjects", recent);
    mWelcome->setRecent(recent);
}

bool MainWindow::maybeSave()
{
    const auto open = reviews();
    const bool dirty = std::any_of(open.begin(), open.end(), [](ParseReviewWidget* r) { return r->document()->isDirty(); });
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
