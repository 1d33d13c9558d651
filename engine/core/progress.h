#pragma once
// Progress reporting and cooperative cancellation for long engine operations. The engine never
// knows who listens: the CLI draws a bar on a TTY, the GUI forwards to a worker-thread signal.
#include <atomic>
#include <functional>
#include <memory>
#include <string>

namespace dfc {

/// Shared flag that a UI sets and long operations poll between units of work.
class CancelToken {
public:
    void cancel() { mFlag->store(true); }
    bool cancelled() const { return mFlag->load(); }

private:
    std::shared_ptr<std::atomic<bool>> mFlag = std::make_shared<std::atomic<bool>>(false);
};

/// fraction in [0,1], stage is a short human-readable text ("parsing", "folding constants").
using ProgressFn = std::function<void(double fraction, const std::string& stage)>;

/// What a long operation receives: where to report and what to poll.
struct Progress {
    ProgressFn report;
    CancelToken cancel;

    void update(double fraction, const std::string& stage) const
    {
        if (report) report(fraction, stage);
    }
    /// Throws Error(Cancelled) when the user asked to stop.
    void checkCancelled() const;
    /// The same report and cancel, with fractions mapped into [from, to]: one step of several.
    Progress part(double from, double to) const
    {
        Progress p{nullptr, cancel};
        if (report) p.report = [r = report, from, to](double f, const std::string& s) { r(from + (to - from) * f, s); };
        return p;
    }
};

}  // namespace dfc
