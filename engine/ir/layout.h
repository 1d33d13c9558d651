#pragma once
// The mapping between a source model's channel-first layout and our channel-last one.
// A source tensor [N, C, d1, …, dk] (k ≤ 2) becomes [N, d1, …, dk, C], padded to [N, H, W, C]
// with leading 1s when k == 1, and [N, C] when k == 0. Shapes here exclude the batch unless
// a function says otherwise.
#include "ir/layer.h"
#include "ir/tensor.h"

namespace dfc {

/// Internal (channel-last) shape of a source shape without batch; throws Unsupported for k > 2.
Shape internalShapeOf(const Shape& original);
/// [N, internal…] → [N, original…] where `original` is the source shape without batch.
Tensor toOriginalLayout(const Tensor& internal, const Shape& original);
/// [N, original…] → [N, internal…].
Tensor fromOriginalLayout(const Tensor& original);

}  // namespace dfc

namespace dfc {

/// The reshape layer's semantics: with source shapes, reshape in the source layout
/// ([N, internal…] → source → reshaped → internal); without, a plain row-major reshape.
Tensor reshapeInternal(const Tensor& x, const Shape& originalIn, const Shape& originalOut,
                       const Shape& target);

}  // namespace dfc

namespace dfc {

/// A layer the model script's transpose() turned: on the device its tensors are [W, H, C]. The
/// host keeps [H, W, C] and swaps the axes of inputs and outputs (as HailoRT does).
bool runsTransposed(const Layer& layer);
/// Swaps height and width of an [N, H, W, C] tensor (other ranks are returned unchanged).
Tensor swapHeightWidth(const Tensor& t);
/// An [H, W, C] shape with height and width swapped (other ranks unchanged).
Shape swapHeightWidth(const Shape& s);
/// The shape the host exchanges with input or output layer `io` (batch excluded).
Shape hostShape(const Layer& io);
/// Host data for `io` as the device sees it, or the device's as the host sees it (the swap is
/// its own inverse); unchanged for layers that do not run transposed.
Tensor hostDeviceSwap(const Layer& io, const Tensor& t);

}  // namespace dfc
