#include "job.h"

#include <QtConcurrent>

#include <utility>

namespace dfc::ui {

Job::Job(QObject* parent) : QObject(parent)
{
    qRegisterMetaType<dfc::ui::JobError>();
    connect(&mWatcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome o = mWatcher.result();
        // Taken before any signal: a slot may start the next job, with its own callback.
        const std::function<void()> onSuccess = std::exchange(mOnSuccess, {});
        mRunning = false;
        // Cancel pressed after the work ended but before its result got here still cancels:
        // the user asked for the previous state, so the result is dropped, not committed.
        if (o.ok && !mCancel.cancelled()) {
            if (onSuccess) onSuccess();
            emit succeeded();
        } else if (o.ok || o.cancelled) {
            emit cancelled();
        } else {
            emit failed(o.error);
        }
        emit finished();
    });
}

Job::~Job()
{
    mCancel.cancel();
    mWatcher.disconnect(this);
    mWatcher.waitForFinished();
}

double Job::estimateRemaining(double fraction, double elapsedSeconds)
{
    // Early fractions say little (set-up, first batch); below 5 % or 1 s there is no estimate.
    if (fraction < 0.05 || fraction >= 1.0 || elapsedSeconds < 1.0) return -1;
    return elapsedSeconds * (1.0 - fraction) / fraction;
}

bool Job::start(const QString& title, Work work, std::function<void()> onSuccess)
{
    if (isRunning()) return false;
    mRunning = true;
    mTitle = title;
    mOnSuccess = std::move(onSuccess);
    mCancel = CancelToken();
    mClock.start();
    Progress progress;
    progress.cancel = mCancel;
    progress.report = [this](double fraction, const std::string& stage) {
        const double left = estimateRemaining(fraction, mClock.elapsed() / 1000.0);
        QMetaObject::invokeMethod(this, [this, fraction, left, s = QString::fromStdString(stage)] { emit this->progress(fraction, s, left); },
                                  Qt::QueuedConnection);
    };
    emit started(title);
    mWatcher.setFuture(QtConcurrent::run([work = std::move(work), progress] {
        Outcome o;
        try {
            work(progress);
            o.ok = true;
        } catch (const Error& e) {
            o.cancelled = e.code() == ErrorCode::Cancelled;
            o.error = {e.code(), QString::fromStdString(e.message()), QString::fromUtf8(e.what()),
                       QString::fromStdString(e.location())};
        } catch (const std::exception& e) {  // a bug below us: say so, never take the UI down
            o.error = {ErrorCode::Internal, QString::fromUtf8(e.what()), QString::fromUtf8(e.what()), {}};
        }
        return o;
    }));
    return true;
}

void Job::cancel() { mCancel.cancel(); }

}  // namespace dfc::ui
