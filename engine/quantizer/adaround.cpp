#include "quantizer/adaround.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <random>

#include <Eigen/Dense>
#include <omp.h>

#include "core/error.h"
#include "emulator/executor.h"
#include "quant/quant_math.h"
#include "quantizer/quantize_rules.h"

namespace dfc {
namespace {

using Matrix = Eigen::Matrix<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;
using Vector = Eigen::VectorXf;
using Array = Eigen::Array<float, Eigen::Dynamic, Eigen::Dynamic, Eigen::RowMajor>;

/// Runs f(firstRow, rows) on one block of a k-row matrix per thread: the per-weight steps of
/// training are element-wise, vectorized by Eigen within a block.
template <typename F>
void forRowBlocks(int64_t k, F&& f)
{
#pragma omp parallel
    {
        const int64_t t = omp_get_thread_num(), n = omp_get_num_threads();
        const int64_t r0 = k * t / n, r1 = k * (t + 1) / n;
        if (r1 > r0) f(r0, r1 - r0);
    }
}

// Rectified sigmoid of the paper: h(V) = clamp(σ(V)(ζ − γ) + γ, 0, 1).
constexpr float kZeta = 1.1f, kGamma = -0.1f;

/// Rows kept per layer, all layers held at once: about 1.5 GB of floats in total.
constexpr int64_t kRowBudgetFloats = int64_t(375) << 20;

/// What one layer's training needs: its input rows (quantized as the integer model sees them)
/// and the float layer's pre-activation output for the same rows.
struct LayerData {
    const Layer* layer = nullptr;
    const LayerQuant* quant = nullptr;
    LinearWeights weights;  // the float kernel [k, c] and bias, built once
    int64_t k = 0, c = 0, wanted = 0;
    std::vector<float> rows, target;  // [n, k], [n, c]
    int64_t n() const { return k ? int64_t(rows.size()) / k : 0; }
};

/// A block of rows: training rows first, the held-out ones after them.
struct RowBlock {
    const float* rows;
    const float* target;
    int64_t n;
};

RowBlock training(const LayerData& d, int64_t held) { return {d.rows.data(), d.target.data(), d.n() - held}; }
RowBlock heldOut(const LayerData& d, int64_t held)
{
    const int64_t from = d.n() - held;
    return {d.rows.data() + from * d.k, d.target.data() + from * d.c, held};
}

Tensor fakeQuantized(const Tensor& t, const QuantParams& p)
{
    Tensor out = t;
    for (float& v : out.data) v = static_cast<float>(p.dequantize(p.quantize(v)));
    return out;
}

/// The activation the reconstruction loss is taken after: ReLU-like clamps train on what the
/// next layer sees; other activations train on the pre-activation output.
struct Clamp {
    float lo = -INFINITY, hi = INFINITY;
    float operator()(float v) const { return std::clamp(v, lo, hi); }
    bool passes(float v) const { return v > lo && v < hi; }
};

Clamp clampOf(const Layer& l)
{
    const std::string a = layerActivation(l);
    if (a == "relu") return {0, INFINITY};
    if (a == "relu6") return {0, 6};
    return {};
}

/// Float kernel [K, C] and bias (in accumulator units times the accumulator scale) of a layer.
struct Problem {
    Matrix weights;            // float kernel, [k, c]
    Vector scale, bias;        // per channel: kernel scale, float bias the integer model adds
    Matrix base;               // floor(w / s), clamped to the grid
    float qmin = 0, qmax = 0;
    Clamp act;
};

Problem problemOf(const LayerData& d, const QuantizedModel& model)
{
    const Layer& l = *d.layer;
    const LayerQuant& q = *d.quant;
    const LinearWeights& w = d.weights;
    Problem p;
    p.weights = Eigen::Map<const Matrix>(w.kernel.data.data(), d.k, d.c);
    const std::vector<double> acc = q.accumulatorScales(model.at(l.inputs.at(0)).output.scale);
    p.scale.resize(d.c);
    p.bias.resize(d.c);
    for (int64_t c = 0; c < d.c; ++c) {
        p.scale[c] = static_cast<float>(q.kernelScale[static_cast<size_t>(c)]);
        p.bias[c] = static_cast<float>(double(q.bias[static_cast<size_t>(c)]) * acc[static_cast<size_t>(c)]);
    }
    const QuantParams grid = weightParams(1.0, q.weightBits);
    p.qmin = float(grid.qmin), p.qmax = float(grid.qmax);
    p.base = (p.weights.array().rowwise() / p.scale.transpose().array()).floor().cwiseMax(p.qmin).cwiseMin(p.qmax);
    p.act = clampOf(l);
    return p;
}

/// Output MSE over a block of rows with integer kernel `codes` ([k, c]) and bias `bias`.
double reconstructionMse(const LayerData& d, const RowBlock& block, const Problem& p, const Matrix& codes, const Vector& bias)
{
    const Matrix w = codes.array().rowwise() * p.scale.transpose().array();
    const Eigen::Map<const Matrix> x(block.rows, block.n, d.k), t(block.target, block.n, d.c);
    Matrix y = x * w;
    y.rowwise() += bias.transpose();
    double sum = 0;
    for (int64_t i = 0; i < y.size(); ++i) {
        const double e = p.act(y.data()[i]) - p.act(t.data()[i]);
        sum += e * e;
    }
    return sum / double(std::max<int64_t>(1, y.size()));
}

Matrix nearestCodes(const LayerQuant& q, int64_t k, int64_t c)
{
    Matrix m(k, c);
    for (int64_t i = 0; i < k * c; ++i) m.data()[i] = float(q.kernel[static_cast<size_t>(i)]);
    return m;
}

/// Trains the rounding variables; returns the hard codes base + (h ≥ ½).
Matrix trainRounding(const LayerData& d, const RowBlock& block, const Problem& p, double nearestMse, const AdaRoundOptions& o,
                     std::mt19937_64& rng)
{
    const int64_t k = d.k, c = d.c, n = block.n, b = std::min(o.rowsPerStep, n);
    // Start at the nearest-rounding point: h(V) = the fractional part of w / s.
    const Matrix rest = ((p.weights.array().rowwise() / p.scale.transpose().array()) - p.base.array()).cwiseMax(0.0f).cwiseMin(1.0f);
    Matrix v = rest.unaryExpr([](float r) {
        const float s = std::clamp((r - kGamma) / (kZeta - kGamma), 1e-4f, 1 - 1e-4f);
        return std::log(s / (1 - s));
    });
    Matrix m1 = Matrix::Zero(k, c), m2 = Matrix::Zero(k, c), sig(k, c), w(k, c), grad(k, c);
    const Eigen::Map<const Matrix> rows(block.rows, n, k), target(block.target, n, c);
    Matrix xb(b, k), tb(b, c);
    std::uniform_int_distribution<int64_t> pick(0, n - 1);
    const float recNorm = float(2.0 / (double(b) * c * std::max(nearestMse, 1e-30)));
    const float regNorm = float(o.weight / double(k * c));
    const int64_t warm = static_cast<int64_t>(o.warmup * double(o.iterations));
    for (int64_t it = 0; it < o.iterations; ++it) {
        for (int64_t r = 0; r < b; ++r) {
            const int64_t row = pick(rng);
            xb.row(r) = rows.row(row);
            tb.row(r) = target.row(row);
        }
        // Soft codes base + h(V) on the grid, as weights; σ(V) kept for the derivative.
        forRowBlocks(k, [&](int64_t r0, int64_t rows) {
            auto s = sig.middleRows(r0, rows).array();
            s = (1.0f + (-v.middleRows(r0, rows).array()).exp()).inverse();
            const Array h = (s * (kZeta - kGamma) + kGamma).max(0.0f).min(1.0f);
            w.middleRows(r0, rows).array() =
                (p.base.middleRows(r0, rows).array() + h).max(p.qmin).min(p.qmax).rowwise() * p.scale.transpose().array();
        });
        Matrix y = xb * w;
        y.rowwise() += p.bias.transpose();
        for (int64_t i = 0; i < y.size(); ++i) {
            const float pre = y.data()[i];
            y.data()[i] = p.act.passes(pre) ? recNorm * (pre - p.act(tb.data()[i])) : 0.0f;
        }
        grad.noalias() = xb.transpose() * y;
        const bool regularize = it >= warm;
        const float t = regularize ? float(it - warm) / float(std::max<int64_t>(1, o.iterations - warm)) : 0;
        const float beta = float(o.betaEnd + (o.betaStart - o.betaEnd) * (1 - t));
        const float lr = float(o.learningRate), b1 = 0.9f, b2 = 0.999f;  // Adam
        const float c1 = 1 - std::pow(b1, float(it + 1)), c2 = 1 - std::pow(b2, float(it + 1));
        forRowBlocks(k, [&](int64_t r0, int64_t rows) {
            const auto s = sig.middleRows(r0, rows).array();
            const Array raw = s * (kZeta - kGamma) + kGamma;
            const Array h = raw.max(0.0f).min(1.0f), codes = p.base.middleRows(r0, rows).array() + h;
            // The clamps (of h and of the grid) stop the reconstruction gradient.
            Array g = (codes > p.qmin && codes < p.qmax).select(grad.middleRows(r0, rows).array().rowwise() * p.scale.transpose().array(), 0.0f);
            if (regularize) {
                const Array u = 2 * h - 1;  // |u|^(β−1) as exp((β−1)·log|u|): β ≥ 2, so |u| = 0 gives 0
                g += regNorm * -beta * ((beta - 1) * u.abs().log()).exp() * (u >= 0).select(Array::Constant(rows, c, 2.0f), -2.0f);
            }
            g = (raw > 0 && raw < 1).select(g * s * (1 - s) * (kZeta - kGamma), 0.0f);
            auto a = m1.middleRows(r0, rows).array();
            auto q = m2.middleRows(r0, rows).array();
            a = b1 * a + (1 - b1) * g;
            q = b2 * q + (1 - b2) * g * g;
            v.middleRows(r0, rows).array() -= lr * (a / c1) / ((q / c2).sqrt() + 1e-8f);
        });
    }
    return (p.base.array() + (v.array() >= 0).cast<float>()).cwiseMax(p.qmin).cwiseMin(p.qmax);
}

/// Bias that re-centres each channel's pre-activation output on the target's.
Vector centredBias(const LayerData& d, const RowBlock& block, const Problem& p, const Matrix& codes)
{
    const Eigen::Map<const Matrix> x(block.rows, block.n, d.k), t(block.target, block.n, d.c);
    const Matrix y = x * (codes.array().rowwise() * p.scale.transpose().array()).matrix();
    return (t - y).colwise().mean().transpose();
}

/// One pass over the images: sampled input rows and float targets for every layer.
void collectRows(const Graph& graph, const QuantizedModel& model, std::vector<LayerData>& data, const CalibrationSet& set,
                 int64_t images, int64_t batchSize, std::mt19937_64& rng, const Progress& progress)
{
    Executor floatRun(graph);
    for (int64_t i = 0; i < images; i += batchSize) {
        progress.checkCancelled();
        progress.update(0.2 * double(i) / images, "AdaRound: collecting layer inputs");
        const int64_t to = std::min(images, i + batchSize);
        const EmulatorRun run = floatRun.run(calibrationBatch(set, i, to), true);
        for (LayerData& d : data) {
            const Layer& l = *d.layer;
            const QuantizeRule& rule = *QuantizeRuleRegistry::instance().find(l.type());
            const std::string& producer = l.inputs.at(0);
            const Tensor& input = run.intermediates.at(producer);
            const Tensor floatRows = rule.gemmRows(l, input);
            const Tensor quantRows = rule.gemmRows(l, fakeQuantized(input, model.at(producer).output));
            const int64_t available = floatRows.shape.at(0);
            const int64_t share = std::min(available, (d.wanted * (to - i) + images - 1) / images);
            std::vector<int64_t> order(static_cast<size_t>(available));
            for (int64_t r = 0; r < available; ++r) order[static_cast<size_t>(r)] = r;
            for (int64_t r = 0; r < share; ++r)  // partial Fisher–Yates: `share` distinct rows
                std::swap(order[static_cast<size_t>(r)], order[static_cast<size_t>(std::uniform_int_distribution<int64_t>(r, available - 1)(rng))]);
            const LinearWeights& w = d.weights;
            const Eigen::Map<const Matrix> kernel(w.kernel.data.data(), d.k, d.c);
            const Eigen::Map<const Vector> bias(w.bias.data.data(), d.c);
            for (int64_t r = 0; r < share; ++r) {
                const int64_t row = order[static_cast<size_t>(r)];
                const float* q = quantRows.data.data() + row * d.k;
                d.rows.insert(d.rows.end(), q, q + d.k);
                const Eigen::Map<const Eigen::RowVectorXf> xf(floatRows.data.data() + row * d.k, d.k);
                const Eigen::RowVectorXf y = xf * kernel + bias.transpose();
                d.target.insert(d.target.end(), y.data(), y.data() + d.c);
            }
        }
    }
}

}  // namespace

bool adaroundSupports(const Layer& layer, const LayerQuant& q) { return isChannelGemm(layer) && !q.kernelScale.empty(); }

std::vector<AdaRoundReport> adaroundLayers(const Graph& graph, QuantizedModel& model, const std::vector<std::string>& layers,
                                           const CalibrationSet& set, int64_t images, int64_t batchSize,
                                           const AdaRoundOptions& options, const Progress& progress)
{
    images = std::min(images, set.size);
    if (images <= 0 || layers.empty()) return {};
    if (batchSize <= 0) fail(ErrorCode::InvalidArgument, "the batch size must be positive");
    std::vector<LayerData> data;
    int64_t rowFloats = 0;
    for (const std::string& name : layers) {
        const Layer& l = graph.layer(name);
        const LayerQuant& q = model.at(name);
        if (!adaroundSupports(l, q)) fail(ErrorCode::Unsupported, "AdaRound does not support this layer", {}, name);
        LayerData d;
        d.layer = &l, d.quant = &q;
        d.weights = QuantizeRuleRegistry::instance().find(l.type())->weights(l);
        d.c = int64_t(q.kernelScale.size());
        d.k = int64_t(q.kernel.size()) / d.c;
        rowFloats += d.k + d.c;
        data.push_back(std::move(d));
    }
    const int64_t rows = std::clamp<int64_t>(kRowBudgetFloats / std::max<int64_t>(1, rowFloats), 64, options.maxRows);
    for (LayerData& d : data) d.wanted = rows;
    std::mt19937_64 rng(options.seed);
    collectRows(graph, model, data, set, images, batchSize, rng, progress);
    std::vector<AdaRoundReport> out;
    for (size_t i = 0; i < data.size(); ++i) {
        LayerData& d = data[i];
        progress.checkCancelled();
        progress.update(0.2 + 0.8 * double(i) / double(data.size()), "AdaRound: " + d.layer->name);
        LayerQuant& q = model.layers.at(d.layer->name);
        const Problem p = problemOf(d, model);
        const Matrix nearest = nearestCodes(q, d.k, d.c);
        AdaRoundReport report{d.layer->name, d.n()};
        const int64_t held = d.n() / 8;
        const RowBlock train = training(d, held), check = heldOut(d, held);
        if (train.n < d.k || held == 0) {
            report.skipped = "fewer calibration rows (" + std::to_string(d.n()) + ") than kernel rows (" + std::to_string(d.k) + ")";
            out.push_back(report);
            std::vector<float>().swap(d.rows);
            std::vector<float>().swap(d.target);
            continue;
        }
        report.nearestMse = reconstructionMse(d, check, p, nearest, p.bias);
        const Matrix learned = trainRounding(d, train, p, reconstructionMse(d, train, p, nearest, p.bias), options, rng);
        Vector bias = p.bias;
        report.learnedMse = reconstructionMse(d, check, p, learned, bias);
        if (options.trainBias) {
            const Vector centred = centredBias(d, train, p, learned);
            if (const double mse = reconstructionMse(d, check, p, learned, centred); mse < report.learnedMse)
                report.learnedMse = mse, bias = centred;
        }
        report.kept = report.learnedMse < report.nearestMse;
        if (report.kept) {
            int64_t flipped = 0;
            const std::vector<double> acc = q.accumulatorScales(model.at(d.layer->inputs.at(0)).output.scale);
            for (int64_t j = 0; j < d.k * d.c; ++j) {
                const int32_t code = static_cast<int32_t>(learned.data()[j]);
                flipped += code != q.kernel[static_cast<size_t>(j)];
                q.kernel[static_cast<size_t>(j)] = code;
            }
            for (int64_t c = 0; c < d.c; ++c)
                q.bias[static_cast<size_t>(c)] = static_cast<int64_t>(
                    std::clamp(std::round(double(bias[c]) / acc[static_cast<size_t>(c)]), -double(kBiasLimit), double(kBiasLimit)));
            report.flipped = double(flipped) / double(d.k * d.c);
            q.algorithms.push_back("adaround");
        }
        out.push_back(report);
        std::vector<float>().swap(d.rows);  // free as we go: the next layers need the memory
        std::vector<float>().swap(d.target);
    }
    return out;
}

}  // namespace dfc
