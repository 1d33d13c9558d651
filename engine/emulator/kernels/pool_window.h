#pragma once
// The pooling window walk shared by the float pooling kernels and the integer ones, so that
// both count the same taps: positions inside the image are visited; explicit padding counts
// towards an average only with count_include_pad, the padding that emulates ceil_mode never.
#include <cstdint>
#include <vector>

#include "ir/kinds/kinds.h"
#include "ir/layer.h"

namespace dfc {

class PoolWindow {
public:
    PoolWindow(const Layer& l, int64_t height, int64_t width)
        : mWindow(windowOf(l, l.attr<std::vector<int64_t>>("kernel_shape").at(1), l.attr<std::vector<int64_t>>("kernel_shape").at(2))),
          mIncludePad(l.attr<bool>("count_include_pad")), mCeilPad(l.attr<std::vector<int64_t>>("ceil_pad")), mH(height), mW(width)
    {
    }
    int64_t outH() const { return mWindow.outH(mH); }
    int64_t outW() const { return mWindow.outW(mW); }
    int64_t maxTaps() const { return mWindow.kh * mWindow.kw; }

    /// Calls tap(iy, ix) for every input position of output (oy, ox) inside the image and
    /// returns the number of taps an average divides by.
    template <typename Tap>
    int64_t visit(int64_t oy, int64_t ox, Tap&& tap) const
    {
        const Window& w = mWindow;
        int64_t count = 0;
        for (int64_t ky = 0; ky < w.kh; ++ky) {
            const int64_t iy = oy * w.sh - w.pt + ky * w.dh;
            for (int64_t kx = 0; kx < w.kw; ++kx) {
                const int64_t ix = ox * w.sw - w.pl + kx * w.dw;
                if (iy >= 0 && iy < mH && ix >= 0 && ix < mW) {
                    ++count;
                    tap(iy, ix);
                } else if (mIncludePad && iy < mH + w.pb - mCeilPad.at(0) && ix < mW + w.pr - mCeilPad.at(1)) {
                    ++count;
                }
            }
        }
        return count;
    }

private:
    Window mWindow;
    bool mIncludePad;
    std::vector<int64_t> mCeilPad;
    int64_t mH, mW;
};

}  // namespace dfc
