#include "quantizer/backward/backward_registry.h"

#include <algorithm>
#include <cmath>

#include "emulator/kernel_registry.h"

namespace dfc {

const BackwardRegistry& BackwardRegistry::instance()
{
    static const BackwardRegistry registry = [] {
        BackwardRegistry r;
        registerLinearBackward(r);
        registerElementwiseBackward(r);
        registerMovementBackward(r);
        registerPoolBackward(r);
        return r;
    }();
    return registry;
}

const std::map<std::string, std::string>& kindsWithoutBackward()
{
    static const std::map<std::string, std::string> kinds = {
        {"argmax", "an index has no gradient"},
        {"matmul", "two-operand matrix product (attention): not written yet"},
    };
    return kinds;
}

Tensor activationDerivative(const Layer& layer, const Tensor& pre)
{
    // Central differences with a step relative to the value: float rounding of f(x ± h) stays
    // ~1e-4 of the slope, and a kink (ReLU at 0) gets the mean of its two slopes.
    Tensor plus = pre, minus = pre;
    std::vector<float> step(pre.data.size());
    for (size_t i = 0; i < step.size(); ++i) {
        step[i] = 1e-3f * std::max(1.0f, std::fabs(pre.data[i]));
        plus.data[i] += step[i];
        minus.data[i] -= step[i];
    }
    applyActivation(layer, plus);
    applyActivation(layer, minus);
    Tensor d(pre.shape);
    for (size_t i = 0; i < step.size(); ++i) d.data[i] = (plus.data[i] - minus.data[i]) / (2 * step[i]);
    return d;
}

}  // namespace dfc
