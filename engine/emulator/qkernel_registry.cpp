#include "emulator/qkernel_registry.h"

#include <cmath>

#include "core/error.h"
#include "emulator/kernel_registry.h"
#include "ir/layer_kind.h"

namespace dfc {

Tensor dequantizeTensor(const QTensor& q)
{
    Tensor t(q.shape);
    for (int64_t i = 0; i < q.size(); ++i) t.data[i] = static_cast<float>(q.params.dequantize(q.data[i]));
    return t;
}

QTensor quantizeTensor(const Tensor& t, const QuantParams& p)
{
    QTensor q{t.shape, std::vector<int32_t>(t.data.size()), p};
    for (int64_t i = 0; i < t.size(); ++i) q.data[i] = p.quantize(t.data[i]);
    return q;
}

const QKernelRegistry& QKernelRegistry::instance()
{
    static const QKernelRegistry registry = [] {
        QKernelRegistry r;
        registerComputeQKernels(r);
        registerElementwiseQKernels(r);
        registerPoolQKernels(r);
        registerMovementQKernels(r);
        registerReduceQKernels(r);
        return r;
    }();
    return registry;
}

namespace {

template <typename T> const T& perChannel(const std::vector<T>& v, int64_t c) { return v[v.size() == 1 ? 0 : c]; }

}  // namespace

OutputStage::OutputStage(const Layer& layer, const LayerQuant& quant, const std::vector<double>& accScale)
    : mOut(quant.output), mLo(quant.output.qmin), mHi(quant.output.qmax)
{
    if (accScale.empty()) fail(ErrorCode::Internal, "an output stage needs an accumulator scale", {}, layer.name);
    const std::string activation = layerActivation(layer);
    if (!isPiecewiseLinearActivation(activation)) {
        if (!quant.preActivation || quant.table.size() != size_t(quant.preActivation->qmax) + 1)
            fail(ErrorCode::InvalidFormat, "activation '" + activation + "' needs a pre-activation encoding and a table", {}, layer.name);
        mPre = *quant.preActivation;
        mTable = &quant.table;
        for (double s : accScale) mPositive.push_back(fixedPointMultiplier(s / mPre.scale));
        return;
    }
    std::vector<double> slopes{1.0};
    if (activation == "leaky") slopes = {activationParameter(layer, "leaky_alpha")};
    if (activation == "prelu") slopes.assign(layer.weight("prelu_slope").data.begin(), layer.weight("prelu_slope").data.end());
    if (activation == "relu" || activation == "relu6") slopes = {0.0};
    if (activation == "relu6") mHi = std::min(mHi, mOut.quantize(6.0));
    if (activation == "clip") {
        mLo = std::max(mLo, mOut.quantize(activationParameter(layer, "clip_min")));
        mHi = std::min(mHi, mOut.quantize(activationParameter(layer, "clip_max")));
    }
    const size_t channels = std::max(accScale.size(), slopes.size());
    if ((accScale.size() != 1 && accScale.size() != channels) || (slopes.size() != 1 && slopes.size() != channels))
        fail(ErrorCode::InvalidGraph, "per-channel scales and slopes differ in length", {}, layer.name);
    for (size_t c = 0; c < channels; ++c) {
        const double m = perChannel(accScale, int64_t(c)) / mOut.scale;
        const double slope = perChannel(slopes, int64_t(c));
        mPositive.push_back(fixedPointMultiplier(m));
        mNegativeSign.push_back(static_cast<int8_t>(slope > 0 ? 1 : slope < 0 ? -1 : 0));
        mNegative.push_back(slope != 0 ? fixedPointMultiplier(m * std::fabs(slope)) : FixedPointMultiplier{});
    }
}

std::vector<QTensor> moveCodes(const Layer& layer, const LayerQuant& quant, const std::vector<const QTensor*>& in)
{
    const FloatKernel* kernel = KernelRegistry::instance().find(layer.type());
    if (!kernel) fail(ErrorCode::Internal, "no float kernel to move codes with", {}, layer.name);
    std::vector<Tensor> codes;
    for (const QTensor* q : in) {
        Tensor t(q->shape);
        for (int64_t i = 0; i < q->size(); ++i) t.data[i] = static_cast<float>(q->data[i]);
        codes.push_back(std::move(t));
    }
    std::vector<const Tensor*> args;
    for (const Tensor& t : codes) args.push_back(&t);
    const std::string activation = layerActivation(layer);
    Layer linear = layer;
    if (activation != "linear") linear.params["activation"] = "linear";
    if (layer.kind->defaults.contains("pad_value"))  // padding is a value: pad with its code
        linear.params["pad_value"] = in.at(0)->params.quantize(layer.attr<double>("pad_value"));
    std::vector<Tensor> moved = (*kernel)(linear, args);
    const QuantParams& source = in.at(0)->params;
    std::vector<QTensor> out;
    for (const Tensor& t : moved) {
        QTensor q{t.shape, std::vector<int32_t>(t.data.size()), source};
        for (int64_t i = 0; i < t.size(); ++i) q.data[i] = static_cast<int32_t>(t.data[i]);
        if (activation != "linear") {
            const OutputStage stage(layer, quant, {source.scale});
            const int64_t c = q.shape.back();
            for (int64_t i = 0; i < q.size(); ++i) q.data[i] = stage(q.data[i] - source.zeroPoint, i % c);
            q.params = quant.output;
        }
        out.push_back(std::move(q));
    }
    return out;
}

}  // namespace dfc
