#pragma once
// Quantized (integer) kernels, one per layer kind, keyed by the HN type string. A kernel takes
// the layer, its entry of the quantized model and its inputs as integer codes with their
// encodings, and returns codes in the layer's output encoding. All arithmetic is integer (GEMMs
// run in doubles, which hold the exact integer sums of 8/16-bit operands), so results are
// deterministic and reproducible by the runtime.
#include <functional>
#include <string>
#include <vector>

#include "core/named_registry.h"
#include "ir/layer.h"
#include "quant/quant_math.h"
#include "quant/quantized_model.h"

namespace dfc {

/// Integer codes of a tensor ([N, …] channel-last) and their encoding.
struct QTensor {
    Shape shape;
    std::vector<int32_t> data;
    QuantParams params;

    int64_t size() const { return static_cast<int64_t>(data.size()); }
    int64_t dim(int i) const { return shape.at(i < 0 ? shape.size() + i : i); }
    int rank() const { return static_cast<int>(shape.size()); }
};

Tensor dequantizeTensor(const QTensor& q);
QTensor quantizeTensor(const Tensor& t, const QuantParams& p);

using QKernel = std::function<std::vector<QTensor>(const Layer&, const LayerQuant&, const std::vector<const QTensor*>&)>;

class QKernelRegistry : public NamedRegistry<QKernel> {
public:
    static const QKernelRegistry& instance();
};

/// Turns integer accumulators into output codes: requantization to the output encoding with the
/// layer's fused activation (clamping for ReLU-like ones, a table for the others).
class OutputStage {
public:
    /// accScale: the real value of one accumulator unit, per output channel or one for all.
    OutputStage(const Layer& layer, const LayerQuant& quant, const std::vector<double>& accScale);
    int32_t operator()(int64_t acc, int64_t channel) const;
    const QuantParams& params() const { return mOut; }

private:
    QuantParams mOut;
    std::vector<FixedPointMultiplier> mPositive, mNegative;
    std::vector<int8_t> mNegativeSign;  ///< −1, 0 or +1: the sign of the negative-side slope
    int32_t mLo = 0, mHi = 0;
    const std::vector<int32_t>* mTable = nullptr;
    QuantParams mPre;
};

// Inline: the quantized emulator calls this once per output element.
inline int32_t OutputStage::operator()(int64_t acc, int64_t channel) const
{
    const size_t c = mPositive.size() == 1 ? 0 : static_cast<size_t>(channel);
    if (mTable) {
        const int64_t index = saturate(int64_t(applyMultiplier(acc, mPositive[c])) + mPre.zeroPoint, mPre.qmin, mPre.qmax);
        return (*mTable)[static_cast<size_t>(index)];
    }
    int64_t v;
    if (acc >= 0) v = applyMultiplier(acc, mPositive[c]);
    else if (mNegativeSign[c] == 0) v = 0;
    else v = mNegativeSign[c] * int64_t(applyMultiplier(acc, mNegative[c]));
    return saturate(v + mOut.zeroPoint, mLo, mHi);
}

/// Runs a data-movement float kernel on the codes (exact: codes are small integers in float32),
/// keeping the input encoding; an activation other than linear is then applied by an OutputStage.
std::vector<QTensor> moveCodes(const Layer& layer, const LayerQuant& quant, const std::vector<const QTensor*>& in);

// Registration, one function per kernel family file.
void registerComputeQKernels(QKernelRegistry&);
void registerElementwiseQKernels(QKernelRegistry&);
void registerPoolQKernels(QKernelRegistry&);
void registerMovementQKernels(QKernelRegistry&);
void registerReduceQKernels(QKernelRegistry&);

}  // namespace dfc
