#include "quantizer/distillation_loss.h"

#include <algorithm>
#include <cmath>

#include "core/error.h"

namespace dfc {

double distillationLoss(const FinetuneLoss& term, const Tensor& q, const Tensor& t, Tensor* grad)
{
    const size_t n = q.data.size();
    const int64_t c = q.shape.back(), rows = int64_t(n) / std::max<int64_t>(1, c);
    if (grad) *grad = Tensor(q.shape);
    double loss = 0;
    if (term.type == "l2" || term.type == "l2rel") {
        double err = 0, power = 0;
        for (size_t i = 0; i < n; ++i) err += double(q.data[i] - t.data[i]) * (q.data[i] - t.data[i]), power += double(t.data[i]) * t.data[i];
        const double norm = term.type == "l2" ? double(n) : std::max(power, 1e-30);
        loss = err / norm;
        if (grad)
            for (size_t i = 0; i < n; ++i) grad->data[i] = float(term.factor * 2 * (q.data[i] - t.data[i]) / norm);
    } else if (term.type == "cosine") {
        for (int64_t r = 0; r < rows; ++r) {
            const float *qr = q.ptr() + r * c, *tr = t.ptr() + r * c;
            double dot = 0, qq = 0, tt = 0;
            for (int64_t i = 0; i < c; ++i) dot += double(qr[i]) * tr[i], qq += double(qr[i]) * qr[i], tt += double(tr[i]) * tr[i];
            const double nq = std::sqrt(std::max(qq, 1e-30)), nt = std::sqrt(std::max(tt, 1e-30)), cs = dot / (nq * nt);
            loss += (1 - cs) / double(rows);
            if (grad)
                for (int64_t i = 0; i < c; ++i)
                    grad->data[r * c + i] = float(-term.factor * (tr[i] / (nq * nt) - cs * qr[i] / (nq * nq)) / double(rows));
        }
    } else if (term.type == "ce") {
        // Cross-entropy of the quantized softmax against the native softmax, over the last axis.
        auto softmax = [c](const float* v, std::vector<double>& out) {
            const float m = *std::max_element(v, v + c);
            double sum = 0;
            for (int64_t i = 0; i < c; ++i) sum += (out[i] = std::exp(double(v[i]) - m));
            for (double& o : out) o /= sum;
        };
        std::vector<double> p(c), s(c);
        for (int64_t r = 0; r < rows; ++r) {
            softmax(t.ptr() + r * c, p);
            softmax(q.ptr() + r * c, s);
            for (int64_t i = 0; i < c; ++i) {
                loss -= p[i] * std::log(std::max(s[i], 1e-30)) / double(rows);
                if (grad) grad->data[r * c + i] = float(term.factor * (s[i] - p[i]) / double(rows));
            }
        }
    } else {
        fail(ErrorCode::Unsupported, "fine-tuning loss type '" + term.type + "' (l2, l2rel, cosine, ce)");
    }
    return term.factor * loss;
}

}  // namespace dfc
