// Pooling on codes: max pooling moves codes (exact), average pooling sums centred codes and
// divides inside the output stage (one multiplier per window size, so border windows that
// count fewer taps are exact too).
#include <map>

#include "emulator/kernels/pool_window.h"
#include "emulator/qkernel_registry.h"
#include "ir/kinds/kinds.h"

namespace dfc {
namespace {

std::vector<QTensor> avgPoolQ(const Layer& l, const LayerQuant& q, const std::vector<const QTensor*>& in)
{
    const QTensor& input = *in[0];
    const int64_t n = input.dim(0), h = input.dim(1), wd = input.dim(2), c = input.dim(3);
    const PoolWindow window(l, h, wd);
    const int64_t oh = window.outH(), ow = window.outW();
    std::map<int64_t, OutputStage> stages;  // by tap count
    for (int64_t count = 1; count <= window.maxTaps(); ++count)
        stages.emplace(count, OutputStage(l, q, {input.params.scale / double(count)}));
    const int32_t zp = input.params.zeroPoint;
    QTensor out{{n, oh, ow, c}, std::vector<int32_t>(n * oh * ow * c), q.output};
#pragma omp parallel for collapse(2) schedule(static)
    for (int64_t b = 0; b < n; ++b)
        for (int64_t oy = 0; oy < oh; ++oy) {
            std::vector<int64_t> acc(c);
            for (int64_t ox = 0; ox < ow; ++ox) {
                std::fill(acc.begin(), acc.end(), 0);
                const int64_t count = window.visit(oy, ox, [&](int64_t iy, int64_t ix) {
                    const int32_t* src = input.data.data() + ((b * h + iy) * wd + ix) * c;
                    for (int64_t ch = 0; ch < c; ++ch) acc[ch] += src[ch] - zp;
                });
                int32_t* o = out.data.data() + ((b * oh + oy) * ow + ox) * c;
                const OutputStage& stage = stages.at(std::max<int64_t>(count, 1));
                for (int64_t ch = 0; ch < c; ++ch) o[ch] = stage(count ? acc[ch] : 0, ch);
            }
        }
    return {std::move(out)};
}

std::vector<QTensor> globalAvgPoolQ(const Layer& l, const LayerQuant& q, const std::vector<const QTensor*>& in)
{
    const QTensor& input = *in[0];
    const int64_t n = input.dim(0), c = input.shape.back(), hw = input.size() / (n * c);
    const OutputStage stage(l, q, {input.params.scale / double(hw)});
    QTensor out{{n, 1, 1, c}, std::vector<int32_t>(n * c), q.output};
    for (int64_t b = 0; b < n; ++b) {
        std::vector<int64_t> acc(c, 0);
        const int32_t* src = input.data.data() + b * hw * c;
        for (int64_t p = 0; p < hw; ++p)
            for (int64_t ch = 0; ch < c; ++ch) acc[ch] += src[p * c + ch] - input.params.zeroPoint;
        for (int64_t ch = 0; ch < c; ++ch) out.data[b * c + ch] = stage(acc[ch], ch);
    }
    return {std::move(out)};
}

}  // namespace

void registerPoolQKernels(QKernelRegistry& r)
{
    r.add("maxpool", moveCodes);
    r.add("avgpool", avgPoolQ);
    r.add("global_avg_pool", globalAvgPoolQ);
}

}  // namespace dfc
