#include "core/error.h"
#include "ir/kinds/kinds.h"

namespace dfc {

Hwc toHwc(const Shape& s)
{
    if (s.size() == 3) return {s[0], s[1], s[2]};
    if (s.size() == 1) return {1, 1, s[0]};
    fail(ErrorCode::InvalidGraph, "expected a [H,W,C] or [C] shape, got rank " +
                                      std::to_string(s.size()));
}

int64_t Window::outH(int64_t h) const { return (h + pt + pb - dh * (kh - 1) - 1) / sh + 1; }
int64_t Window::outW(int64_t w) const { return (w + pl + pr - dw * (kw - 1) - 1) / sw + 1; }

Window windowOf(const Layer& l, int64_t kh, int64_t kw)
{
    auto strides = l.attr<std::vector<int64_t>>("strides");
    auto pads = l.attr<std::vector<int64_t>>("pads");
    std::vector<int64_t> dil{1, 1, 1, 1};
    if (l.kind->defaults.contains("dilations")) dil = l.attr<std::vector<int64_t>>("dilations");
    if (strides.size() != 4 || pads.size() != 4 || dil.size() != 4)
        fail(ErrorCode::InvalidGraph, "strides, dilations and pads need 4 values");
    Window w{kh, kw, strides[1], strides[2], dil[1], dil[2], pads[0], pads[1], pads[2], pads[3]};
    if (w.sh <= 0 || w.sw <= 0 || w.dh <= 0 || w.dw <= 0 || kh <= 0 || kw <= 0)
        fail(ErrorCode::InvalidGraph, "kernel, strides and dilations must be positive");
    for (int64_t p : pads)
        if (p < 0) fail(ErrorCode::InvalidGraph, "negative padding");
    return w;
}

std::vector<Shape> sameAsFirstInput(const Layer&, const std::vector<Shape>& in)
{
    return {in.at(0)};
}

}  // namespace dfc
