#include "ir/layout.h"

#include "core/error.h"

namespace dfc {

Shape internalShapeOf(const Shape& original)
{
    if (original.empty() || original.size() > 3)
        fail(ErrorCode::Unsupported, "tensors of rank " + std::to_string(original.size() + 1) +
                                         " (with batch) have no accelerator layout");
    Shape s(original.begin() + 1, original.end());
    if (s.size() == 1) s.insert(s.begin(), 1);
    s.push_back(original[0]);
    return s;
}

Tensor toOriginalLayout(const Tensor& internal, const Shape& original)
{
    const int k = static_cast<int>(original.size()) - 1;
    Shape channelLast{internal.dim(0)};
    for (int i = 1; i <= k; ++i) channelLast.push_back(original[i]);
    channelLast.push_back(original[0]);
    if (shapeElements(channelLast) != internal.size())
        fail(ErrorCode::InvalidArgument, "tensor " + shapeToString(internal.shape) +
                                             " does not hold source shape " + shapeToString(original));
    std::vector<int> perm{0, k + 1};
    for (int i = 1; i <= k; ++i) perm.push_back(i);
    return transposeTensor(Tensor(channelLast, internal.data), perm);
}

Tensor fromOriginalLayout(const Tensor& original)
{
    const int k = original.rank() - 2;
    if (k < 0) fail(ErrorCode::InvalidArgument, "tensor needs a batch and a channel axis");
    std::vector<int> perm{0};
    for (int i = 2; i < k + 2; ++i) perm.push_back(i);
    perm.push_back(1);
    Tensor t = transposeTensor(original, perm);
    Shape inner(original.shape.begin() + 1, original.shape.end());
    t.shape = internalShapeOf(inner);
    t.shape.insert(t.shape.begin(), original.dim(0));
    return t;
}

}  // namespace dfc

namespace dfc {

Tensor reshapeInternal(const Tensor& x, const Shape& originalIn, const Shape& originalOut,
                       const Shape& target)
{
    const int64_t n = x.dim(0);
    if (originalIn.empty() || originalOut.empty()) {
        Tensor out = x;
        out.shape = {n};
        out.shape.insert(out.shape.end(), target.begin(), target.end());
        return out;
    }
    Tensor original = toOriginalLayout(x, originalIn);
    original.shape = {n};
    original.shape.insert(original.shape.end(), originalOut.begin(), originalOut.end());
    return fromOriginalLayout(original);
}

}  // namespace dfc

namespace dfc {

bool runsTransposed(const Layer& layer) { return layer.params.is_object() && layer.params.value("transposed", false); }

Tensor swapHeightWidth(const Tensor& t) { return t.rank() == 4 ? transposeTensor(t, {0, 2, 1, 3}) : t; }

Shape swapHeightWidth(const Shape& s) { return s.size() == 3 ? Shape{s[1], s[0], s[2]} : s; }

Shape hostShape(const Layer& io) { return runsTransposed(io) ? swapHeightWidth(io.outputShape()) : io.outputShape(); }

Tensor hostDeviceSwap(const Layer& io, const Tensor& t) { return runsTransposed(io) ? swapHeightWidth(t) : t; }

}  // namespace dfc
