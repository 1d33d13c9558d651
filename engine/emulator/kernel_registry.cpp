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

void applyActivation(const Layer& layer, Tensor& t)
{
    if (!layer.kind->defaults.contains("activation") && !layer.params.contains("activation")) return;
    const std::string name = layer.attr<std::string>("activation");
    if (name == "linear") return;
    const ActivationFactory* factory = KernelRegistry::instance().findActivation(name);
    if (!factory) fail(ErrorCode::Unsupported, "no kernel for activation '" + name + "'", {}, layer.name);
    const ActivationFn fn = (*factory)(layer);
    const int64_t c = t.shape.back();
    float* d = t.ptr();
    const int64_t n = t.size();
#pragma omp parallel for schedule(static) if (n > 65536)
    for (int64_t i = 0; i < n; ++i) d[i] = fn(d[i], i % c);
}

}  // namespace dfc
