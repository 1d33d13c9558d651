#include "model_document.h"

#include <QFileInfo>
#include <QUndoCommand>
#include <QtConcurrent>

#include "core/error.h"
#include "importers/model_importer.h"

namespace dfc::ui {
namespace {

std::vector<std::string> toStd(const QStringList& l)
{
    std::vector<std::string> out;
    for (const QString& s : l) out.push_back(s.toStdString());
    return out;
}

/// Start/end change: tiny, reversible, named for the Edit menu.
class SetScopeCommand : public QUndoCommand {
public:
    SetScopeCommand(ModelDocument* doc, QStringList start, QStringList end, const QString& text)
        : QUndoCommand(text), mDoc(doc), mOldStart(doc->startNodes()), mOldEnd(doc->endNodes()),
          mNewStart(std::move(start)), mNewEnd(std::move(end))
    {
    }
    void redo() override { mDoc->applyScope(mNewStart, mNewEnd); }
    void undo() override { mDoc->applyScope(mOldStart, mOldEnd); }

private:
    ModelDocument* mDoc;
    QStringList mOldStart, mOldEnd, mNewStart, mNewEnd;
};

}  // namespace

ModelDocument::ModelDocument(QString path, QObject* parent) : QObject(parent), mPath(std::move(path))
{
    try {  // by content: a renamed file still opens as what it is
        mHarOnly = detectModelFormat(mPath.toStdString()) == ModelFormat::Har;
    } catch (const Error&) {
        mHarOnly = mPath.endsWith(".har", Qt::CaseInsensitive);  // unreadable: the parse will say why
    }
    connect(&mWatcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        Outcome o = mWatcher.result();
        if (o.cancelled) {
            emit parseFailed(tr("Parsing was cancelled; the previous result is kept."));
            return;
        }
        if (!o.error.isEmpty()) {
            emit parseFailed(o.error);
            return;
        }
        mResult = std::move(o.result);
        mHasParse = true;
        mAwaitingReparse = false;
        const ParseReport& r = mResult.report;
        if (!mHarOnly && !r.ok() && mStart.isEmpty() && mEnd.isEmpty() && !mTriedSuggestion &&
            !r.suggestedStart.empty()) {
            // First open of a model that does not parse whole: use our suggestion once, as
            // `dfc parser -y` would; the cut stays visible and can be moved.
            mTriedSuggestion = true;
            for (const auto& s : r.suggestedStart) mStart.append(QString::fromStdString(s));
            for (const auto& e : r.suggestedEnd) mEnd.append(QString::fromStdString(e));
            emit scopeChanged();
            reparse();
            return;
        }
        if (!mHarOnly && mStart.isEmpty() && mEnd.isEmpty() && mResult.report.ok()) {
            // Remember what the parse used, so the legend and arrows show it.
            for (const auto& s : mResult.report.startNodes) mStart.append(QString::fromStdString(s));
            for (const auto& e : mResult.report.endNodes) mEnd.append(QString::fromStdString(e));
        }
        emit parseFinished();
    });
    connect(&mUndo, &QUndoStack::cleanChanged, this, [this] { emit dirtyChanged(isDirty()); });
}

ModelDocument::~ModelDocument()
{
    // The undo stack reports "clean changed" while it is destroyed; whoever listens to us may
    // be half-destroyed already (the main window closing with unsaved changes).
    blockSignals(true);
    mCancel.cancel();
    mWatcher.disconnect(this);
    mWatcher.waitForFinished();
}

QString ModelDocument::displayName() const { return QFileInfo(mPath).fileName(); }

void ModelDocument::setClean()
{
    mDirty = false;
    mUndo.setClean();
    emit dirtyChanged(false);
}

void ModelDocument::setScope(const QStringList& start, const QStringList& end, const QString& text)
{
    if (start == mStart && end == mEnd) return;
    mUndo.push(new SetScopeCommand(this, start, end, text));
}

void ModelDocument::applyScope(const QStringList& start, const QStringList& end)
{
    mStart = start;
    mEnd = end;
    mAwaitingReparse = true;
    emit scopeChanged();
    emit dirtyChanged(isDirty());
}

ModelDocument::Outcome ModelDocument::runParse(ImportOptions options, Progress progress) const
{
    Outcome o;
    try {
        if (mHarOnly) {
            Har har = readHar(mPath.toStdString());
            o.result.graph = std::move(har.graph);
            if (har.metadata.contains("parse")) o.result.report = ParseReport::fromJson(har.metadata["parse"]);
            o.result.report.unsupported.clear();
        } else {
            o.result = importModel(mPath.toStdString(), options, progress);
        }
    } catch (const Error& e) {
        if (e.code() == ErrorCode::Cancelled) o.cancelled = true;
        else o.error = QString::fromUtf8(e.what());
    } catch (const std::exception& e) {
        o.error = QString::fromUtf8(e.what());
    }
    return o;
}

void ModelDocument::reparse()
{
    if (isParsing()) return;
    ImportOptions options;
    options.startNodes = toStd(mStart);
    options.endNodes = toStd(mEnd);
    for (auto it = mInputShapes.begin(); it != mInputShapes.end(); ++it)
        options.inputShapes[it.key().toStdString()] = Shape(it.value().begin(), it.value().end());
    mCancel = CancelToken();
    Progress progress;
    progress.cancel = mCancel;
    progress.report = [this](double f, const std::string& stage) {
        QMetaObject::invokeMethod(this, [this, f, s = QString::fromStdString(stage)] { emit parseProgress(f, s); },
                                  Qt::QueuedConnection);
    };
    emit parseStarted();
    mWatcher.setFuture(QtConcurrent::run([this, options, progress] { return runParse(options, progress); }));
}

void ModelDocument::cancelParse() { mCancel.cancel(); }

void ModelDocument::saveHar(const QString& path) const
{
    if (!mHasParse || !mResult.report.ok()) fail(ErrorCode::InvalidArgument, "nothing parsed to save");
    Har har;
    har.graph = mResult.graph.clone();
    har.metadata["parse"] = mResult.report.toJson();
    writeHar(path.toStdString(), har);
}

}  // namespace dfc::ui
