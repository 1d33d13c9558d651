#pragma once
// One model open in the Studio: the source file, the chosen start/end nodes (undoable), and the
// latest parse. Parsing runs on a worker thread with progress and cancel; the document only
// changes when a parse succeeds, so cancelling never loses what was there.
#include <QFutureWatcher>
#include <QObject>
#include <QUndoStack>

#include "core/progress.h"
#include "importers/onnx/onnx_importer.h"
#include "io/har.h"

namespace dfc::ui {

class ModelDocument : public QObject {
    Q_OBJECT
public:
    explicit ModelDocument(QString path, QObject* parent = nullptr);
    ~ModelDocument() override;  ///< cancels and waits for a running parse (it uses this object)

    const QString& path() const { return mPath; }
    QString displayName() const;
    bool isHarOnly() const { return mHarOnly; }  ///< opened a .har: no original graph
    bool isDirty() const { return !mUndo.isClean() || mDirty; }
    void setClean();
    QUndoStack* undoStack() { return &mUndo; }

    QStringList startNodes() const { return mStart; }
    QStringList endNodes() const { return mEnd; }
    /// Undoable change of the scope; marks the parse as awaiting re-parse.
    void setScope(const QStringList& start, const QStringList& end, const QString& text);
    void applyScope(const QStringList& start, const QStringList& end);  ///< no undo entry
    bool awaitingReparse() const { return mAwaitingReparse; }
    QMap<QString, QList<qint64>> inputShapes() const { return mInputShapes; }
    void setInputShapes(const QMap<QString, QList<qint64>>& shapes) { mInputShapes = shapes; }

    /// Parses (ONNX) or loads (HAR) on a worker thread. Emits parseFinished or parseFailed.
    void reparse();
    void cancelParse();
    bool isParsing() const { return mWatcher.isRunning(); }

    bool hasParse() const { return mHasParse; }
    const Graph& graph() const { return mResult.graph; }
    const ParseReport& report() const { return mResult.report; }
    const SourceGraph& source() const { return mResult.source; }
    /// Writes the parsed model as a HAR (atomically).
    void saveHar(const QString& path) const;

signals:
    void scopeChanged();
    void parseStarted();
    void parseProgress(double fraction, const QString& stage);
    void parseFinished();
    void parseFailed(const QString& message);
    void dirtyChanged(bool dirty);

private:
    struct Outcome {
        ImportResult result;
        QString error;
        bool cancelled = false;
    };
    Outcome runParse(ImportOptions options, Progress progress) const;

    QString mPath;
    bool mHarOnly = false, mHasParse = false, mAwaitingReparse = false, mDirty = false, mTriedSuggestion = false;
    QStringList mStart, mEnd;
    QMap<QString, QList<qint64>> mInputShapes;
    ImportResult mResult;
    QUndoStack mUndo;
    CancelToken mCancel;
    QFutureWatcher<Outcome> mWatcher;
};

}  // namespace dfc::ui
