#pragma once
// Float (native-mode) kernels, one per layer kind, keyed by the HN type string. A kernel takes
// its layer and input tensors ([N, …] channel-last) and returns one tensor per output port.
#include <functional>
#include <map>
#include <string>
#include <vector>

#include "ir/layer.h"

namespace dfc {

using FloatKernel =
    std::function<std::vector<Tensor>(const Layer&, const std::vector<const Tensor*>&)>;
/// Applies one activation in place to `pixels` rows of `channels` values (channel-last), so the
/// scalar function inlines into a vectorizable loop instead of one indirect call per value.
using ActivationFn = std::function<void(float* data, int64_t pixels, int64_t channels)>;
using ActivationFactory = std::function<ActivationFn(const Layer&)>;

class KernelRegistry {
public:
    static const KernelRegistry& instance();
    const FloatKernel* find(const std::string& type) const;
    const ActivationFactory* findActivation(const std::string& name) const;

    void add(const std::string& type, FloatKernel kernel);
    void addActivation(const std::string& name, ActivationFactory factory);

private:
    std::map<std::string, FloatKernel> mKernels;
    std::map<std::string, ActivationFactory> mActivations;
};

/// An activation parameter: set on the layer, else the activation's registered default.
float activationParameter(const Layer& layer, const char* key);

/// Applies the layer's "activation" attribute (if any) in place; the last axis is the channel.
void applyActivation(const Layer& layer, Tensor& t);
/// Adds the layer's "bias" (if any) and applies its activation, in one pass over the tensor.
void applyBiasAndActivation(const Layer& layer, Tensor& t);

// Registration, one function per kernel family file.
void registerActivationMath(KernelRegistry&);
void registerConvKernels(KernelRegistry&);
void registerPoolKernels(KernelRegistry&);
void registerElementwiseKernels(KernelRegistry&);
void registerShapeKernels(KernelRegistry&);
void registerResizeKernels(KernelRegistry&);
void registerReduceKernels(KernelRegistry&);
void registerIoKernels(KernelRegistry&);

}  // namespace dfc
