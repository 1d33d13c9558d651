#include "emulator/kernel_registry.h"

#include "core/error.h"
#include "ir/layer_kind.h"

namespace dfc {

const KernelRegistry& KernelRegistry::instance()
{
    static const KernelRegistry registry = [] {
        KernelRegistry r;
        registerActivationMath(r);
        registerIoKernels(r);
        registerConvKernels(r);
        registerPoolKernels(r);
        registerElementwiseKernels(r);
        registerShapeKernels(r);
        registerResizeKernels(r);
        registerReduceKernels(r);
        return r;
    }();
    return registry;
}

const FloatKernel* KernelRegistry::find(const std::string& type) const
{
    auto it = mKernels.find(type);
    return it == mKernels.end() ? nullptr : &it->second;
}

const ActivationFactory* KernelRegistry::findActivation(const std::string& name) const
{
    auto it = mActivations.find(name);
    return it == mActivations.end() ? nullptr : &it->second;
}

void KernelRegistry::add(const std::string& type, FloatKernel kernel)
{
    if (!mKernels.emplace(type, std::move(kernel)).second)
        fail(ErrorCode::Internal, "kernel registered twice: " + type);
}

void KernelRegistry::addActivation(const std::string& name, ActivationFactory factory)
{
    mActivations.emplace(name, std::move(factory));
}

namespace {

ActivationFn activationOf(const Layer& layer)
{
    if (!layer.kind->defaults.contains("activation") && !layer.params.contains("activation")) return {};
    const std::string name = layer.attr<std::string>("activation");
    if (name == "linear") return {};
    const ActivationFactory* factory = KernelRegistry::instance().findActivation(name);
    if (!factory) fail(ErrorCode::Unsupported, "no kernel for activation '" + name + "'", {}, layer.name);
    return (*factory)(layer);
}

/// Splits the rows of a tensor into chunks for the threads (small tensors stay on one).
template <typename F> void forRowChunks(Tensor& t, F f)
{
    const int64_t c = t.shape.back(), rows = c ? t.size() / c : 0;
    const int64_t chunk = std::max<int64_t>(1, 32768 / std::max<int64_t>(c, 1));
#pragma omp parallel for schedule(static) if (rows > chunk)
    for (int64_t r = 0; r < rows; r += chunk) f(t.ptr() + r * c, std::min(chunk, rows - r), c);
}

}  // namespace

void applyActivation(const Layer& layer, Tensor& t)
{
    if (const ActivationFn fn = activationOf(layer)) forRowChunks(t, fn);
}

void applyBiasAndActivation(const Layer& layer, Tensor& t)
{
    const ActivationFn fn = activationOf(layer);
    const float* bias = layer.hasWeight("bias") ? layer.weight("bias").ptr() : nullptr;
    if (bias && layer.weight("bias").size() != t.shape.back())
        fail(ErrorCode::InvalidGraph, "bias size differs from output features", {}, layer.name);
    if (!bias && !fn) return;
    forRowChunks(t, [&](float* d, int64_t pixels, int64_t c) {
        if (bias)
            for (int64_t p = 0; p < pixels; ++p)
                for (int64_t i = 0; i < c; ++i) d[p * c + i] += bias[i];
        if (fn) fn(d, pixels, c);
    });
}

}  // namespace dfc
