#pragma once
// The teacher–student losses of fine-tuning (post_quantization_optimization(finetune,
// loss_types=…)): how a quantized layer's output `q` is compared with the native one `t`.
//   l2      mean squared error
//   l2rel   squared error over the native output's power (the default)
//   cosine  1 − cosine similarity, per row of the last axis, averaged
//   ce      cross-entropy of softmax(q) against softmax(t) over the last axis, per row, averaged
#include "ir/tensor.h"
#include "script/quantization_settings.h"

namespace dfc {

/// The term's value (times its factor); with `grad`, also dLoss/dq (times the factor). Throws
/// Unsupported for another type.
double distillationLoss(const FinetuneLoss& term, const Tensor& q, const Tensor& t, Tensor* grad);

}  // namespace dfc
