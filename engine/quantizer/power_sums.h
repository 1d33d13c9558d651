#pragma once
// Σ ref² and Σ (ref − test)² per named tensor, accumulated over batches: the SNR the noise
// analysis and the mixed-precision search both report.
#include <map>
#include <string>

#include "core/error.h"
#include "ir/tensor.h"
#include "quantizer/noise_analysis.h"

namespace dfc {

struct PowerSums {
    std::map<std::string, double> signal, noise;
    void add(const std::string& name, const Tensor& ref, const Tensor& test)
    {
        if (ref.size() != test.size()) fail(ErrorCode::Internal, "compared tensors differ in size", {}, name);
        double s = 0, n = 0;
        for (int64_t i = 0; i < ref.size(); ++i) {
            const double d = double(ref.data[i]) - test.data[i];
            s += double(ref.data[i]) * ref.data[i];
            n += d * d;
        }
        signal[name] += s;
        noise[name] += n;
    }
    double db(const std::string& name) const { return snrDb({signal.at(name)}, {noise.at(name)}); }
};

}  // namespace dfc
