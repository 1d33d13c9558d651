#pragma once
// A long engine operation run off the UI thread: one helper for every such operation of the
// Studio (parse, and the optimize, compile and profile stages to come). It forwards the engine's
// progress with an ETA, cancels through the engine's CancelToken, and reports the outcome on the
// UI thread with the engine's typed error: callers branch on the code, never on message text.
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QObject>
#include <functional>

#include "core/error.h"
#include "core/progress.h"

namespace dfc::ui {

/// How a job failed, as the engine said it.
struct JobError {
    ErrorCode code = ErrorCode::Internal;
    QString message;   ///< the engine's message alone
    QString text;      ///< file, location and message, for a log or a status line
    QString location;  ///< the engine's location (node, input, line:col), when it gave one
};

class Job : public QObject {
    Q_OBJECT
public:
    /// Runs on a worker thread; reports through the Progress it is given and polls its cancel
    /// token. Whatever it produces, it keeps in state the caller owns (captured by value).
    using Work = std::function<void(const Progress&)>;

    explicit Job(QObject* parent = nullptr);
    ~Job() override;  ///< cancels a running job and waits for it (its work may use the owner)

    /// Starts `work` unless a job is running (returns false then). `onSuccess` runs on the UI
    /// thread after a successful run, before `succeeded` is emitted: the place to commit results.
    bool start(const QString& title, Work work, std::function<void()> onSuccess = {});
    void cancel();
    /// From start() until its outcome has been handled (not only until the work returns: the
    /// result still waits in the event queue then, and Cancel can still drop it).
    bool isRunning() const { return mRunning; }
    QString title() const { return mTitle; }

    /// Seconds left, estimated from the progress so far; negative while unknown.
    static double estimateRemaining(double fraction, double elapsedSeconds);

signals:
    void started(const QString& title);
    void progress(double fraction, const QString& stage, double secondsLeft);
    void succeeded();
    void failed(const dfc::ui::JobError& error);
    void cancelled();
    void finished();  ///< after succeeded, failed or cancelled

private:
    struct Outcome {
        bool ok = false, cancelled = false;
        JobError error;
    };

    QFutureWatcher<Outcome> mWatcher;

    bool mRunning = false;
    CancelToken mCancel;
    QElapsedTimer mClock;
    QString mTitle;
    std::function<void()> mOnSuccess;
};

}  // namespace dfc::ui

Q_DECLARE_METATYPE(dfc::ui::JobError)
